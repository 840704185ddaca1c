package org.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.i18n.DateFormatter;
import org.briefing.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  private static final int YEAR = 2022;

  private static PartialDate date(String text) {
    return PartialDate.parse(text, YEAR);
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** Every form of FORMAT.md's "Dates" section: the period it means and its Polish. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "open",
      textBlock =
          """
          24 February 2022        | DAY            | 2022-02-24 | 2022-02-24 | 24 lutego 2022 r.
          February 2022           | MONTH          | 2022-02-01 | 2022-02-28 | luty 2022 r.
          June                    | MONTH          | 2022-06-01 | 2022-06-30 | czerwiec
          2021                    | YEAR           | 2021-01-01 | 2021-12-31 | 2021 r.
          spring 2021             | SEASON         | 2021-03-01 | 2021-05-31 | wiosna 2021 r.
          beginning of April 2022 | PART_OF_MONTH  | 2022-04-01 | 2022-04-10 | początek kwietnia 2022 r.
          end of April 2022       | PART_OF_MONTH  | 2022-04-21 | 2022-04-30 | koniec kwietnia 2022 r.
          March/April             | EITHER_MONTH   | 2022-03-01 | 2022-04-30 | marzec/kwiecień
          December/November       | EITHER_MONTH   | 2022-11-01 | 2022-12-31 | grudzień/listopad
          March-November          | MONTH_RANGE    | 2022-03-01 | 2022-11-30 | marzec–listopad
          From March/April        | EITHER_MONTH   | 2022-03-01 | open       | od marca/kwietnia
          From July               | MONTH          | 2022-07-01 | open       | od lipca
          2016–2020               | YEAR_RANGE     | 2016-01-01 | 2020-12-31 | 2016–2020
          April 24, 2025          | DAY            | 2025-04-24 | 2025-04-24 | 24 kwietnia 2025 r.
          24 April 2025           | DAY            | 2025-04-24 | 2025-04-24 | 24 kwietnia 2025 r.
          2025-04-24              | DAY            | 2025-04-24 | 2025-04-24 | 24 kwietnia 2025 r.
          2025-04                 | MONTH          | 2025-04-01 | 2025-04-30 | kwiecień 2025 r.
          FY2026                  | FISCAL_YEAR    | 2025-10-01 | 2026-09-30 | rok budżetowy 2026
          early 2026              | PART_OF_YEAR   | 2026-01-01 | 2026-04-30 | początek 2026 r.
          mid 2026                | PART_OF_YEAR   | 2026-05-01 | 2026-08-31 | połowa 2026 r.
          late 2026               | PART_OF_YEAR   | 2026-09-01 | 2026-12-31 | koniec 2026 r.
          the 1970s               | DECADE         | 1970-01-01 | 1979-12-31 | lata 1970–1979
          since February 2022     | MONTH          | 2022-02-01 | open       | od lutego 2022 r.
          """)
  void readsEveryFormAsAPeriod(
      String text, PartialDate.Precision precision, String start, String end, String polish) {
    PartialDate d = date(text);

    assertThat(d.text()).isEqualTo(text);
    assertThat(d.toString()).isEqualTo(text);
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d.start()).isEqualTo(day(start));
    assertThat(d.end())
        .isEqualTo(end == null ? java.util.Optional.empty() : java.util.Optional.of(day(end)));
    assertThat(d.openEnded()).isEqualTo(end == null);
    assertThat(DateFormatter.of(Language.EN).format(d)).isEqualTo(text);
    assertThat(DateFormatter.of(Language.PL).format(d)).isEqualTo(polish);
  }

  @Test
  void theYearComesFromTheArticleOnlyWhenTheTextNamesNone() {
    assertThat(PartialDate.parse("June", 2021).year()).isEqualTo(2021);
    assertThat(PartialDate.parse("June 2023", 2021).year()).isEqualTo(2023);
    assertThat(PartialDate.parse("29 February 2024", 2021).start()).isEqualTo(day("2024-02-29"));
  }

  @Test
  void printsBackExactlyAsWrittenWithWhiteSpaceFolded() {
    assertThat(date("  From   March/April ").text()).isEqualTo("From March/April");
    assertThat(date("from march/april").text()).isEqualTo("from march/april");
    assertThat(date("24\tFebruary\n 2022").text()).isEqualTo("24 February 2022");
    assertThat(date("24 February  2022").text()).isEqualTo("24 February 2022");
    assertThat(date("24 February 2022").text()).isEqualTo("24 February 2022");
    assertThat(date("\t2022 ").text()).isEqualTo("2022");
    // Any run of the white space `\\s` names, between the words, folds to one space.
    java.util.Random random = new java.util.Random(7);
    String spaces = " \t\n\u000B\f\r";
    for (int i = 0; i < 500; i++) {
      StringBuilder t = new StringBuilder("24");
      for (String word : List.of("February", "2022")) {
        int run = 1 + random.nextInt(3);
        for (int k = 0; k < run; k++) {
          t.append(spaces.charAt(random.nextInt(spaces.length())));
        }
        t.append(word);
      }
      assertThat(date(t.toString()).text()).as(t.toString()).isEqualTo("24 February 2022");
    }
    assertThat(date("June")).isEqualTo(date("June")).hasSameHashCodeAs(date("June"));
    assertThat(date("June")).isNotEqualTo(PartialDate.parse("June", 2021));
  }

  @Test
  void sortsByThePeriodItMayMean() {
    List<PartialDate> dates = new ArrayList<>();
    Stream.of(
            "December/November",
            "From March/April",
            "June",
            "24 February 2022",
            "spring 2021",
            "March/April",
            "end of April 2022",
            "beginning of April 2022",
            "2021")
        .map(PartialDateTest::date)
        .forEach(dates::add);
    Collections.sort(dates);

    assertThat(dates)
        .extracting(PartialDate::text)
        .containsExactly(
            "2021",
            "spring 2021",
            "24 February 2022",
            "March/April",
            "From March/April",
            "beginning of April 2022",
            "end of April 2022",
            "June",
            "December/November");
  }

  @Test
  void overlapsAFilterPeriod() {
    LocalDate march = day("2022-03-01");
    LocalDate may = day("2022-05-31");

    assertThat(date("From March/April").overlaps(march, may)).isTrue();
    assertThat(date("From March/April").overlaps(day("2022-12-01"), day("2022-12-31"))).isTrue();
    assertThat(date("From March/April").overlaps(day("2022-01-01"), day("2022-02-28"))).isFalse();
    assertThat(date("From July").overlaps(march, may)).isFalse();
    assertThat(date("March-November").overlaps(day("2022-06-15"), day("2022-06-15"))).isTrue();
    assertThat(date("June").overlaps(march, may)).isFalse();
    assertThat(date("end of April 2022").overlaps(day("2022-04-01"), day("2022-04-20"))).isFalse();
    assertThat(date("2021").overlaps(day("2022-01-01"), null)).isFalse();
    assertThat(date("June").overlaps(null, day("2022-06-01"))).isTrue();
    assertThat(date("June").overlaps(null, null)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          31 February 2022 | '31 February 2022' is not a real date: February has no day 31
          29 February 2022 | '29 February 2022' is not a real date: February has no day 29
          0 June           | '0 June' is not a real date: June has no day 0
          Juny             | 'Juny' is not a date this tool reads
          24/02/2022       | '24/02/2022' is not a date this tool reads
          November-March   | 'November-March' runs backwards: a range goes from the earlier month to the later
          2020–2016        | '2020–2016' runs backwards
          """)
  void refusesWhatIsNotADateWithAMessageForPeople(String text, String message) {
    assertThatThrownBy(() -> date(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "From", "From "})
  void refusesAnEmptyDate(String text) {
    assertThatThrownBy(() -> date(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptedFormsNameTheFormsItReads() {
    assertThat(PartialDate.acceptedForms())
        .contains("'24 February 2022'", "'March/April'", "'From'");
  }
}
