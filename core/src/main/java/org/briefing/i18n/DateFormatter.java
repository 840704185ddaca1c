package org.briefing.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import java.time.Month;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.briefing.model.PartialDate;

/**
 * Writes a {@link PartialDate} in a language. English dates print exactly as the paper writes them;
 * another language writes them out with ICU's month names (the genitive where the language declines
 * them: "24 lutego 2022 r.", "od marca/kwietnia") and the patterns of its label bundle ({@code
 * date.*} keys). A language whose bundle has no date patterns prints dates as written.
 *
 * <pre>{@code
 * DateFormatter.of(Language.PL).format(PartialDate.parse("From March/April", 2022)) // "od marca/kwietnia"
 * }</pre>
 */
public final class DateFormatter {
  private final Language language;
  private final Labels labels;
  private final boolean asWritten;
  private final String[] standalone;
  private final String[] format;

  private static final Map<Language, DateFormatter> CACHE = new ConcurrentHashMap<>();

  private DateFormatter(Language language) {
    this.language = language;
    this.labels = Labels.of(language);
    this.asWritten = language.isSource() || !labels.has("date.with-year");
    if (asWritten) {
      // No month names needed: ICU's calendar data is not read.
      this.standalone = null;
      this.format = null;
    } else {
      DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLocale(language.locale()));
      this.standalone = symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
      this.format = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    }
  }

  /** The formatter of a language (made once, then shared: immutable). */
  public static DateFormatter of(Language language) {
    return CACHE.computeIfAbsent(language, DateFormatter::new);
  }

  /** The date in this formatter's language. */
  public String format(PartialDate d) {
    if (asWritten) {
      return d.text();
    }
    // After "from" a month is governed by the preposition: the genitive in Polish.
    String[] months = d.openEnded() ? format : standalone;
    String body =
        switch (d.precision()) {
          case DAY -> withYear(d, d.day().get() + " " + format[index(d.firstMonth().get())]);
          case PART_OF_MONTH ->
              withYear(
                  d,
                  labels.get("date." + d.qualifier() + "-of", format[index(d.firstMonth().get())]));
          case MONTH -> withYear(d, months[index(d.firstMonth().get())]);
          case EITHER_MONTH ->
              withYear(
                  d,
                  months[index(d.firstMonth().get())] + "/" + months[index(d.secondMonth().get())]);
          case MONTH_RANGE ->
              withYear(
                  d,
                  months[index(d.firstMonth().get())]
                      + "\u2013"
                      + months[index(d.secondMonth().get())]);
          case SEASON -> withYear(d, labels.get("date.season." + d.qualifier()));
          case PART_OF_YEAR -> labels.get("date." + d.qualifier(), String.valueOf(d.year()));
          case YEAR -> labels.get("date.year", String.valueOf(d.year()));
          case FISCAL_YEAR -> labels.get("date.fiscal-year", String.valueOf(d.year()));
          case YEAR_RANGE ->
              labels.get("date.years", String.valueOf(d.year()), String.valueOf(d.endYear().get()));
          case DECADE ->
              labels.get(
                  "date.decade", String.valueOf(d.year()), String.valueOf(d.endYear().get()));
        };
    return d.openEnded() ? labels.get("date.from", body) : body;
  }

  /**
   * A date the briefing is dated with (a spec's {@code date}): as {@link #format}, except that in a
   * language whose dates print as written, a calendar day or month written in figures
   * ("2022-02-24", "2022-02") is written out with ICU's month names: "24 February 2022", "February
   * 2022". English is written as British English is, day before month, as the corpus spells it. A
   * date written in words keeps its wording.
   */
  public String dated(PartialDate d) {
    if (!asWritten || !FIGURES.matcher(d.text()).matches()) {
      return format(d);
    }
    boolean day = d.precision() == PartialDate.Precision.DAY;
    ULocale locale = language == Language.EN ? ULocale.UK : ULocale.forLocale(language.locale());
    GregorianCalendar calendar =
        new GregorianCalendar(d.year(), index(d.firstMonth().get()), day ? d.day().get() : 1);
    return DateFormat.getInstanceForSkeleton(day ? "yMMMMd" : "yMMMM", locale)
        .format(calendar.getTime());
  }

  private static final Pattern FIGURES = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

  private String withYear(PartialDate d, String body) {
    return d.yearWritten() ? labels.get("date.with-year", body, String.valueOf(d.year())) : body;
  }

  private static int index(Month m) {
    return m.getValue() - 1;
  }
}
