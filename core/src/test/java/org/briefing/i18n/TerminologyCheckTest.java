package org.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.corpus.CorpusReader;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.Test;

class TerminologyCheckTest {
  @Test
  void anyInflectionOfTheTermCountsAsUsingIt() {
    TerminologyCheck pl = TerminologyCheck.forLanguage(Language.PL);
    assertThat(pl.uses(pl.lemmasOf("Rola małych państw w regionie"), "małe państwo")).isTrue();
    assertThat(pl.uses(pl.lemmasOf("Małemu państwu trudno"), "małe państwo")).isTrue();
    assertThat(pl.uses(pl.lemmasOf("O bezpieczeństwie regionu"), "bezpieczeństwo")).isTrue();
    assertThat(pl.uses(pl.lemmasOf("Rola dużych krajów"), "małe państwo")).isFalse();
  }

  @Test
  void aTranslationWithoutTheTermsPolishFormIsFoundAndOneUsingItIsNot() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    String unit = "finding.eu-sanctions-euro-banknotes.statement";
    List<TerminologyCheck.Finding> shipped = TerminologyCheck.of(corpus, Language.PL);
    // The draft says "środki sankcyjne", not a form of the glossary's "sankcje".
    assertThat(shipped)
        .filteredOn(f -> f.unitId().equals(unit))
        .singleElement()
        .satisfies(f -> assertThat(f.term().term().id()).isEqualTo("sanctions"));
    // No unit of the article's own text, a glossary unit, or an untranslated term is reported.
    assertThat(shipped)
        .allSatisfy(
            f -> {
              assertThat(f.unitId()).doesNotStartWith("glossary.");
              assertThat(corpus.translations(Language.PL).unit(f.unitId()).orElseThrow().status())
                  .isNotEqualTo(TranslationStatus.ARTICLE);
              assertThat(f.term().translation()).isPresent();
            });
  }

  /**
   * A word inside a web address is no use of a term: the summary table's note cites Statista at
   * ".../bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/", which says "Ukraine" in no sentence,
   * so its Polish draft needs no "Ukraina"; an address in the Polish does not count as using a term
   * either.
   */
  @Test
  void theWordsOfAWebAddressAreNeitherATermNorItsUse() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    GlossaryTerms glossary = GlossaryTerms.of(corpus, Language.PL);
    assertThat(glossary.in("See https://example.org/bilateral-aid-to-ukraine/."))
        .noneMatch(t -> t.term().id().equals("ukraine"));
    assertThat(glossary.in("Aid to Ukraine: https://example.org/aid."))
        .anyMatch(t -> t.term().id().equals("ukraine"));
    assertThat(TerminologyCheck.of(corpus, Language.PL))
        .noneMatch(f -> f.unitId().equals("table.summary.note.1"));
    TerminologyCheck pl = TerminologyCheck.forLanguage(Language.PL);
    assertThat(pl.uses(pl.lemmasOf("Zob. https://example.org/ukraina/"), "Ukraina")).isFalse();
    assertThat(pl.uses(pl.lemmasOf("Pomoc dla Ukrainy (https://example.org/x)"), "Ukraina"))
        .isTrue();
  }
}
