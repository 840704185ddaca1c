package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
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
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

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
  public Integer call() throws IOException {
    String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    if (!NAME.matcher(base).matches()) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file("<command line>"),
              "'" + name + "' is not a spec name",
              "use lower-case letters, digits and hyphens, such as 'gas-note'"));
    }
    Path folder =
        dir != null
            ? dir
            : (Files.isDirectory(Path.of("briefings")) ? Path.of("briefings") : Path.of("."));
    Path target = folder.resolve(base + ".yaml");
    if (Files.exists(target)) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(target.toString()),
              "already exists; not overwritten",
              "choose another name or delete the file first"));
    }
    Corpora.Loaded loaded = new Corpora(corpusOption.dir).forSpec(target);
    String text = StarterSpec.text(loaded.corpus(), base, schemaPath(folder));
    AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
    spec.commandLine().getOut().println("wrote " + target);
    spec.commandLine().getOut().println("next: ./briefing build " + target);
    return Main.OK;
  }

  /**
   * The spec schema as a path relative to the new spec, so that editors find it: the checked-in
   * {@code briefings/schema/briefing-spec.schema.json} when it is here, else where it stands beside
   * a spec in {@code briefings/} (write it with {@code ./briefing schema}).
   */
  private static String schemaPath(Path folder) {
    Path schema = Path.of("briefings", "schema", "briefing-spec.schema.json").toAbsolutePath();
    if (!Files.isRegularFile(schema)) {
      return "./schema/briefing-spec.schema.json";
    }
    String rel = folder.toAbsolutePath().normalize().relativize(schema).toString();
    return rel.startsWith(".") ? rel : "./" + rel;
  }
}
