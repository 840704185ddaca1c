package org.briefing.render.html.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A brand's accent colour, checked to be {@code #rrggbb} before it enters any style sheet, and the
 * colours text may use on light and dark backgrounds: the accent itself where it reaches the WCAG
 * AA contrast of 4.5:1, a neutral colour where it does not.
 *
 * <pre>{@code AccentColour.parse("#0B5394").hex() // "#0b5394"}</pre>
 */
public record AccentColour(String hex) {
  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  /** The accent used when a briefing has no branding. */
  public static final AccentColour DEFAULT = new AccentColour("#0b5394");

  /** Light page background and text colour; keep in step with {@code briefing.css}. */
  static final String LIGHT_BACKGROUND = "#ffffff";

  static final String LIGHT_TEXT = "#1a1a1a";
  static final String DARK_BACKGROUND = "#121417";
  static final String DARK_TEXT = "#e8e8e8";
  static final String DARK_LINK = "#8ab4f8";

  public AccentColour {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "accent colour must be #rrggbb (six hexadecimal digits), got: " + hex);
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  /** Parses a {@code #rrggbb} colour. */
  public static AccentColour parse(String text) {
    return new AccentColour(text);
  }

  /** The colour for accent-coloured text on the light background. */
  public String textOnLight() {
    return contrast(hex, LIGHT_BACKGROUND) >= 4.5 ? hex : LIGHT_TEXT;
  }

  /** The colour for accent-coloured text on the dark background. */
  public String textOnDark() {
    return contrast(hex, DARK_BACKGROUND) >= 4.5 ? hex : DARK_LINK;
  }

  /** The WCAG 2 contrast ratio of two {@code #rrggbb} colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel((rgb >> 16) & 0xff)
        + 0.7152 * channel((rgb >> 8) & 0xff)
        + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
