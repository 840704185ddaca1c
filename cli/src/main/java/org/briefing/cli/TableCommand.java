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
import org.briefing.model.Corpus;
import org.briefing.model.Table;
import org.briefing.render.Formats;
import org.briefing.render.Renderer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code briefing table [ID]}: one table of the paper alone, in a format authors submit. Its
 * command-line model is made by hand ({@link #commandSpec}), as {@code build}'s is.
 */
final class TableCommand implements Callable<Integer> {
  private static final String[] DESCRIPTION = {
    "Regenerate one of the paper's tables word for word (default: its summary table).",
    "With its title, its notes and its source line, in English or a translation language;"
        + " translated cells that are drafts are marked as drafts. './briefing list tables' lists them.",
    "CSV (RFC 4180, UTF-8): the title in the first record, an empty record, the column headers and"
        + " the rows, an empty record, then one record per note and the source line; every record"
        + " as wide as the table, drafts marked \"[draft translation]\", formulas neutralised with a"
        + " leading '."
  };

  CommandSpec spec;
  String id;
  String language = "en";
  String format = "md";
  final ExportOutput output = new ExportOutput();
  private Path corpusDir;

  /** The command's model, bound to {@code command}. */
  static CommandSpec commandSpec(TableCommand command) {
    CommandSpec s = Main.handMade(command, "table", DESCRIPTION);
    s.addPositional(
        Main.word("ID", "0..1", "The table's id (default: the summary table the corpus names)."));
    s.addOption(
        Main.option(
            String.class,
            "LANG",
            "en (default) or a translation language of the corpus, such as pl.",
            "-l",
            "--language"));
    s.addOption(
        Main.option(
            String.class,
            "FORMAT",
            "md (default), csv, latex, html, pdf or docx.",
            "-f",
            "--format"));
    s.addOption(ExportOutput.spec());
    s.addOption(CorpusOption.spec());
    command.spec = s;
    return s;
  }

  /** Takes the parsed values out of the model. */
  private void takeValues() {
    id = spec.positionalParameters().get(0).getValue();
    String l = spec.findOption("--language").getValue();
    language = l == null ? "en" : l;
    String f = spec.findOption("--format").getValue();
    format = f == null ? "md" : f;
    output.output = spec.findOption("--output").getValue();
    corpusDir =
        CorpusOption.folder(spec.findOption(CorpusOption.NAME).getValue(), CorpusOption.NAME);
  }

  @Override
  public Integer call() throws IOException {
    takeValues();
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
    Corpora.Loaded loaded = Corpora.load(corpusDir);
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
