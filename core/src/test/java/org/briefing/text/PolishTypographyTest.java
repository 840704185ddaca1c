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
        "W 2022 r. a potem z Rosją | W\u00a02022 r. a\u00a0potem z\u00a0Rosją",
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "91.6% | 91,6%",
        "pakiet $26.5 mld | pakiet $26,5 mld",
        "w 2022. roku | w 2022. roku",
        "dane 4.0 i 4.7 | dane 4,0 i 4,7",
        "https://example.org/v1.2/a | https://example.org/v1.2/a",
        "nrg_ind_1.5 | nrg_ind_1.5",
        "24.02.2022 | 24.02.2022",
        "wersja 1.2.3 | wersja 1.2.3",
        "h1.2 | h1.2",
        "(7–9) | (7–9)",
        "koniec zdania 91.6. Nowe | koniec zdania 91,6. Nowe",
      })
  void decimalCommaInNumbersOnly(String in, String out) {
    assertEquals(out, PolishTypography.decimalComma(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Litwa w \"Unii\" ma 91.6% | Litwa w\u00a0\u201eUnii\u201d ma 91,6%",
        "a i o u w z | a\u00a0i\u00a0o\u00a0u\u00a0w\u00a0z",
      })
  void allRulesAndIdempotent(String in, String out) {
    assertEquals(out, PolishTypography.apply(in));
    assertEquals(out, PolishTypography.apply(PolishTypography.apply(in)));
  }
}
