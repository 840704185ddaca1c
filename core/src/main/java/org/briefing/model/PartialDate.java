package org.briefing.model;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the article writes it — often partial or fuzzy ("June", "From March/April",
 * "December/November", "27 April 2022", "March-November") — read as the period it may mean. It
 * sorts by that period, answers whether it overlaps a filter period, and prints back exactly as
 * written.
 *
 * <pre>{@code
 * PartialDate d = PartialDate.parse("From March/April", 2022);
 * d.start();                     // 2022-03-01
 * d.end();                       // empty: open-ended
 * d.overlaps(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 31)); // true
 * d.text();                      // "From March/April"
 * }</pre>
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** What kind of period the text names. */
  public enum Precision {
    DAY,
    PART_OF_MONTH,
    MONTH,
    EITHER_MONTH,
    MONTH_RANGE,
    SEASON,
    YEAR,
    YEAR_RANGE
  }

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final String DASH = "\\s*[-\u2013]\\s*";
  private static final String YEAR = "(\\d{4})";
  private static final Pattern DAY =
      Pattern.compile("(\\d{1,2}) " + MONTH + "(?: " + YEAR + ")?", Pattern.CASE_INSENSITIVE);
  private static final Pattern PART =
      Pattern.compile(
          "(beginning|end) of " + MONTH + "(?: " + YEAR + ")?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ONE_MONTH =
      Pattern.compile(MONTH + "(?: " + YEAR + ")?", Pattern.CASE_INSENSITIVE);
  private static final Pattern EITHER =
      Pattern.compile(MONTH + "/" + MONTH + "(?: " + YEAR + ")?", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE =
      Pattern.compile(MONTH + DASH + MONTH + "(?: " + YEAR + ")?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEASON =
      Pattern.compile("(spring|summer|autumn|winter) " + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern ONE_YEAR = Pattern.compile(YEAR);
  private static final Pattern YEARS = Pattern.compile(YEAR + DASH + YEAR);
  private static final Pattern FROM = Pattern.compile("(?i)from\\s+(.+)");

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start)
          .thenComparing(d -> d.end == null ? LocalDate.MAX : d.end)
          .thenComparing(PartialDate::text);

  private final String text;
  private final Precision precision;
  private final boolean openEnded;
  private final LocalDate start;
  private final LocalDate end;
  private final Month firstMonth;
  private final Month secondMonth;
  private final String qualifier;
  private final Integer day;
  private final Integer year;
  private final Integer endYear;
  private final boolean yearWritten;

  private PartialDate(Builder b) {
    this.text = b.text;
    this.precision = b.precision;
    this.openEnded = b.openEnded;
    this.start = b.start;
    this.end = b.openEnded ? null : b.end;
    this.firstMonth = b.firstMonth;
    this.secondMonth = b.secondMonth;
    this.qualifier = b.qualifier;
    this.day = b.day;
    this.year = b.year;
    this.endYear = b.endYear;
    this.yearWritten = b.yearWritten;
  }

  /**
   * Reads a date as written.
   *
   * @param text the date, such as "From March/April" or "24 February 2022"
   * @param defaultYear the year for texts that name none ("June")
   * @throws IllegalArgumentException with a message for people when the text is not a date
   */
  public static PartialDate parse(String text, int defaultYear) {
    Objects.requireNonNull(text, "text");
    String written = text.strip().replaceAll("\\s+", " ");
    Builder b = new Builder(written);
    String body = written;
    Matcher from = FROM.matcher(written);
    if (from.matches()) {
      b.openEnded = true;
      body = from.group(1);
    }
    Matcher m;
    if ((m = DAY.matcher(body)).matches()) {
      int y = year(m.group(3), defaultYear, b);
      Month mo = month(m.group(2));
      int d = Integer.parseInt(m.group(1));
      if (d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
        throw new IllegalArgumentException(
            "'"
                + written
                + "' is not a real date: "
                + mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " has no day "
                + d);
      }
      b.precision = Precision.DAY;
      b.day = d;
      b.firstMonth = mo;
      b.start = LocalDate.of(y, mo, d);
      b.end = b.start;
    } else if ((m = PART.matcher(body)).matches()) {
      int y = year(m.group(3), defaultYear, b);
      Month mo = month(m.group(2));
      YearMonth ym = YearMonth.of(y, mo);
      b.precision = Precision.PART_OF_MONTH;
      b.qualifier = m.group(1).toLowerCase(Locale.ROOT);
      b.firstMonth = mo;
      boolean beginning = b.qualifier.equals("beginning");
      b.start = beginning ? ym.atDay(1) : ym.atDay(21);
      b.end = beginning ? ym.atDay(10) : ym.atEndOfMonth();
    } else if ((m = ONE_MONTH.matcher(body)).matches()) {
      int y = year(m.group(2), defaultYear, b);
      Month mo = month(m.group(1));
      b.precision = Precision.MONTH;
      b.firstMonth = mo;
      b.start = YearMonth.of(y, mo).atDay(1);
      b.end = YearMonth.of(y, mo).atEndOfMonth();
    } else if ((m = EITHER.matcher(body)).matches() || (m = RANGE.matcher(body)).matches()) {
      boolean either = m.pattern() == EITHER;
      int y = year(m.group(3), defaultYear, b);
      Month a = month(m.group(1));
      Month c = month(m.group(2));
      if (!either && c.compareTo(a) < 0) {
        throw new IllegalArgumentException(
            "'" + written + "' runs backwards: a range goes from the earlier month to the later");
      }
      Month lo = a.compareTo(c) <= 0 ? a : c;
      Month hi = a.compareTo(c) <= 0 ? c : a;
      b.precision = either ? Precision.EITHER_MONTH : Precision.MONTH_RANGE;
      b.firstMonth = a;
      b.secondMonth = c;
      b.start = YearMonth.of(y, lo).atDay(1);
      b.end = YearMonth.of(y, hi).atEndOfMonth();
    } else if ((m = SEASON.matcher(body)).matches()) {
      int y = year(m.group(2), defaultYear, b);
      b.precision = Precision.SEASON;
      b.qualifier = m.group(1).toLowerCase(Locale.ROOT);
      Month first =
          switch (b.qualifier) {
            case "spring" -> Month.MARCH;
            case "summer" -> Month.JUNE;
            case "autumn" -> Month.SEPTEMBER;
            default -> Month.DECEMBER;
          };
      b.start = YearMonth.of(y, first).atDay(1);
      b.end = YearMonth.of(y, first).plusMonths(2).atEndOfMonth();
    } else if ((m = YEARS.matcher(body)).matches()) {
      int y1 = Integer.parseInt(m.group(1));
      int y2 = Integer.parseInt(m.group(2));
      if (y2 < y1) {
        throw new IllegalArgumentException("'" + written + "' runs backwards");
      }
      b.precision = Precision.YEAR_RANGE;
      b.year = y1;
      b.endYear = y2;
      b.yearWritten = true;
      b.start = LocalDate.of(y1, 1, 1);
      b.end = LocalDate.of(y2, 12, 31);
    } else if ((m = ONE_YEAR.matcher(body)).matches()) {
      int y = year(m.group(1), defaultYear, b);
      b.precision = Precision.YEAR;
      b.start = LocalDate.of(y, 1, 1);
      b.end = LocalDate.of(y, 12, 31);
    } else {
      throw new IllegalArgumentException("'" + written + "' is not a date this tool reads");
    }
    return new PartialDate(b);
  }

  /** The forms {@link #parse} accepts, for hints. */
  public static String acceptedForms() {
    return "'24 February 2022', 'February 2022', 'June', '2022', 'spring 2021', "
        + "'beginning of April 2022', 'end of April 2022', 'March/April', 'March-November', "
        + "'2016–2020', and any month form after 'From'";
  }

  private static int year(String group, int defaultYear, Builder b) {
    if (group == null) {
      b.year = defaultYear;
      return defaultYear;
    }
    b.yearWritten = true;
    b.year = Integer.parseInt(group);
    return b.year;
  }

  private static Month month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The date exactly as written. */
  public String text() {
    return text;
  }

  public Precision precision() {
    return precision;
  }

  /** Whether the text starts with "From": the period has no end. */
  public boolean openEnded() {
    return openEnded;
  }

  /** The first day the date can mean. */
  public LocalDate start() {
    return start;
  }

  /** The last day the date can mean; empty when open-ended. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** The year of the date (the default year when the text names none). */
  public int year() {
    return year;
  }

  /**
   * Whether the period this date may mean shares at least one day with {@code from}–{@code to}.
   * Either bound may be null for an open filter.
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    boolean afterFrom = from == null || end == null || !end.isBefore(from);
    boolean beforeTo = to == null || !start.isAfter(to);
    return afterFrom && beforeTo;
  }

  /**
   * The date in a language: English gives the text as written; Polish writes it out in Polish ("24
   * lutego 2022 r.", "od marca/kwietnia", "czerwiec").
   */
  public String format(org.briefing.i18n.Language language) {
    if (language != org.briefing.i18n.Language.PL) {
      return text;
    }
    ULocale pl = new ULocale("pl");
    DateFormatSymbols symbols = new DateFormatSymbols(pl);
    String[] nominative = symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
    String[] genitive = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    String[] months = openEnded ? genitive : nominative;
    String yearSuffix = yearWritten ? " " + year + " r." : "";
    String body =
        switch (precision) {
          case DAY -> day + " " + genitive[firstMonth.ordinal()] + yearSuffix;
          case PART_OF_MONTH ->
              (qualifier.equals("beginning") ? "początek " : "koniec ")
                  + genitive[firstMonth.ordinal()]
                  + yearSuffix;
          case MONTH -> months[firstMonth.ordinal()] + yearSuffix;
          case EITHER_MONTH ->
              months[firstMonth.ordinal()] + "/" + months[secondMonth.ordinal()] + yearSuffix;
          case MONTH_RANGE ->
              months[firstMonth.ordinal()] + "\u2013" + months[secondMonth.ordinal()] + yearSuffix;
          case SEASON ->
              switch (qualifier) {
                    case "spring" -> "wiosna";
                    case "summer" -> "lato";
                    case "autumn" -> "jesień";
                    default -> "zima";
                  }
                  + yearSuffix;
          case YEAR -> year + " r.";
          case YEAR_RANGE -> year + "\u2013" + endYear;
        };
    return openEnded ? "od " + body : body;
  }

  @Override
  public int compareTo(PartialDate o) {
    return ORDER.compare(this, o);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate p && p.text.equals(text) && p.year.equals(year);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, year);
  }

  @Override
  public String toString() {
    return text;
  }

  private static final class Builder {
    final String text;
    Precision precision;
    boolean openEnded;
    LocalDate start;
    LocalDate end;
    Month firstMonth;
    Month secondMonth;
    String qualifier;
    Integer day;
    Integer year;
    Integer endYear;
    boolean yearWritten;

    Builder(String text) {
      this.text = text;
    }
  }
}
