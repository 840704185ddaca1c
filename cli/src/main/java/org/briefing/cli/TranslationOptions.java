package org.briefing.cli;

import java.nio.file.Path;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Language;
import picocli.CommandLine.Option;

/**
 * The options every translation command shares (a Picocli mixin): the target language and the
 * corpus. Used by {@code translations status}, {@code xliff export|import}, {@code glossary export}
 * and {@code tm export}.
 */
final class TranslationOptions {
  static final SourcePosition COMMAND_LINE = SourcePosition.file("<command line>");
  private static final Path DEFAULT_CORPUS = Path.of("briefings", "corpus");

  @Option(
      names = {"-l", "--language"},
      paramLabel = "LANG",
      description = "The target language: pl (default).")
  String language = "pl";

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "The corpus in DIR (default: ./briefings/corpus when it exists, else, for reading only,"
              + " the corpus built into the tool).")
  Path corpus;

  /** The target language; English, the source, is refused. */
  Language language() {
    Language l = Cli.language(language);
    if (l.isSource()) {
      throw new InvalidInputException(
          Diagnostic.error(
              COMMAND_LINE, "English is the source language: it has no translations", "use -l pl"));
    }
    return l;
  }

  /** The corpus folder on disk: --corpus, else ./briefings/corpus if there is one, else null. */
  Path corpusDir() {
    if (corpus != null) {
      return corpus;
    }
    return Corpora.isCorpus(DEFAULT_CORPUS) ? DEFAULT_CORPUS : null;
  }

  /** The corpus read from {@link #corpusDir()}, or the one built into the tool. */
  Corpora.Loaded load() {
    return Corpora.load(corpusDir());
  }
}
