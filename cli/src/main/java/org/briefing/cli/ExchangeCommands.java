package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.briefing.i18n.Language;
import org.briefing.i18n.xliff.TermBaseWriter;
import org.briefing.i18n.xliff.TmxWriter;
import org.briefing.model.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefing glossary export} and {@code briefing tm export}: term base and memory. */
final class ExchangeCommands {
  private ExchangeCommands() {}

  /** {@code briefing glossary}. */
  @Command(
      name = "glossary",
      mixinStandardHelpOptions = true,
      description = "The corpus glossary for translators' term bases.",
      subcommands = {GlossaryExport.class})
  static final class Glossary extends CommandGroup {}

  /** {@code briefing glossary export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write the glossary (English term, its translation, definition, translated definition,"
            + " note) as TBX-Basic for a CAT tool's term base, or as CSV for a spreadsheet.",
        "Stale translations are left out; each translated term carries its status (TBX: termNote"
            + " administrativeStatus, admittedTerm-admn-sts and a note for a draft, else"
            + " preferredTerm-admn-sts; CSV: the columns"
            + " 'translation status' and 'translated definition status'). CSV fields that a"
            + " spreadsheet would run as formulas get a leading '."
      })
  static final class GlossaryExport implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin TranslationOptions options;

    @Mixin ExportOutput output;

    @Option(
        names = {"-f", "--format"},
        paramLabel = "FORMAT",
        description = "tbx (default) or csv.")
    String format = "tbx";

    @Override
    public Integer call() throws IOException {
      Corpus c = options.load().corpus();
      Language lang = options.language(() -> c);
      String text =
          switch (format) {
            case "tbx" -> TermBaseWriter.tbx(c, lang);
            case "csv" -> TermBaseWriter.csv(c, lang);
            default ->
                throw Cli.usage(
                    "unknown glossary format '" + format + "'", "write -f tbx or -f csv");
          };
      output.emit(
          spec,
          text.getBytes(StandardCharsets.UTF_8),
          ValidateCommand.plural(c.glossary().size(), "term", "terms"));
      return Main.OK;
    }
  }

  /** {@code briefing tm}. */
  @Command(
      name = "tm",
      mixinStandardHelpOptions = true,
      description = "The corpus's trusted translations as a translation memory.",
      subcommands = {TmExport.class})
  static final class Tm extends CommandGroup {}

  /** {@code briefing tm export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write the reviewed and from-the-article translation pairs that are not stale as TMX 1.4b,"
            + " for a CAT tool's translation memory (drafts and stale pairs stay out)."
      })
  static final class TmExport implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin TranslationOptions options;

    @Mixin ExportOutput output;

    @Override
    public Integer call() {
      Corpus c = options.load().corpus();
      Language lang = options.language(() -> c);
      output.emit(
          spec,
          TmxWriter.write(c, lang).getBytes(StandardCharsets.UTF_8),
          ValidateCommand.plural(TmxWriter.pairs(c, lang), "pair", "pairs"));
      return Main.OK;
    }
  }
}
