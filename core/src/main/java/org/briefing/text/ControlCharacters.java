package org.briefing.text;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The characters no text of a spec, corpus or translation may hold: C0 controls other than tab,
 * line feed and carriage return, DEL, C1 controls, lone surrogates and the noncharacters (U+FDD0–
 * U+FDEF, U+FFFE and U+FFFF of every plane), which are invisible or no text, break XML (U+FFFE,
 * U+FFFF) and so PDF, and can drive a terminal; and the bidi embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069), which are invisible too and make text read otherwise
 * than it is written: a title, marking or quotation with a right-to-left override shows its letters
 * in reverse order, here and in every text that follows it on the line until a paragraph ends
 * ("Trojan Source"). Right-to-left words are shown the right way without them; the left-to-right
 * and right-to-left marks (U+200E, U+200F) stay allowed.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** Whether {@code c} is refused. */
  public static boolean refused(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0xD800 && c <= 0xDFFF)
        || isNoncharacter(c)
        || isBidiControl(c);
  }

  /**
   * Whether {@code c} is one of Unicode's 66 noncharacters: U+FDD0–U+FDEF and the last two code
   * points of every plane (U+FFFE, U+FFFF, U+1FFFE … U+10FFFF), kept for a program's own use and
   * never to be exchanged as text.
   */
  private static boolean isNoncharacter(int c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  }

  /** Whether {@code c} is a bidi embedding, override or isolate control (not a mark). */
  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /** The index of the first refused character of {@code text}, if any. */
  public static OptionalInt first(CharSequence text) {
    if (text instanceof String s) {
      return first(s);
    }
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      if (refused(c)) {
        return OptionalInt.of(i);
      }
      i += Character.charCount(c);
    }
    return OptionalInt.empty();
  }

  /**
   * {@link #first(CharSequence)} for a string, a char at a time: the same answer (a surrogate pair
   * is a supplementary code point, never refused; a lone surrogate is), without decoding code
   * points. Kept parsed corpus files are checked with it as they are read, before every build.
   */
  private static OptionalInt first(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return OptionalInt.of(i);
        }
      } else if (c <= 0x9F || isNoncharacter(c) || isBidiControl(c)) {
        return OptionalInt.of(i);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (isNoncharacter(Character.toCodePoint(c, s.charAt(i + 1)))) {
            return OptionalInt.of(i);
          }
          i++;
        } else {
          return OptionalInt.of(i);
        }
      }
    }
    return OptionalInt.empty();
  }

  /** A refused character as a message shows it, such as {@code U+001B}. */
  public static String name(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  /**
   * What kind of character a refused {@code c} is: a control character (C0 other than tab and line
   * breaks, DEL, C1), a lone surrogate (half of a UTF-16 pair, which is no character on its own), a
   * noncharacter (U+FFFE, U+FFFF) or a bidi control.
   */
  public static String kind(int c) {
    if (isBidiControl(c)) {
      return "bidi control";
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      return "lone surrogate";
    }
    if (isNoncharacter(c)) {
      return "noncharacter";
    }
    return "control character";
  }

  /** The message for a refused character {@code c}, such as "control character U+001B …". */
  public static String message(int c) {
    return kind(c) + " " + name(c) + " is not allowed in text";
  }

  /** The hint that goes with {@link #message} for {@code c}. */
  public static String hint(int c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      return "remove it; a character above U+FFFF is written whole, or as an escape such as"
          + " \\U0001F600, not as half of a surrogate pair";
    }
    if (c == 0xFFFE) {
      return "remove it; U+FFFE is no character (it is often a UTF-16 byte order mark read the"
          + " wrong way round)";
    }
    if (isNoncharacter(c)) {
      return "remove it; Unicode keeps the noncharacters (U+FDD0–U+FDEF, and U+FFFE and U+FFFF"
          + " of every plane) for programs' own use, never for text";
    }
    if (c == 0) {
      return "remove it; a file with a NUL after every letter is UTF-16: save it as UTF-8";
    }
    if (isBidiControl(c)) {
      return "remove it; an invisible direction control makes the text after it read otherwise"
          + " than it is written, and right-to-left words are shown the right way without one"
          + " (the marks U+200E and U+200F are allowed)";
    }
    return HINT;
  }

  /** The hint that goes with {@link #message} for a control character or noncharacter. */
  public static final String HINT = "remove it; only tab and line breaks are allowed";
}
