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
 * separator; „…” quotation marks with «…» inside them; the apostrophe ’.
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
   * dates, between a number and its unit, and between groups of thousands.
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
   * English quotation marks become these, and an apostrophe inside a word becomes ’.
   */
  public static String quotes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      switch (c) {
        case '\u201e', '\u201c' -> {
          out.append(depth == 0 ? '\u201e' : '\u00ab');
          depth++;
        }
        case '\u00ab' -> {
          out.append(c);
          depth++;
        }
        case '\u201d', '\u00bb' -> {
          out.append(depth >= 2 ? '\u00bb' : '\u201d');
          depth = Math.max(0, depth - 1);
        }
        case '"' -> {
          if (opensQuote(before)) {
            out.append(depth == 0 ? '\u201e' : '\u00ab');
            depth++;
          } else {
            out.append(depth >= 2 ? '\u00bb' : '\u201d');
            depth = Math.max(0, depth - 1);
          }
        }
        case '\'' -> out.append(Character.isLetter(before) ? '\u2019' : c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static boolean opensQuote(char before) {
    return Character.isWhitespace(before) || "([{\u2013\u2014-/\u00a0".indexOf(before) >= 0;
  }
}
