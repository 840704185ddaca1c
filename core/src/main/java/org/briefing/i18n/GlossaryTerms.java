package org.briefing.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefing.model.Corpus;
import org.briefing.model.GlossaryTerm;
import org.briefing.text.WebAddress;

/**
 * The corpus glossary's terms as they occur in English texts, with their translation into one
 * language (the unit {@code glossary.ID.term} of its translations): what a translator is told in a
 * unit's note, and what the terminology check looks for.
 *
 * <pre>{@code
 * GlossaryTerms.of(corpus, Language.PL).in("Small states and security") // small state?, security
 * }</pre>
 *
 * <p>An English term matches case-insensitively as whole words; its English plural in -s is the
 * only variant matched ("small states"). Immutable.
 */
public final class GlossaryTerms {
  /**
   * One term.
   *
   * @param translation the term in the target language, when the translations have it
   */
  public record Term(GlossaryTerm term, Optional<String> translation, Pattern english) {
    /** "small state → małe państwo", or just the English when there is no translation. */
    public String describe() {
      return term.term() + translation.map(t -> " \u2192 " + t).orElse("");
    }
  }

  private final List<Term> terms;

  private GlossaryTerms(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  /** The corpus's glossary with its translations into {@code language}. */
  public static GlossaryTerms of(Corpus corpus, Language language) {
    Translations t =
        language.isSource() ? Translations.empty(language) : corpus.translations(language);
    List<Term> terms = new ArrayList<>();
    for (GlossaryTerm g : corpus.glossary()) {
      Optional<String> tr =
          t.unit(UnitId.glossaryTerm(g.id()).value())
              .map(Translation::text)
              .filter(s -> !s.isBlank());
      terms.add(
          new Term(
              g,
              tr,
              Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + Pattern.quote(g.term()) + "s?(?![\\p{L}\\p{N}])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
    return new GlossaryTerms(terms);
  }

  public List<Term> all() {
    return terms;
  }

  /** The terms an English text uses, in glossary order (its web addresses left out). */
  public List<Term> in(String english) {
    // Not in a web address: "…/bilateral-aid-to-ukraine" does not say "Ukraine".
    String words = WebAddress.blankedOut(english);
    return terms.stream().filter(t -> t.english().matcher(words).find()).toList();
  }
}
