package org.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Numbers} writes what ICU's {@code NumberFormat} wrote before it, in every case. */
class NumbersTest {
  private static final List<String> LOCALES =
      List.of("en", "pl", "de", "fr", "en-GB", "cs", "uk", "sv", "ar", "hi", "de-CH", "es");

  private static final List<String> VALUES =
      List.of(
          "0",
          "1",
          "-1",
          "1.5",
          "-0.25",
          "999",
          "1000",
          "1234",
          "9999",
          "10000",
          "12345.678",
          "1234567",
          "0.001",
          "1E+15",
          "-1234.5",
          "2022",
          "3.14159",
          "0.0",
          "2.5",
          "0.125",
          "1.005",
          "-2.5",
          "123456789.987654321",
          "0.5",
          "1.5E-7",
          "-0.0004");

  private static String numberFormat(Object value, int decimals, Locale locale) {
    NumberFormat nf = NumberFormat.getNumberInstance(ULocale.forLocale(locale));
    DecimalFormat df = (DecimalFormat) nf;
    df.setMinimumFractionDigits(decimals);
    df.setMaximumFractionDigits(decimals);
    return nf.format(value);
  }

  @Test
  void writesWhatNumberFormatWrites() {
    List<String> differ = new ArrayList<>();
    int compared = 0;
    Random random = new Random(20261204);
    List<BigDecimal> values = new ArrayList<>();
    VALUES.forEach(v -> values.add(new BigDecimal(v)));
    for (int i = 0; i < 60; i++) {
      values.add(BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, random.nextInt(9)));
    }
    for (String tag : LOCALES) {
      Locale locale = Locale.forLanguageTag(tag);
      for (BigDecimal v : values) {
        for (int d = 0; d <= 5; d++) {
          compared++;
          String expected = numberFormat(v, d, locale);
          String got = Numbers.format(v, d, locale);
          if (!expected.equals(got)) {
            differ.add(tag + " " + v + " " + d + ": " + expected + " / " + got);
          }
          double x = v.doubleValue();
          String expectedDouble = numberFormat(x, d, locale);
          String gotDouble = Numbers.format(x, d, locale);
          if (!expectedDouble.equals(gotDouble)) {
            differ.add(tag + " " + x + " " + d + ": " + expectedDouble + " / " + gotDouble);
          }
        }
      }
    }
    assertThat(compared).isEqualTo(LOCALES.size() * (VALUES.size() + 60) * 6);
    assertThat(differ).isEmpty();
  }

  @Test
  void groupsAndWritesDecimalsAsTheLanguageDoes() {
    Locale pl = Locale.forLanguageTag("pl");
    assertThat(Numbers.format(new BigDecimal("1234.5"), 1, pl)).isEqualTo("1\u00a0234,5");
    assertThat(Numbers.format(new BigDecimal("2022"), 0, pl)).isEqualTo("2\u00a0022");
    assertThat(Numbers.format(new BigDecimal("4.0"), 1, pl)).isEqualTo("4,0");
    assertThat(Numbers.format(new BigDecimal("1234.5"), 2, Locale.ENGLISH)).isEqualTo("1,234.50");
    assertThat(Numbers.format(0.30000000000000004, 1, Locale.ENGLISH)).isEqualTo("0.3");
    assertThat(Numbers.format(new BigDecimal("2.5"), 0, Locale.ENGLISH)).isEqualTo("2");
  }

  @Test
  void refusesNegativeDecimals() {
    assertThatThrownBy(() -> Numbers.format(BigDecimal.ONE, -1, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
