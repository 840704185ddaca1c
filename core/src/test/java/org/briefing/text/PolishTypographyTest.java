package org.briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolishTypographyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Litwa i Polska | Litwa i\u00a0Polska",
        "W 2022 r. a potem z Rosją | W\u00a02022\u00a0r. a\u00a0potem z\u00a0Rosją",
        "(w Wilnie) o tym | (w\u00a0Wilnie) o\u00a0tym",
        "Ukraina, a Rosja | Ukraina, a\u00a0Rosja",
        "kraj Litwa | kraj Litwa",
        "Zu Zu | Zu Zu",
        "uwaga: u nas | uwaga: u\u00a0nas",
      })
  void nonBreakingSpaceAfterOneLetterWords(String in, String out) {
    assertEquals(out, PolishTypography.nonBreakingSpaces(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "powrócić do \"Zachodu\" | powrócić do \u201eZachodu\u201d",
        "“return to the West” | \u201ereturn to the West\u201d",
        "\"a\" i \"b\" | \u201ea\u201d i \u201eb\u201d",
        "(\"Plan Marshalla\") | (\u201ePlan Marshalla\u201d)",
        "„już dobrze” | „już dobrze”",
      })
  void polishQuotes(String in, String out) {
    assertEquals(out, PolishTypography.quotes(in));
  }

  /** Issue 9 item 4: numbers the translator wrote are never rewritten, only spaced. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "godz. 10.30 | godz. 10.30",
        "NATO 2.0 | NATO 2.0",
        "rozdział 3.4 | rozdział 3.4",
        "art. 5.3 ust. 1.2 | art. 5.3 ust. 1.2",
        "91.6% | 91.6%",
        "https://example.org/v1.2/a | https://example.org/v1.2/a",
        "24.02.2022 | 24.02.2022",
      })
  void numbersAreNeverRewritten(String in, String out) {
    assertEquals(out, PolishTypography.apply(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "od 24 lutego 2022 r. | od 24\u00a0lutego\u00a02022\u00a0r.",
        "w 2023 r. | w\u00a02023\u00a0r.",
        "kara 645 000 RUB | kara 645\u00a0000\u00a0RUB",
        "pakiet 26,5 mld | pakiet 26,5\u00a0mld",
        "dług 3,224 mln | dług 3,224\u00a0mln",
        "razem 1 234 567 osób | razem 1\u00a0234\u00a0567 osób",
        "w roku 2022 200 żołnierzy | w\u00a0roku 2022 200 żołnierzy",
        "udział 15 % | udział 15\u00a0%",
        "od marca 2022 | od marca\u00a02022",
        "NATO w 2022 | NATO w\u00a02022",
      })
  void nonBreakingSpacesInDatesNumbersAndUnits(String in, String out) {
    String expected = out.replace("\\u00a0", "\u00a0");
    assertEquals(expected, PolishTypography.apply(in));
    assertEquals(expected, PolishTypography.apply(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mówi \"to jest \"zły\" pomysł\" | mówi „to jest «zły» pomysł”",
        "„to jest \"zły\" pomysł” | „to jest «zły» pomysł”",
        "„to jest “zły” pomysł” | „to jest «zły» pomysł”",
        "Ukraine's | Ukraine’s",
      })
  void nestedQuotesAndApostrophe(String in, String out) {
    assertEquals(out, PolishTypography.apply(in));
    assertEquals(out, PolishTypography.apply(out));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Litwa w \"Unii\" ma 91.6% | Litwa w\u00a0\u201eUnii\u201d ma 91.6%",
        "a i o u w z | a\u00a0i\u00a0o\u00a0u\u00a0w\u00a0z",
      })
  void allRulesAndIdempotent(String in, String out) {
    assertEquals(out, PolishTypography.apply(in));
    assertEquals(out, PolishTypography.apply(PolishTypography.apply(in)));
  }
}
