package org.briefing.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.corpus.CorpusReader;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusListingTest {
  private static Corpus corpus;

  @BeforeAll
  static void read() {
    corpus = CorpusReader.readDefault().corpus();
  }

  private static List<String> details(Language language, CorpusListing.Kind kind) {
    return CorpusListing.of(corpus, language).rows(kind).stream()
        .map(CorpusListing.Row::detail)
        .toList();
  }

  @Test
  void verdictsAreWrittenByTheirLabelsInTheListingsLanguage() {
    assertThat(details(Language.PL, CorpusListing.Kind.HYPOTHESES))
        .isNotEmpty()
        .contains("Potwierdzona")
        .doesNotContain("confirmed", "needs-further-research");
    assertThat(details(Language.EN, CorpusListing.Kind.HYPOTHESES))
        .contains("Confirmed")
        .doesNotContain("confirmed");
  }

  @Test
  void actorAndFigureKindsAreWrittenInTheListingsLanguage() {
    assertThat(details(Language.PL, CorpusListing.Kind.ACTORS))
        .contains("państwo")
        .doesNotContain("state");
    assertThat(details(Language.PL, CorpusListing.Kind.FIGURES))
        .contains("wykres słupkowy")
        .doesNotContain("bar");
    assertThat(details(Language.EN, CorpusListing.Kind.ACTORS)).contains("state");
    assertThat(details(Language.EN, CorpusListing.Kind.FIGURES)).contains("bar chart");
  }

  @Test
  void idsStayAsTheCorpusWritesThem() {
    assertThat(CorpusListing.of(corpus, Language.PL).rows(CorpusListing.Kind.HYPOTHESES))
        .extracting(CorpusListing.Row::id)
        .startsWith("h1");
  }
}
