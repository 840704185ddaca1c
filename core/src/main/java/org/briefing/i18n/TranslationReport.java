package org.briefing.i18n;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.model.Corpus;

/**
 * Where the translation of a corpus into one language stands: for each corpus file (the part of the
 * corpus a unit's English comes from), how many units, and how many English words, are the paper's
 * own text, reviewed, draft, missing or stale; and for each stale unit its English before (when the
 * translation file keeps it) and now, with a word diff.
 *
 * <pre>{@code
 * TranslationReport r = TranslationReport.of(corpus, Language.PL);
 * r.total().units(State.MISSING); r.stale().forEach(s -> System.out.println(s.diff()));
 * }</pre>
 *
 * <p>A stale unit counts as stale whatever its status. Words are counted in the English with ICU's
 * word break rules. Immutable.
 */
public final class TranslationReport {
  /** Where one unit stands. */
  public enum State {
    ARTICLE("from the article"),
    REVIEWED("reviewed"),
    DRAFT("draft"),
    MISSING("missing"),
    STALE("stale");

    private final String label;

    State(String label) {
      this.label = label;
    }

    /** For people: "from the article". */
    public String label() {
      return label;
    }

    /** For machines: "article", "missing". */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Units and English words in each state. */
  public static final class Counts {
    private final Map<State, int[]> counts = new EnumMap<>(State.class);

    Counts() {
      for (State s : State.values()) {
        counts.put(s, new int[2]);
      }
    }

    void add(State s, int words) {
      counts.get(s)[0]++;
      counts.get(s)[1] += words;
    }

    public int units(State s) {
      return counts.get(s)[0];
    }

    public int words(State s) {
      return counts.get(s)[1];
    }

    public int units() {
      return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int words() {
      return counts.values().stream().mapToInt(c -> c[1]).sum();
    }
  }

  /**
   * A unit whose English changed after it was translated.
   *
   * @param before the English it was translated from, when the translation file keeps it
   * @param diff a word diff from before to now ({@link WordDiff}), empty without before
   */
  public record StaleUnit(
      String unitId,
      String file,
      TranslationStatus status,
      Optional<String> before,
      String now,
      String translation,
      Optional<String> diff) {}

  private final Language language;
  private final Map<String, Counts> files;
  private final Counts total;
  private final List<StaleUnit> stale;
  private final List<String> missing;

  private TranslationReport(
      Language language,
      Map<String, Counts> files,
      Counts total,
      List<StaleUnit> stale,
      List<String> missing) {
    this.language = language;
    this.files = Collections.unmodifiableMap(files);
    this.total = total;
    this.stale = List.copyOf(stale);
    this.missing = List.copyOf(missing);
  }

  /**
   * The report on a corpus's translations into a language.
   *
   * @throws IllegalArgumentException for English, the source language
   */
  public static TranslationReport of(Corpus corpus, Language language) {
    if (language.isSource()) {
      throw new IllegalArgumentException("English is the source language: nothing to translate");
    }
    UnitCatalog catalog = Localizer.units(corpus);
    Translations translations = corpus.translations(language);
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ENGLISH);
    Map<String, Counts> files = new LinkedHashMap<>();
    Counts total = new Counts();
    List<StaleUnit> stale = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> u : catalog.units().entrySet()) {
      String english = u.getValue();
      String file = UnitId.parse(u.getKey()).map(id -> id.kind().file()).orElse("");
      Optional<Translation> t = translations.unit(u.getKey());
      State state;
      if (t.isEmpty()) {
        state = State.MISSING;
        missing.add(u.getKey());
      } else if (t.get().isStaleFor(english)) {
        state = State.STALE;
        Optional<String> before = t.get().source();
        stale.add(
            new StaleUnit(
                u.getKey(),
                file,
                t.get().status(),
                before,
                english,
                t.get().text(),
                before.map(b -> WordDiff.of(b, english))));
      } else {
        state =
            switch (t.get().status()) {
              case ARTICLE -> State.ARTICLE;
              case REVIEWED -> State.REVIEWED;
              case DRAFT -> State.DRAFT;
            };
      }
      int n = countWords(words, english);
      files.computeIfAbsent(file, f -> new Counts()).add(state, n);
      total.add(state, n);
    }
    return new TranslationReport(language, files, total, stale, missing);
  }

  static int countWords(BreakIterator words, String text) {
    words.setText(text);
    int n = 0;
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
        n++;
      }
    }
    return n;
  }

  public Language language() {
    return language;
  }

  /** Counts by corpus file ("findings.yaml"), in corpus order. */
  public Map<String, Counts> files() {
    return files;
  }

  public Counts total() {
    return total;
  }

  /** The stale units, in corpus order. */
  public List<StaleUnit> stale() {
    return stale;
  }

  /** The ids of the units with no translation, in corpus order. */
  public List<String> missing() {
    return missing;
  }

  /** Whether any unit is missing or stale. */
  public boolean hasGaps() {
    return !stale.isEmpty() || !missing.isEmpty();
  }
}
