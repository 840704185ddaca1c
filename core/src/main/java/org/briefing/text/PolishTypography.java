package org.briefing.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polish typesetting rules applied to text before it goes into a document. They change spacing and
 * punctuation marks only, never a word or a number: a non-breaking space after one-letter words (so
 * that "w", "z", "i" never end a line), inside dates ("24&nbsp;lutego&nbsp;2022&nbsp;r."), between
 * a number and its unit or scale ("645&nbsp;000&nbsp;RUB", "26,5&nbsp;mld") and as the thousands
 * separator, after abbreviations that must not end a line ("tzw.&nbsp;efekt", "nr&nbsp;3",
 * "s.&nbsp;5", "§&nbsp;3") and before a spaced dash; „…” quotation marks with «…» inside them (and
 * for paired single marks); the apostrophe ’.
 *
 * <p>The decimal comma is not a rule here: "godz. 10.30", "NATO 2.0" or "art. 5.3" are not decimal
 * numbers, so only numbers the tool formats itself (figure values) get it, from the number format
 * of the language.
 *
 * <pre>{@code
 * PolishTypography.apply("Litwa w \"Unii\" ma 645 000 RUB")
 *     // "Litwa w\u00a0„Unii” ma 645\u00a0000\u00a0RUB"
 * }</pre>
 *
 * <p>Applying it twice gives the same text as applying it once.
 */
public final class PolishTypography {
  /** U+00A0 NO-BREAK SPACE. */
  public static final char NBSP = '\u00a0';

  private static final String ONE_LETTER_WORDS = "aiouwzAIOUWZ";
  private static final ULocale POLISH = new ULocale("pl");

  private static final String MONTHS =
      "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
          + "|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień"
          + "|wrzesień|październik|listopad|grudzień";

  /** A day before its month: "24 lutego". */
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2}) (?=(?:" + MONTHS + ")(?!\\p{L}))");

  /** A month before its year: "lutego 2022". */
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?<![\\p{L}])(" + MONTHS + ") (?=\\d{4}(?!\\p{N}))");

  /**
   * A number before its unit, scale, currency or "r." (year): "2023 r.", "26,5 mld", "645 000 RUB",
   * "15 %".
   */
  private static final Pattern NUMBER_UNIT =
      Pattern.compile(
          "(?<=\\p{N}) (?=(?:r\\.|w\\.|tys\\.|mln|mld|bln|proc\\.|pkt|zł|gr|km|kg|ha|m|t|h|min"
              + "|[%‰°€$£¥₽]|[A-Z]{3})(?![\\p{L}\\p{N}]))");

  /** A space between groups of three digits: "645 000", "1 234 567". */
  private static final Pattern THOUSANDS =
      Pattern.compile("(?<=(?<![\\p{N},.])\\p{N}{1,3}) (?=\\p{N}{3}(?![\\p{N}]|[.,]\\p{N}))");

  private static final Pattern CHAINED_THOUSANDS =
      Pattern.compile("(?<=\\u00a0\\p{N}{3}) (?=\\p{N}{3}(?![\\p{N}]|[.,]\\p{N}))");

  /**
   * An abbreviation that must not end a line, whatever follows: "tzw. efekt", "np. Litwa", "prof.
   * Nowak", "nr 3", "zob. s. 5", "§ 3" (Polish typesetting rules, as the {@code polski} LaTeX
   * package's and Word's Polish proofing apply them). The capital form opens a sentence: "Zob.".
   */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.])(?:(?i:tzw|np|m\\.in|tj|zob|por|ok|ca|prof|hab|inż|gen|płk|ks|św|ul"
              + "|al|pl|godz|str|tab|rys|ryc|poz|art|ust|rozdz|vol)\\.|(?i:nr|pkt|dr|mgr)|§§?)"
              + " (?=\\S)");

  /**
   * A short abbreviation that must not end a line before a number only, since after a word it may
   * end a sentence: "s. 5", "t. 2", "r. 2022", "cz. 3", "w. 5"; not after a number, where it is
   * that number's unit ("w 2025 r. 282,4 mld USD": the year's "r." and the amount may part).
   */
  private static final Pattern ABBREVIATION_BEFORE_NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}.])(?<!\\p{N}[ \u00a0])(?i:s|t|r|w|z|cz)\\. (?=\\p{N})");

  /** A scale before its unit or currency: "5 mln zł", "26,5 mld USD", "3 tys. osób" stays. */
  private static final Pattern SCALE_UNIT =
      Pattern.compile(
          "(?<=\\p{N}\u00a0(?:tys\\.|mln|mld|bln)) (?=(?:zł|euro|[A-Z]{3}|[%€$£¥₽])(?![\\p{L}]))");

  /** A Roman numeral before "w." (century): "XX w.". */
  private static final Pattern CENTURY =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:[IVXLC]+) (?=w\\.(?!\\p{L}))");

  /** An initial before a surname: "J. Nowak". */
  private static final Pattern INITIAL =
      Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{Lu}\\. (?=\\p{Lu}\\p{Ll})");

  /** A dash must not open a line: the space before a spaced en or em dash. */
  private static final Pattern DASH = Pattern.compile("(?<=\\S) (?=[\u2013\u2014](?:\\s|$))");

  private PolishTypography() {}

  /** The text with every rule applied. */
  public static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return nonBreakingSpaces(quotes(text));
  }

  /**
   * Non-breaking spaces: after each one-letter word (a, i, o, u, w, z and their capitals), inside
   * dates, between a number and its unit, between groups of thousands, after abbreviations that
   * must not end a line ("tzw.", "nr", "s. 5", "§ 3") and an initial, and before a spaced dash.
   */
  public static String nonBreakingSpaces(String text) {
    StringBuilder out = new StringBuilder(text);
    BreakIterator words = BreakIterator.getWordInstance(POLISH);
    words.setText(text);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (end - start == 1
          && ONE_LETTER_WORDS.indexOf(text.charAt(start)) >= 0
          && end < text.length()
          && text.charAt(end) == ' ') {
        out.setCharAt(end, NBSP);
      }
    }
    String s = out.toString();
    s = replaceSpaces(THOUSANDS, s);
    s = replaceSpaces(CHAINED_THOUSANDS, s);
    s = replaceSpaces(DAY_MONTH, s);
    s = replaceSpaces(MONTH_YEAR, s);
    s = replaceSpaces(NUMBER_UNIT, s);
    s = replaceSpaces(SCALE_UNIT, s);
    s = replaceSpaces(ABBREVIATION, s);
    s = replaceSpaces(ABBREVIATION_BEFORE_NUMBER, s);
    s = replaceSpaces(CENTURY, s);
    s = replaceSpaces(INITIAL, s);
    s = replaceSpaces(DASH, s);
    return s;
  }

  /** Every space that the pattern matches (alone or at the end of its match) made non-breaking. */
  private static String replaceSpaces(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      if (out == null) {
        out = new StringBuilder(text);
      }
      out.setCharAt(m.end() - 1, NBSP);
    }
    return out == null ? text : out.toString();
  }

  /**
   * Polish quotation marks: „…” outside, «…» for a quotation inside a quotation; straight and
   * English quotation marks become these. Single quotation marks that pair up ('…', ‘…’, ‚…’)
   * become «…», as a quotation inside a quotation does; any other apostrophe becomes ’, so that no
   * straight and curly mark are ever mixed.
   */
  public static String quotes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    // The open quotations, innermost last: „ or «, so that each closes with its own mark.
    StringBuilder open = new StringBuilder();
    int singles = 0;
    for (int i = 0; i < text.length(); i++) {
      int address = addressEnd(text, i);
      if (address > i) {
        out.append(text, i, address);
        i = address - 1;
        continue;
      }
      char c = text.charAt(i);
      char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
      switch (c) {
        case '\u201e', '\u201c' -> open(out, open, open.isEmpty() ? '\u201e' : '\u00ab');
        case '\u00ab' -> open(out, open, '\u00ab');
        case '\u201d', '\u00bb' -> close(out, open);
        case '"' -> {
          if (opensQuote(before)) {
            open(out, open, open.isEmpty() ? '\u201e' : '\u00ab');
          } else {
            close(out, open);
          }
        }
        case '\'', '\u2018', '\u2019', '\u201a' -> {
          if (c != '\u2019' && opensQuote(before) && closingSingle(text, i + 1) > 0) {
            out.append('\u00ab');
            singles++;
          } else if (singles > 0 && closesSingle(text, i)) {
            out.append('\u00bb');
            singles--;
          } else {
            out.append('\u2019');
          }
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void open(StringBuilder out, StringBuilder open, char mark) {
    out.append(mark);
    open.append(mark);
  }

  private static void close(StringBuilder out, StringBuilder open) {
    char opened = open.isEmpty() ? '\u201e' : open.charAt(open.length() - 1);
    out.append(opened == '\u00ab' ? '\u00bb' : '\u201d');
    if (!open.isEmpty()) {
      open.setLength(open.length() - 1);
    }
  }

  /**
   * Where the single quotation mark opened before {@code from} closes: the first single mark after
   * a character that is not a space, with no letter or digit after it (so not the apostrophe of
   * "Lithuania’s"); -1 if none does.
   */
  private static int closingSingle(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '\u2019' || c == '\u2018') && closesSingle(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean closesSingle(String text, int i) {
    boolean afterText = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean wordGoesOn = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return afterText && !wordGoesOn;
  }

  /**
   * Where a web address written out in the text ("https://example.org/it's") ends, so that its
   * marks are left as they are; {@code at} itself when none starts there.
   */
  static int addressEnd(String text, int at) {
    if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
      return at;
    }
    if (!text.startsWith("http://", at)
        && !text.startsWith("https://", at)
        && !text.startsWith("mailto:", at)) {
      return at;
    }
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Whether a quotation mark after this character opens a quotation (a space, a bracket …). */
  static boolean opensQuote(char before) {
    return Character.isWhitespace(before)
        || "([{\u2013\u2014-/\u00a0\u201e\u201c\u2018\u00ab\u201a".indexOf(before) >= 0;
  }
}
