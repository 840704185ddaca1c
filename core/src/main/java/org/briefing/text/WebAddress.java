package org.briefing.text;

import java.util.regex.Pattern;

/**
 * The one rule for a web address that may become a link in any output: http, https or mailto, with
 * no spaces or control characters. Anything else ({@code javascript:}, {@code data:}, {@code
 * file:}) would turn into code or a local file in a reader's viewer.
 *
 * <pre>{@code WebAddress.allowed("https://doi.org/10.1/x"); // true}</pre>
 */
public final class WebAddress {
  private static final Pattern SAFE =
      Pattern.compile("(?i)(https?://[^\\s/?#]+[^\\s]*|mailto:[^\\s@]+@[^\\s@]+)");

  /** A web address written out in a text: from its scheme to the next white space. */
  private static final Pattern WRITTEN_OUT =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:https?://|mailto:)\\S+");

  private WebAddress() {}

  /**
   * The text with each web address written out in it (http, https or mailto, to the next white
   * space) replaced by a space: for a check of a text's words, which an address's path
   * ("…/bilateral-aid-to-ukraine") does not hold.
   */
  public static String blankedOut(String text) {
    return text.indexOf(':') < 0 ? text : WRITTEN_OUT.matcher(text).replaceAll(" ");
  }

  /** Whether {@code url} is an http, https or mailto address. */
  public static boolean allowed(String url) {
    String u = url.strip();
    return SAFE.matcher(u).matches() && ControlCharacters.first(u).isEmpty();
  }
}
