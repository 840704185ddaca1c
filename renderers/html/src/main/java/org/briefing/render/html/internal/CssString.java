package org.briefing.render.html.internal;

/**
 * A text as a CSS string literal that is safe inside an HTML {@code <style>} element: letters,
 * digits, spaces and a few harmless punctuation marks are kept, and every other character (quotes,
 * backslashes, {@code <}, line ends, control and formatting characters) is written as a hexadecimal
 * escape, so that no text can end the string, the rule or the element.
 *
 * <pre>{@code CssString.quote("TLP:AMBER </style>") // "TLP:AMBER \3c /style\3e "}</pre>
 */
public final class CssString {
  private static final String KEPT_PUNCTUATION = " :+.,-_()%/!?";

  private CssString() {}

  /** The text in double quotes, escaped. */
  public static String quote(String text) {
    StringBuilder css = new StringBuilder(text.length() + 8).append('"');
    text.codePoints()
        .forEach(
            c -> {
              if (kept(c)) {
                css.appendCodePoint(c);
              } else {
                // The space ends the escape, so that a hex digit after it is read as itself.
                css.append('\\').append(Integer.toHexString(c)).append(' ');
              }
            });
    return css.append('"').toString();
  }

  private static boolean kept(int c) {
    return Character.isLetterOrDigit(c) || (c < 0x80 && KEPT_PUNCTUATION.indexOf(c) >= 0);
  }
}
