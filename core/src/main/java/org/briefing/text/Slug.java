package org.briefing.text;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * An anchor name made from a title: ASCII letters, digits and hyphens, so that it stays the same in
 * every format (HTML ids, Markdown anchors, LaTeX labels, PDF destinations) and no format has to
 * replace letters it cannot hold. Letters lose their accents ("Źródła" → "zrodla"); callers number
 * repeated names to keep anchors unique.
 *
 * <pre>{@code
 * Slug.of("Źródła i wnioski")   // "zrodla-i-wnioski"
 * }</pre>
 */
public final class Slug {
  private static final Transliterator TO_ASCII =
      Transliterator.getInstance("Any-Latin; Latin-ASCII");

  private Slug() {}

  /** The slug of a text; empty when the text has no letter or digit. */
  public static String of(String text) {
    String ascii;
    synchronized (TO_ASCII) {
      ascii = TO_ASCII.transliterate(text);
    }
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }
}
