package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.i18n.Language;
import org.briefing.i18n.xliff.TermBaseWriter;
import org.briefing.i18n.xliff.TmxWriter;
import org.briefing.model.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing glossary export} and {@code briefing tm export}: term base and memory. */
final class ExchangeCommands {
  private ExchangeCommands() {}

  /** The options every export shares: the language, the output file and the corpus. */
  static final class Target {
    @Option(
        names = {"-l", "--language"},
        paramLabel = "LANG",
        description = "The target language: pl (default).")
    String language = "pl";

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description =
            "Write to FILE (whole or not at all); without it, or with -, to standard output.")
    Path output;

    @Option(
        names = "--corpus",
        paramLabel = "DIR",
        description =
            "Read the corpus from DIR (default: ./briefings/corpus when it exists, else the"
                + " corpus built into the tool).")
    Path corpus;

    Language language() {
      return XliffCommand.target(language);
    }

    Corpus load() {
      return Corpora.load(XliffCommand.corpusDir(corpus)).corpus();
    }

    void emit(CommandSpec spec, String text, String what) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (Main.isStandardOutput(output)) {
        // Checked like every other standard output: a full disk or a closed pipe is an error.
        ((Main) spec.root().userObject()).writeRaw(bytes);
      } else {
        XliffCommand.write(output, bytes);
        spec.commandLine().getErr().println("wrote " + output + " (" + what + ")");
      }
    }
  }

  /** {@code briefing glossary}. */
  @Command(
      name = "glossary",
      mixinStandardHelpOptions = true,
      description = "The corpus glossary for translators' term bases.",
      subcommands = {GlossaryExport.class})
  static final class Glossary implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getErr().println("briefing glossary: say 'export'");
      spec.commandLine().usage(spec.commandLine().getErr());
      return Main.INVALID;
    }
  }

  /** {@code briefing glossary export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write the glossary (English term, its translation, definition, translated definition,"
            + " note) as TBX-Basic for a CAT tool's term base, or as CSV for a spreadsheet."
      })
  static final class GlossaryExport implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin Target target;

    @Option(
        names = {"-f", "--format"},
        paramLabel = "FORMAT",
        description = "tbx (default) or csv.")
    String format = "tbx";

    @Override
    public Integer call() throws IOException {
      Language lang = target.language();
      Corpus c = target.load();
      String text =
          switch (format) {
            case "tbx" -> TermBaseWriter.tbx(c, lang);
            case "csv" -> TermBaseWriter.csv(c, lang);
            default ->
                throw Cli.usage(
                    "unknown glossary format '" + format + "'", "write -f tbx or -f csv");
          };
      target.emit(spec, text, ValidateCommand.plural(c.glossary().size(), "term", "terms"));
      return Main.OK;
    }
  }

  /** {@code briefing tm}. */
  @Command(
      name = "tm",
      mixinStandardHelpOptions = true,
      description = "The corpus's trusted translations as a translation memory.",
      subcommands = {TmExport.class})
  static final class Tm implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getErr().println("briefing tm: say 'export'");
      spec.commandLine().usage(spec.commandLine().getErr());
      return Main.INVALID;
    }
  }

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

    @ParentCommand Tm parent;

    @Mixin Target target;

    @Override
    public Integer call() {
      Language lang = target.language();
      Corpus c = target.load();
      target.emit(
          spec,
          TmxWriter.write(c, lang),
          ValidateCommand.plural(TmxWriter.pairs(c, lang), "pair", "pairs"));
      return Main.OK;
    }
  }
}
