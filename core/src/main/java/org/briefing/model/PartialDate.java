package org.briefing.model;

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
 * A date as a paper writes it — often partial or fuzzy ("June", "From March/April",
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
    /** "early 2026", "mid 2026", "late 2026". */
    PART_OF_YEAR,
    YEAR,
    /** A U.S. federal fiscal year: FY2026 runs from 1 October 2025 to 30 September 2026. */
    FISCAL_YEAR,
    YEAR_RANGE,
    /** "the 1970s". */
    DECADE
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
  private static final Pattern US_DAY =
      Pattern.compile(MONTH + " (\\d{1,2})(?:, " + YEAR + ")?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DAY = Pattern.compile(YEAR + "-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_MONTH = Pattern.compile(YEAR + "-(\\d{2})");
  private static final Pattern FISCAL = Pattern.compile("FY ?" + YEAR);
  private static final Pattern PART_OF_YEAR =
      Pattern.compile("(early|mid|late)[- ]" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern DECADE =
      Pattern.compile("(?:the )?(\\d{3})0s", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern FROM = Pattern.compile("(?i)(from|since)\\s+(.+)");

  // Written out rather than built with Comparator.comparing: the JDK's comparators are serializable
  // lambdas, which the start-up cache cannot hold, so each was made at run time in a cold build.
  private static final Comparator<PartialDate> ORDER =
      (a, b) -> {
        int c = a.start().compareTo(b.start());
        if (c == 0) {
          c =
              (a.end == null ? LocalDate.MAX : a.end)
                  .compareTo(b.end == null ? LocalDate.MAX : b.end);
        }
        return c != 0 ? c : a.text().compareTo(b.text());
      };

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
  private final String openWord;

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
    this.openWord = b.openWord;
  }

  /**
   * The text with each run of white space as one space (as {@code \\s+}); most dates need no
   * change, and are then not run through the pattern.
   */
  private static String singleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Anything but a lone space: a tab, a line break, or a space with white space after it.
      boolean folds =
          isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))));
      if (folds) {
        return SPACES.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  /** The characters of {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
    String written = singleSpaced(text.strip());
    Builder b = new Builder(written);
    String body = written;
    Matcher from = FROM.matcher(written);
    if (from.matches()) {
      b.openEnded = true;
      b.openWord = from.group(1).toLowerCase(Locale.ROOT);
      body = from.group(2);
    }
    Matcher m;
    // A year alone first: a reference list is mostly years, and no other shape is four digits.
    if ((m = ONE_YEAR.matcher(body)).matches()) {
      int y = year(m.group(1), defaultYear, b);
      b.precision = Precision.YEAR;
      b.start = LocalDate.of(y, 1, 1);
      b.end = LocalDate.of(y, 12, 31);
    } else if ((m = DAY.matcher(body)).matches()) {
      day(
          b,
          written,
          Integer.parseInt(m.group(1)),
          month(m.group(2)),
          year(m.group(3), defaultYear, b));
    } else if ((m = US_DAY.matcher(body)).matches()) {
      day(
          b,
          written,
          Integer.parseInt(m.group(2)),
          month(m.group(1)),
          year(m.group(3), defaultYear, b));
    } else if ((m = ISO_DAY.matcher(body)).matches()) {
      day(
          b,
          written,
          Integer.parseInt(m.group(3)),
          isoMonth(m.group(2), written),
          year(m.group(1), defaultYear, b));
    } else if ((m = ISO_MONTH.matcher(body)).matches()) {
      int y = year(m.group(1), defaultYear, b);
      Month mo = isoMonth(m.group(2), written);
      b.precision = Precision.MONTH;
      b.firstMonth = mo;
      b.start = YearMonth.of(y, mo).atDay(1);
      b.end = YearMonth.of(y, mo).atEndOfMonth();
    } else if ((m = FISCAL.matcher(body)).matches()) {
      int y = year(m.group(1), defaultYear, b);
      b.precision = Precision.FISCAL_YEAR;
      b.start = LocalDate.of(y - 1, 10, 1);
      b.end = LocalDate.of(y, 9, 30);
    } else if ((m = PART_OF_YEAR.matcher(body)).matches()) {
      int y = year(m.group(2), defaultYear, b);
      b.precision = Precision.PART_OF_YEAR;
      b.qualifier = m.group(1).toLowerCase(Locale.ROOT);
      int first =
          switch (b.qualifier) {
            case "early" -> 1;
            case "mid" -> 5;
            default -> 9;
          };
      b.start = LocalDate.of(y, first, 1);
      b.end = YearMonth.of(y, first + 3).atEndOfMonth();
    } else if ((m = DECADE.matcher(body)).matches()) {
      int y = Integer.parseInt(m.group(1)) * 10;
      b.precision = Precision.DECADE;
      b.year = y;
      b.endYear = y + 9;
      b.yearWritten = true;
      b.start = LocalDate.of(y, 1, 1);
      b.end = LocalDate.of(y + 9, 12, 31);
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
    } else {
      throw new IllegalArgumentException("'" + written + "' is not a date this tool reads");
    }
    return new PartialDate(b);
  }

  /** The forms {@link #parse} accepts, for hints. */
  public static String acceptedForms() {
    return "'24 February 2022', 'February 24, 2022', '2022-02-24', '2022-02', 'February 2022',"
        + " 'June', '2022', 'spring 2021', 'early 2026' (also mid, late), 'FY2026', 'the 1970s',"
        + " 'beginning of April 2022', 'end of April 2022', 'March/April', 'March-November',"
        + " '2016–2020', and any of them after 'From' or 'since'";
  }

  private static void day(Builder b, String written, int d, Month mo, int y) {
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
  }

  private static Month isoMonth(String digits, String written) {
    int n = Integer.parseInt(digits);
    if (n < 1 || n > 12) {
      throw new IllegalArgumentException("'" + written + "' is not a real date: no month " + n);
    }
    return Month.of(n);
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

  /** The first month named ("March" in "From March/April"), if any. */
  public Optional<Month> firstMonth() {
    return Optional.ofNullable(firstMonth);
  }

  /** The second month named ("April" in "From March/April"), if any. */
  public Optional<Month> secondMonth() {
    return Optional.ofNullable(secondMonth);
  }

  /** The day of the month, for a day. */
  public Optional<Integer> day() {
    return Optional.ofNullable(day);
  }

  /** The last year of a range or decade. */
  public Optional<Integer> endYear() {
    return Optional.ofNullable(endYear);
  }

  /** Whether the text names its year (else it is the corpus's default year). */
  public boolean yearWritten() {
    return yearWritten;
  }

  /**
   * The qualifier the text writes: beginning or end (of a month), spring … winter, early, mid or
   * late (of a year); empty for other forms.
   */
  public String qualifier() {
    return qualifier == null ? "" : qualifier;
  }

  /** The word that opens an open-ended date, "from" or "since"; empty otherwise. */
  public String openWord() {
    return openWord == null ? "" : openWord;
  }

  /**
   * The date in ISO 8601 at its precision — "2022-02-24", "2022-02", "2022" — for machine-readable
   * metadata; the start's year for fuzzier dates.
   */
  public String iso() {
    return switch (precision) {
      case DAY -> start.toString();
      case MONTH -> YearMonth.from(start).toString();
      default -> String.valueOf(start.getYear());
    };
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
    String openWord;

    Builder(String text) {
      this.text = text;
    }
  }
}
