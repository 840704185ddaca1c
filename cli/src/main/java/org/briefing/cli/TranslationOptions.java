package org.briefing.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
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
      description =
          "The target language (default: the corpus's translation language when it has exactly"
              + " one; with none yet, the one language besides English that the tool has labels"
              + " for).")
  String language;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "The corpus in DIR (default: ./briefings/corpus when it exists, else, for reading only,"
              + " the corpus built into the tool).")
  Path corpus;

  /**
   * The target language: the one given with -l, else the corpus's only translation language, else
   * (a corpus not translated yet) the only language besides English that the tool has labels for.
   * English, the source, is refused. The corpus is asked for only when -l is not given.
   */
  Language language(Supplier<Corpus> corpus) {
    Language l;
    if (language != null) {
      l = Cli.language(language);
    } else {
      List<Language> translated =
          corpus.get().languages().stream().filter(x -> !x.isSource()).toList();
      List<Language> candidates =
          translated.isEmpty()
              ? Labels.shipped().stream().filter(x -> !x.isSource()).toList()
              : translated;
      if (candidates.size() != 1) {
        throw new InvalidInputException(
            Diagnostic.error(
                COMMAND_LINE,
                translated.isEmpty()
                    ? "the corpus has no translations yet, so the target language must be named"
                    : "the corpus is translated into "
                        + candidates.stream().map(Language::code).sorted().toList()
                        + ", so the target language must be named",
                "give it with -l LANG"));
      }
      l = candidates.get(0);
    }
    if (l.isSource()) {
      throw new InvalidInputException(
          Diagnostic.error(
              COMMAND_LINE,
              "English is the source language: it has no translations",
              "name a translation language with -l LANG"));
    }
    return l;
  }

  /** The corpus folder on disk: --corpus, else ./briefings/corpus if there is one, else null. */
  Path corpusDir() {
    if (corpus != null) {
      return CorpusOption.folder(corpus, "--corpus");
    }
    return Corpora.isCorpus(DEFAULT_CORPUS) ? DEFAULT_CORPUS : null;
  }

  /** The corpus read from {@link #corpusDir()}, or the one built into the tool. */
  Corpora.Loaded load() {
    return Corpora.load(corpusDir());
  }
}
