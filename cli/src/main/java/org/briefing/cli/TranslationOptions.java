package org.briefing.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.yaml.YamlLoader;
import org.briefing.yaml.YamlNode;
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
   * English, the source, is refused, and so is a language the corpus does not translate into: one
   * its article.yaml leaves out of {@code translations} (all of them for {@code translations:
   * none}), or, where it declares none, one with neither a translations file nor the tool's labels.
   * A code is read case-insensitively, with any region or script (PL, pl-PL, pl_PL).
   */
  Language language(Supplier<Corpus> corpus) {
    Language l = language == null ? null : parse(language);
    if (l != null) {
      refuseSource(l);
    }
    Corpus c = corpus.get();
    if (l == null) {
      List<Language> translated = c.languages().stream().filter(x -> !x.isSource()).toList();
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
    refuseSource(l);
    Optional<List<Language>> declared = c.article().translations();
    if (declared.isPresent() && !declared.get().contains(l)) {
      String name =
          l.englishName().equals(l.code())
              ? "'" + l.code() + "'"
              : l.englishName() + " (" + l.code() + ")";
      throw new InvalidInputException(
          Diagnostic.error(
              declaredAt(),
              declared.get().isEmpty()
                  ? "the corpus has no translations ('translations: none'), so not into " + name
                  : "the corpus is translated into "
                      + declared.get().stream().map(Language::code).toList()
                      + ", not into "
                      + name,
              declared.get().isEmpty()
                  ? "to translate it into "
                      + l.englishName()
                      + ", write 'translations: ["
                      + l.code()
                      + "]' in article.yaml"
                  : "add '"
                      + l.code()
                      + "' to 'translations' in article.yaml, or name one of its languages"
                      + " with -l"));
    }
    if (declared.isEmpty() && !c.languages().contains(l) && !Labels.shipped().contains(l)) {
      throw new InvalidInputException(
          Diagnostic.error(
              COMMAND_LINE,
              "the corpus has no translations into '"
                  + l.code()
                  + "', and the tool has no labels for that language",
              c.languages().isEmpty()
                  ? "name a language the tool has labels for: "
                      + Labels.shipped().stream()
                          .filter(x -> !x.isSource())
                          .map(Language::code)
                          .toList()
                  : "its translation languages are "
                      + c.languages().stream().map(Language::code).toList()));
    }
    return l;
  }

  private static void refuseSource(Language l) {
    if (l.isSource()) {
      throw new InvalidInputException(
          Diagnostic.error(
              COMMAND_LINE,
              "English is the source language: it has no translations",
              "name a translation language with -l LANG"));
    }
  }

  /** A language code as typed: any case, with or without a region or script subtag. */
  static Language parse(String code) {
    String primary = code.strip().toLowerCase(Locale.ROOT);
    int sep = primary.indexOf('-') >= 0 ? primary.indexOf('-') : primary.indexOf('_');
    if (sep > 0 && primary.substring(sep + 1).matches("[a-z0-9]{2,8}([-_][a-z0-9]{1,8})*")) {
      primary = primary.substring(0, sep);
    }
    return Language.fromCode(primary)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Diagnostic.error(
                        COMMAND_LINE,
                        "'" + code + "' is not a language code",
                        "write an ISO 639 code such as pl (or a tag such as pl-PL)")));
  }

  /**
   * Where the corpus declares its translation languages: the {@code translations} key of its
   * article.yaml, else the file, else (the corpus built into the tool) the command line.
   */
  private SourcePosition declaredAt() {
    Path dir = corpusDir();
    if (dir == null) {
      return COMMAND_LINE;
    }
    Path article = dir.resolve(CorpusReader.REQUIRED);
    try {
      YamlNode root =
          YamlLoader.load(
              article.toString(), CorpusReader.readText(dir, CorpusReader.REQUIRED).orElse(""));
      if (root instanceof YamlNode.Mapping m && m.entries().containsKey("translations")) {
        return m.entries().get("translations").keyPosition();
      }
    } catch (RuntimeException e) {
      // The corpus was read from this file; if it is gone now, name the file.
    }
    return SourcePosition.file(article.toString());
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
