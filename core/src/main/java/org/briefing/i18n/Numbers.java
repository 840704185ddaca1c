package org.briefing.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.GroupingStrategy;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a number as a language does, with a given count of decimals: the same text as ICU's {@code
 * NumberFormat.getNumberInstance(locale)} with that many minimum and maximum fraction digits
 * (grouped from 1,000 on, rounded half-even), made by ICU's {@code NumberFormatter}.
 *
 * <pre>{@code
 * Numbers.format(new BigDecimal("1234.5"), 1, Locale.forLanguageTag("pl")) // "1 234,5"
 * }</pre>
 *
 * <p>Why not {@code NumberFormat}: it finds its locale's formatter through ICU's locale service,
 * which first lists every locale ICU has data for, and a formatter formats its first two numbers on
 * ICU's unprepared path, whose first use builds the currency-spacing character sets from Unicode
 * property data. Together about 20 ms of CPU in a cold build that writes one number
 * (docs/performance.md, "Cold start-up, twenty-first pass"). Here each formatter is prepared when
 * it is made (ICU's {@code threshold(1)}, internal but present since ICU 60) and kept per locale
 * and count of decimals; {@code NumbersTest} checks the text against {@code NumberFormat}'s.
 */
public final class Numbers {
  /**
   * The formatters made, by locale and count of decimals (maps, not a record key: a record's first
   * {@code equals} or {@code hashCode} costs a method-handle bootstrap in a cold build).
   */
  private static final Map<Locale, Map<Integer, LocalizedNumberFormatter>> FORMATTERS =
      new ConcurrentHashMap<>();

  private Numbers() {}

  /** The value with exactly {@code decimals} decimals (0 or more), as the locale writes it. */
  public static String format(BigDecimal value, int decimals, Locale locale) {
    return formatter(locale, decimals).format(value).toString();
  }

  /** The value with exactly {@code decimals} decimals (0 or more), as the locale writes it. */
  public static String format(double value, int decimals, Locale locale) {
    return formatter(locale, decimals).format(value).toString();
  }

  private static LocalizedNumberFormatter formatter(Locale locale, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals < 0: " + decimals);
    }
    return FORMATTERS
        .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
        .computeIfAbsent(decimals, d -> make(locale, d));
  }

  @SuppressWarnings("deprecation") // threshold: see the class comment
  private static LocalizedNumberFormatter make(Locale locale, int decimals) {
    return NumberFormatter.withLocale(ULocale.forLocale(locale))
        .precision(Precision.fixedFraction(decimals))
        .grouping(GroupingStrategy.ON_ALIGNED)
        .threshold(1L);
  }
}
