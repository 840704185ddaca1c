package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.starter.NewCorpus;
import org.briefing.starter.StarterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing init DIR}: a new corpus for a paper, with a starter spec beside it. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Start a corpus for a new paper: DIR/corpus/ with a commented template of every file,"
          + " and a starter spec DIR/overview.yaml.",
      "Both validate and build as they are:",
      "  ./briefing init my-paper && ./briefing build my-paper/"
    })
final class InitCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A new or empty folder for the paper.")
  Path dir;

  @Override
  public Integer call() throws IOException {
    Cli.output(dir, "DIR");
    if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(dir.toString()),
              "is a symlink to nothing",
              "give a new folder; nothing is written through a broken link"));
    }
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !empty(dir))) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(dir.toString()),
              Files.isDirectory(dir) ? "the folder is not empty" : "exists and is not a folder",
              "give a new folder; nothing is overwritten"));
    }
    OutputFolder.requireFolderPath(
        dir, "give a path of folders, ending in a new folder for the paper");
    String name = dir.toAbsolutePath().normalize().getFileName().toString();
    try {
      // All or nothing: the files are written into a temporary folder, checked, and moved into
      // place; a failure leaves nothing behind.
      AtomicFiles.writeFolder(dir, folder -> write(folder, name));
    } catch (IOException e) {
      AtomicFiles.WriteFailure f = AtomicFiles.failure(dir, e);
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(f.getFile()),
              "cannot write: " + f.getReason(),
              "give a folder you can write to; nothing was written"));
    }
    Path corpusDir = dir.resolve("corpus");
    var out = spec.commandLine().getOut();
    out.println(
        Diagnostic.printable(
            "wrote "
                + corpusDir
                + "/ ("
                + CorpusReader.FILES.size()
                + " files) and "
                + dir.resolve("overview.yaml")));
    out.println(
        Diagnostic.printable(
            "next: edit "
                + ToolCommand.word(corpusDir.resolve("article.yaml").toString())
                + ", then "
                + ToolCommand.of("build").path(dir.toString()).text()));
    return Main.OK;
  }

  /** The corpus templates and the starter spec, written into {@code folder}. */
  private static void write(Path folder, String name) throws IOException {
    Path corpusDir = folder.resolve("corpus");
    Files.createDirectory(corpusDir);
    for (Map.Entry<String, String> f : NewCorpus.files(name).entrySet()) {
      Path target = corpusDir.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.write(
          target, f.getValue().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
    }
    String text = StarterSpec.text(CorpusReader.read(corpusDir).corpus(), "overview", null);
    Files.write(
        folder.resolve("overview.yaml"),
        text.getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE_NEW);
  }

  private static boolean empty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}
