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

  /**
   * Issue 9 item 4: numbers the translator wrote are never rewritten, only spaced (the space after
   * "godz." or "art." is non-breaking, the number is left as it is).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "godz. 10.30 | godz.\u00a010.30",
        "NATO 2.0 | NATO 2.0",
        "rozdział 3.4 | rozdział 3.4",
        "art. 5.3 ust. 1.2 | art.\u00a05.3 ust.\u00a01.2",
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

  /** Single quotation marks pair up as «…»; an apostrophe is ’; never a straight and curly mix. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"To jest 'cytat' w cytacie\" | „To jest «cytat» w\u00a0cytacie”",
        "'apostrof' | «apostrof»",
        "„To jest ‘cytat’ w cytacie” | „To jest «cytat» w\u00a0cytacie”",
        "\"'cytat' na początku\" | „«cytat» na początku”",
        "‚cytat’ | «cytat»",
        "'Lithuania’s role' | «Lithuania’s role»",
        "Ukraine's i '90 | Ukraine’s i\u00a0’90",
        "jeden ' znak | jeden ’ znak",
        "zob. https://example.org/it's/ | zob.\\u00a0https://example.org/it's/",
      })
  void singleQuotesPairAsGuillemetsAndAnApostropheIsCurly(String in, String out) {
    String expected = out.replace("\\u00a0", "\u00a0");
    assertEquals(expected, PolishTypography.apply(in));
    assertEquals(expected, PolishTypography.apply(expected));
    assertEquals(-1, PolishTypography.apply(in).replace("it's", "").indexOf('\''));
  }

  /** Abbreviations that must not end a line, and a dash that must not open one. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Zob. s. 5 | Zob.~s.~5",
        "por. tab. 1 i rys. 2 | por.~tab.~1 i~rys.~2",
        "w r. 2022 | w~r.~2022",
        "w 2025 r. 282,4 mld USD | w~2025~r. 282,4~mld~USD",
        "dane z 2022 r. Potem | dane z~2022~r. Potem",
        "nr 3 i pkt 4 | nr~3 i~pkt~4",
        "Nr 3 | Nr~3",
        "ok. 5 tys. osób | ok.~5~tys. osób",
        "kwota 5 mln zł | kwota 5~mln~zł",
        "26,5 mld USD | 26,5~mld~USD",
        "§ 3 ust. 2 | §~3 ust.~2",
        "tzw. efekt domina | tzw.~efekt domina",
        "np. Litwa, m.in. Polska | np.~Litwa, m.in.~Polska",
        "prof. Nowak i dr Kowalska | prof.~Nowak i~dr~Kowalska",
        "J. Nowak | J.~Nowak",
        "XX w. | XX~w.",
        "Słowacja – 78,4% | Słowacja~– 78,4%",
        "tekst — dalej | tekst~— dalej",
        "do s. Litwa | do s. Litwa",
        "2016–2020 | 2016–2020",
        "https://example.org/s. 5/nr 3 | https://example.org/s.~5/nr~3",
        "wzrost 3,5 mln | wzrost 3,5~mln",
        "wyniki i s. 10.5 | wyniki i~s.~10.5",
      })
  void abbreviationsAndDashesKeepTheirNeighbours(String in, String out) {
    String expected = out.replace('~', '\u00a0');
    assertEquals(expected, PolishTypography.apply(in));
    assertEquals(expected, PolishTypography.apply(expected));
  }
}
