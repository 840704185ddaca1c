package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
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
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !empty(dir))) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(dir.toString()),
              Files.isDirectory(dir) ? "the folder is not empty" : "exists and is not a folder",
              "give a new folder; nothing is overwritten"));
    }
    Path corpusDir = dir.resolve("corpus");
    String name = dir.toAbsolutePath().normalize().getFileName().toString();
    for (Map.Entry<String, String> f : NewCorpus.files(name).entrySet()) {
      Path target = corpusDir.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      AtomicFiles.write(target, f.getValue().getBytes(StandardCharsets.UTF_8));
    }
    Path specFile = dir.resolve("overview.yaml");
    String text =
        StarterSpec.text(
            CorpusReader.read(corpusDir).corpus(), "overview", "https://briefing.invalid/spec");
    AtomicFiles.write(
        specFile,
        text.replace(
                "# yaml-language-server: $schema=https://briefing.invalid/spec\n",
                "# ./briefing schema > spec.schema.json writes the schema editors can check this"
                    + " spec against.\n")
            .getBytes(StandardCharsets.UTF_8));
    var out = spec.commandLine().getOut();
    out.println(
        "wrote " + corpusDir + "/ (" + CorpusReader.FILES.size() + " files) and " + specFile);
    out.println(
        "next: edit " + corpusDir.resolve("article.yaml") + ", then ./briefing build " + dir);
    return Main.OK;
  }

  private static boolean empty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}
