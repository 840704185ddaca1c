package org.briefing.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polish typesetting rules applied to text before it goes into a document: a non-breaking space
 * after one-letter words (so that "w", "z", "i" never end a line), „…” quotation marks, and the
 * decimal comma in numbers. Years, ids, dotted numbers and URLs are left as they are; "r." after a
 * year is written by {@link org.briefing.model.PartialDate#format}.
 *
 * <pre>{@code
 * PolishTypography.apply("Litwa w \"Unii\" ma 91.6%")  // "Litwa w\u00a0„Unii” ma 91,6%"
 * }</pre>
 *
 * <p>Applying it twice gives the same text as applying it once.
 */
public final class PolishTypography {
  /** U+00A0 NO-BREAK SPACE. */
  public static final char NBSP = '\u00a0';

  private static final String ONE_LETTER_WORDS = "aiouwzAIOUWZ";
  private static final ULocale POLISH = new ULocale("pl");

  /** A decimal number standing alone: not part of a dotted chain (dates, versions) or a word. */
  private static final Pattern DECIMAL =
      Pattern.compile("(?<![\\p{L}\\p{N}.,_])(\\d+)\\.(\\d+)(?![\\p{L}\\p{N}_]|[.,]\\p{N})");

  /** Tokens that name things rather than count them: URLs, paths, ids, e-mail addresses. */
  private static final Pattern NAME_LIKE =
      Pattern.compile("(?i).*(://|www\\.|@|/|_|\\\\).*|.*\\p{L}\\d+\\.\\d.*");

  private PolishTypography() {}

  /** The text with all three rules applied. */
  public static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return nonBreakingSpaces(quotes(decimalComma(text)));
  }

  /** A non-breaking space after each one-letter word (a, i, o, u, w, z and their capitals). */
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
    return out.toString();
  }

  /** „…” instead of straight "…" and English “…” quotation marks. */
  public static String quotes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201c') {
        out.append('\u201e');
      } else if (c == '"') {
        boolean opening = i == 0 || opensQuote(text.charAt(i - 1));
        out.append(opening ? '\u201e' : '\u201d');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean opensQuote(char before) {
    return Character.isWhitespace(before) || "([{\u2013\u2014-/".indexOf(before) >= 0;
  }

  /** A decimal comma in numbers such as 91.6 or $26.5, but not in URLs, ids or dotted dates. */
  public static String decimalComma(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher token = Pattern.compile("\\S+").matcher(text);
    int last = 0;
    while (token.find()) {
      out.append(text, last, token.start());
      String t = token.group();
      out.append(NAME_LIKE.matcher(t).matches() ? t : DECIMAL.matcher(t).replaceAll("$1,$2"));
      last = token.end();
    }
    out.append(text, last, text.length());
    return out.toString();
  }
}
