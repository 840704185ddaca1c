package org.briefing.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.briefing.assemble.Assembler;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.document.Document;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.model.Table;
import org.briefing.render.Formats;
import org.briefing.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing table [ID]}: one table of the paper alone, in a format authors submit. */
@Command(
    name = "table",
    mixinStandardHelpOptions = true,
    description = {
      "Regenerate one of the paper's tables word for word (default: its summary table).",
      "With its title, its notes and its source line, in English or a translation language;"
          + " translated cells that are drafts are marked as drafts. './briefing list tables' lists them.",
      "CSV (RFC 4180, UTF-8): the title in the first record, an empty record, the column headers and"
          + " the rows, an empty record, then one record per note and the source line; every record"
          + " as wide as the table, drafts marked \"[draft translation]\", formulas neutralised with a"
          + " leading '."
    })
final class TableCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      arity = "0..1",
      description = "The table's id (default: the summary table the corpus names).")
  String id;

  @Option(
      names = {"-l", "--language"},
      paramLabel = "LANG",
      description = "en (default) or a translation language of the corpus, such as pl.")
  String language = "en";

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "md (default), csv, latex, html, pdf or docx.")
  String format = "md";

  @Mixin ExportOutput output;

  @Mixin CorpusOption corpusOption;

  @Override
  public Integer call() throws IOException {
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
    Corpora.Loaded loaded = Corpora.load(corpusOption.dir());
    Corpus corpus = loaded.corpus();
    Language lang = Cli.language(language, corpus);
    Table chosen =
        (id == null ? corpus.summaryTable() : corpus.table(id))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        Diagnostic.error(
                            SourcePosition.file("<command line>"),
                            id == null
                                ? "the corpus names no summary table"
                                : "unknown table '" + id + "'",
                            corpus.tables().isEmpty()
                                ? "the paper has no tables"
                                : "its tables are "
                                    + String.join(
                                        ", ", corpus.tables().stream().map(Table::id).toList()))));
    Document table = Assembler.of(corpus).table(chosen, lang);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    renderer.render(table, bytes);
    output.emit(spec, bytes.toByteArray(), "table " + chosen.id() + ", " + lang.code());
    return Main.OK;
  }
}
