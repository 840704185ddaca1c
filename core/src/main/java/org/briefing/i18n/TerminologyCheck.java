package org.briefing.i18n;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.briefing.model.Corpus;
import org.briefing.text.WebAddress;

/**
 * Finds translations that do not use the glossary's translation of a term their English uses: a
 * Polish unit whose English says "small state" but which has no form of "małe państwo". Polish
 * words are compared by their lemmas from Morfologik's Polish dictionary, so any inflection counts
 * ("małych państw", "małemu państwu"); in another language, words must match as written. The
 * article's own text, stale translations and the glossary's own units are not checked, nor the
 * words of a web address written out in a text.
 *
 * <pre>{@code
 * TerminologyCheck.of(corpus, Language.PL).forEach(f -> ...f.unitId()...f.term()...);
 * }</pre>
 */
public final class TerminologyCheck {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

  /** A translation that lacks a glossary term's translation. */
  public record Finding(String unitId, GlossaryTerms.Term term) {}

  private final PolishStemmer stemmer;
  private final Locale locale;

  private TerminologyCheck(Language language) {
    this.locale = language.locale();
    this.stemmer = language.code().equals("pl") ? new PolishStemmer() : null;
  }

  /** A check of texts in a language, for tests of single texts. */
  static TerminologyCheck forLanguage(Language language) {
    return new TerminologyCheck(language);
  }

  /** Every translated unit of {@code language} that misses a term, in corpus order. */
  public static List<Finding> of(Corpus corpus, Language language) {
    if (language.isSource()) {
      return List.of();
    }
    TerminologyCheck check = new TerminologyCheck(language);
    GlossaryTerms glossary = GlossaryTerms.of(corpus, language);
    Translations translations = corpus.translations(language);
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, String> u : Localizer.units(corpus).units().entrySet()) {
      String id = u.getKey();
      Optional<Translation> t = translations.unit(id);
      if (t.isEmpty()
          || t.get().status() == TranslationStatus.ARTICLE
          || t.get().isStaleFor(u.getValue())
          || id.startsWith("glossary.")) {
        continue;
      }
      Set<String> lemmas = null;
      for (GlossaryTerms.Term term : glossary.in(u.getValue())) {
        if (term.translation().isEmpty()) {
          continue;
        }
        if (lemmas == null) {
          lemmas = check.lemmasOf(t.get().text());
        }
        if (!check.uses(lemmas, term.translation().get())) {
          findings.add(new Finding(id, term));
        }
      }
    }
    return findings;
  }

  /** Whether every word of the term, in some form, is among the text's lemmas. */
  boolean uses(Set<String> textLemmas, String term) {
    List<String> words = words(term);
    if (words.isEmpty()) {
      return true;
    }
    for (String w : words) {
      Set<String> forms = lemmas(w);
      forms.retainAll(textLemmas);
      if (forms.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lemmas of every word of a text, and the words as written (lower case); not the words of a
   * web address in it.
   */
  Set<String> lemmasOf(String text) {
    Set<String> all = new HashSet<>();
    for (String w : words(WebAddress.blankedOut(text))) {
      all.addAll(lemmas(w));
    }
    return all;
  }

  private Set<String> lemmas(String word) {
    String lower = word.toLowerCase(locale);
    Set<String> s = new HashSet<>();
    s.add(lower);
    if (stemmer != null) {
      for (WordData d : stemmer.lookup(lower)) {
        s.add(d.getStem().toString().toLowerCase(locale));
      }
      if (!lower.equals(word)) {
        for (WordData d : stemmer.lookup(word)) {
          s.add(d.getStem().toString().toLowerCase(locale));
        }
      }
    }
    return s;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
