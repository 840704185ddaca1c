package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.files.OutputName;
import org.briefing.spec.SpecSchema;
import org.briefing.starter.StarterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing new NAME}: writes a commented starter spec. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Write a commented starter spec NAME.yaml (never overwrites a file),"
          + " with examples from the corpus it will use (the corpus/ folder beside it, or --corpus)."
    })
final class NewCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The spec's name, such as 'gas-note'.")
  String name;

  @Option(
      names = {"-d", "--dir"},
      paramLabel = "DIR",
      description =
          "Folder to write into (default: briefings/ if it exists, else the current folder).")
  Path dir;

  @Mixin CorpusOption corpusOption;

  @Override
  public Integer call() {
    String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    // The rule of an output name, which a spec's file name becomes when it names none: a name
    // that build takes is one new writes.
    Optional<String> problem = OutputName.problem(base);
    if (problem.isPresent()) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file("<command line>"),
              "'" + name + "' is not a spec name: it " + problem.get(),
              "use letters and digits of any script, '.', '_' and '-', such as 'gas-note' or"
                  + " 'notatka-gazowa'"));
    }
    Cli.output(dir, "-d");
    Path corpusDir = corpusOption.dir();
    Path folder;
    if (dir != null) {
      folder = dir;
    } else if (corpusDir != null) {
      folder = besideCorpus(corpusDir);
    } else {
      folder = Files.isDirectory(Path.of("briefings")) ? Path.of("briefings") : Path.of(".");
    }
    OutputFolder.requireFolderPath(folder, "give -d a folder, or a name for a new one");
    Path target = folder.resolve(base + ".yaml");
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(target.toString()),
              "already exists"
                  + (Files.isSymbolicLink(target) ? " (a symlink)" : "")
                  + "; not overwritten",
              "choose another name or delete the file first"));
    }
    Corpora.Loaded loaded = new Corpora(corpusDir).forSpec(target);
    // A spec finds only the corpus/ folder beside it: any other corpus must be named to build it.
    boolean named = corpusDir != null && !sameFile(folder.resolve("corpus"), corpusDir);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    String schema = schemaPath(folder, files);
    String text =
        StarterSpec.text(
            loaded.corpus(),
            base,
            schema,
            named ? corpusDir.toAbsolutePath().normalize().toString() : null);
    files.put(target, text.getBytes(StandardCharsets.UTF_8));
    try {
      AtomicFiles.writeSet(files);
    } catch (IOException e) {
      AtomicFiles.WriteFailure f = AtomicFiles.failure(target, e);
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(f.getFile()),
              "cannot write: " + f.getReason(),
              "give -d a folder you can write to"));
    }
    var out = spec.commandLine().getOut();
    out.println(Diagnostic.printable("wrote " + target));
    out.println(
        Diagnostic.printable(
            "next: "
                + ToolCommand.of("build")
                    .path(target.toString())
                    .corpus(named ? Optional.of(corpusDir.toString()) : Optional.empty())
                    .text()));
    return Main.OK;
  }

  /** The folder a corpus sits in, where a spec finds it as its {@code corpus/}. */
  private static Path besideCorpus(Path corpusDir) {
    Path n = corpusDir.normalize();
    String last = n.getFileName() == null ? "" : n.getFileName().toString();
    if (last.isEmpty() || last.equals("..") || last.equals(".")) {
      Path parent = corpusDir.toAbsolutePath().normalize().getParent();
      return parent == null ? Path.of("/") : parent;
    }
    return n.getParent() == null ? Path.of(".") : n.getParent();
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  private static final String SCHEMA = "briefing-spec.schema.json";

  /**
   * The spec schema as a path relative to the new spec, so that editors find it: the nearest {@code
   * schema/briefing-spec.schema.json} (or {@code briefings/schema/…}) in the spec's folder or a
   * folder above it; when there is none, {@code schema/briefing-spec.schema.json} beside the spec,
   * added to {@code files} to be written with it (an existing file is never replaced).
   */
  private static String schemaPath(Path folder, Map<Path, byte[]> files) {
    Path from = folder.toAbsolutePath().normalize();
    for (Path p = from; p != null; p = p.getParent()) {
      for (Path candidate :
          List.of(
              p.resolve("schema").resolve(SCHEMA), p.resolve("briefings/schema").resolve(SCHEMA))) {
        if (Files.isRegularFile(candidate)) {
          return relative(from, candidate);
        }
      }
    }
    Path fresh = folder.resolve("schema").resolve(SCHEMA);
    if (Files.exists(fresh.getParent(), LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(fresh.getParent(), LinkOption.NOFOLLOW_LINKS)) {
      return null; // a file named schema: nothing is written through it, and no modeline
    }
    files.put(fresh, (SpecSchema.json() + "\n").getBytes(StandardCharsets.UTF_8));
    return "./schema/" + SCHEMA;
  }

  private static String relative(Path from, Path to) {
    String rel = from.relativize(to).toString();
    return rel.startsWith(".") ? rel : "./" + rel;
  }
}
