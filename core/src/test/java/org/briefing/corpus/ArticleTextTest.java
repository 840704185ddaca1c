package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text matching the fidelity test relies on: it must find what is there, and only that. */
class ArticleTextTest {
  private static final ArticleText TEXT =
      ArticleText.of(
          """
          December: Joe Biden’s announcement of $26.5 bil-
          lion 30th military aid package. The 2016–2020 co-governing
          Country/\s
          organisation Priorities
          https://www.statista.com/statistics/bilateral-aid-to-ukraine-
          in-a-percent-of-donor-gdp/. Lithuania and the Kuczyńska-
          Zonik study on 24\u00a0February. This demonstrates that energy dependency\s

          1\u2002 Przez region bałtycki należy rozumieć
          obszar Morza Bałtyckiego.
           ratios alone are inadequate. THE ROLE OF SMALL STATES
          """);

  @Test
  void removesLineBreakHyphensAndFoldsWhiteSpace() {
    assertThat(TEXT.contains("$26.5 billion 30th military aid package")).isTrue();
    assertThat(TEXT.contains("$26.5 bil-lion")).isFalse();
    assertThat(TEXT.contains("$26.5 bil lion")).isFalse();
    assertThat(TEXT.contains("on 24 February")).isTrue();
    assertThat(TEXT.contains("2016–2020 co-governing")).isTrue();
    assertThat(TEXT.contains("2016–2020 cogoverning")).isFalse();
  }

  @Test
  void keepsAHyphenBeforeACapitalAndAcceptsBothReadingsInsideAUrl() {
    assertThat(TEXT.contains("Kuczyńska-Zonik")).isTrue();
    assertThat(TEXT.contains("KuczyńskaZonik")).isFalse();
    assertThat(TEXT.contains("bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/")).isTrue();
  }

  @Test
  void aBreakAfterASlashMayOrMayNotBeASpace() {
    assertThat(TEXT.contains("Country/organisation Priorities")).isTrue();
    assertThat(TEXT.contains("Country/ organisation")).isTrue();
    assertThat(TEXT.contains("Countryorganisation")).isFalse();
  }

  @Test
  void runningTextMatchesAcrossAFootnoteAndTheFootnoteMatchesToo() {
    assertThat(TEXT.contains("energy dependency ratios alone are inadequate")).isTrue();
    assertThat(TEXT.contains("1 Przez region bałtycki należy rozumieć obszar Morza Bałtyckiego."))
        .isTrue();
    assertThat(TEXT.contains("dependency Przez")).isFalse();
  }

  @Test
  void ignoringCaseIsOnlyWhenAsked() {
    assertThat(TEXT.contains("The Role of Small States")).isFalse();
    assertThat(TEXT.containsIgnoringCase("The Role of Small States")).isTrue();
  }

  @Test
  void findsAuthorYearCitationsInParentheses() {
    assertThat(
            CorpusFidelityTest.citationsIn(
                "shown (Gritėnas, 2017; Vilson, 2015, Kojala, Ivanauskas, 2015). Also (Sturm,"
                    + " 2022: 867) and (EESC, 2020; Statkus, Paulauskas, 2006: 43–44), (LRT,"
                    + " 2022a), but not (cf. Figure 1: 91.6%) nor (to open in October 2022)."
                    + " Cf. Statista Research Department (2022)."))
        .containsExactly(
            "Statista Research Department (2022)",
            "Gritėnas, 2017",
            "Vilson, 2015",
            "Kojala, Ivanauskas, 2015",
            "Sturm, 2022: 867",
            "EESC, 2020",
            "Statkus, Paulauskas, 2006: 43–44",
            "LRT, 2022a");
  }

  private static final ArticleText CONCLUSIONS =
      ArticleText.of(
          """
          When adopting a more realistic assessment of Lithuania’s influence on the
          international order, attention should be paid to an important element, which is the
          active tightening of cooperation with countries from this region. When analysing
          Lithuania’s international activity in 2022, one may conclude that it was fairly
          productive. With its example, Lithuania proved that each side must take real efforts.
          They expressed immediate readiness to provide assistance to Ukraine.
          """);

  @Test
  void aQuoteMayLeaveWordsOutOnlyWhereItMarksIt() {
    assertThat(
            CONCLUSIONS.quotes(
                "attention should be paid to the active tightening of cooperation with countries"))
        .isFalse();
    assertThat(
            CONCLUSIONS.quotes(
                "attention should be paid to … the active tightening of cooperation with"
                    + " countries"))
        .isTrue();
    assertThat(CONCLUSIONS.quotes("attention should be paid to […] the active tightening"))
        .isTrue();
  }

  @Test
  void aQuoteKeepsTheArticlesSentences() {
    assertThat(
            CONCLUSIONS.quotes(
                "one may conclude that it was fairly productive; with its example, Lithuania"
                    + " proved"))
        .isFalse();
    assertThat(
            CONCLUSIONS.quotes(
                "One may conclude that it was fairly productive. With its example, Lithuania"
                    + " proved that each side must take real efforts."))
        .isTrue();
  }

  @Test
  void aQuotePutsWordsInOnlyInBrackets() {
    assertThat(CONCLUSIONS.quotes("The MPs expressed immediate readiness")).isFalse();
    assertThat(CONCLUSIONS.quotes("[The MPs] expressed immediate readiness")).isTrue();
    assertThat(CONCLUSIONS.quotes("They expressed immediate readiness to provide assistance."))
        .isTrue();
    assertThat(CONCLUSIONS.quotes("They expressed immediate readiness to provide help.")).isFalse();
  }

  @Test
  void aQuoteMayEndASentenceTheArticleGoesOn() {
    assertThat(CONCLUSIONS.quotes("Attention should be paid to an important element.")).isTrue();
    assertThat(CONCLUSIONS.quotes("Attention should be paid to an important element;")).isFalse();
  }

  @Test
  void aLineBreakHyphenTheArticleAlsoWritesWithinALineMayBeReal() {
    ArticleText text =
        ArticleText.of(
            """
            policy decision-makers. In order to realise the
            research, the EU decision-
            makers strive to bil-
            lion
            """);
    assertThat(text.contains("the EU decision-makers strive")).isTrue();
    assertThat(text.contains("the EU decisionmakers strive")).isTrue();
    assertThat(text.contains("to billion")).isTrue();
    assertThat(text.contains("to bil-lion")).isFalse();
  }
}
