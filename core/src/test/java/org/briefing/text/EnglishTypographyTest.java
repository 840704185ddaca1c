package org.briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTypographyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the \"region's\" security | the \u201cregion\u2019s\u201d security",
        "Ukraine's sovereignty | Ukraine\u2019s sovereignty",
        "he said \"a 'new' \"deal\" now\" | he said \u201ca \u2018new\u2019 \u2018deal\u2019 now\u201d",
        "(\"Plan\") | (\u201cPlan\u201d)",
        "the '90s | the \u201990s",
        "see https://example.org/it's/ | see https://example.org/it's/",
        "\"'quoted' first\" | \u201c\u2018quoted\u2019 first\u201d",
        "\u201c'quoted' first\u201d | \u201c\u2018quoted\u2019 first\u201d",
        "\"this is 'a quote' inside\" | \u201cthis is \u2018a quote\u2019 inside\u201d",
        "\u201calready\u201d curly | \u201calready\u201d curly",
        "version 2.0 at 10.30 | version 2.0 at 10.30",
      })
  void curlyQuotesAndApostrophes(String in, String out) {
    assertEquals(out, EnglishTypography.apply(in));
    assertEquals(out, EnglishTypography.apply(out));
  }
}
