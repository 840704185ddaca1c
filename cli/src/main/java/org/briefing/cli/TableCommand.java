package org.briefing.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.assemble.Assembler;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.document.Document;
import org.briefing.i18n.Language;
import org.briefing.render.Formats;
import org.briefing.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing table}: the article's Table 1 alone, in a format authors submit. */
@Command(
    name = "table",
    mixinStandardHelpOptions = true,
    description = {
      "Regenerate the article's summary table (Table 1) word for word.",
      "With its title, the footnote marker and note and the source line, in English or Polish.",
      "Polish cells come from the translations; draft cells are marked as drafts."
    })
final class TableCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-l", "--language"},
      paramLabel = "LANG",
      description = "en (default) or pl.")
  String language = "en";

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "md (default), csv, latex, html or pdf.")
  String format = "md";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Mixin CorpusOption corpusOption;

  @ParentCommand Main main;

  @Override
  public Integer call() throws IOException {
    Language lang = Cli.language(language);
    Formats installed = Formats.installed();
    Renderer renderer =
        installed
            .provider(format)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        Diagnostic.error(
                            SourcePosition.file("<command line>"),
                            "format '" + format + "' is not available in this build",
                            "available formats: " + String.join(", ", installed.names()))))
            .create();
    Corpora.Loaded loaded = Corpora.load(corpusOption.dir);
    Document table = Assembler.of(loaded.corpus()).table(lang);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    renderer.render(table, bytes);
    if (output == null) {
      spec.commandLine().getOut().flush();
      main.rawOut.write(bytes.toByteArray());
      main.rawOut.flush();
    } else {
      try {
        AtomicFiles.write(output, bytes.toByteArray());
      } catch (IOException e) {
        throw new InvalidInputException(
            Diagnostic.error(
                SourcePosition.file(output.toString()),
                "cannot write: " + e.getMessage(),
                "check that the folder exists and is writable"));
      }
      spec.commandLine().getErr().println("wrote " + output);
    }
    return Main.OK;
  }
}
