package org.briefing.text;

/**
 * English typesetting rules for text a user writes (a spec's title, a text section) and for the
 * paper's own text: “…” quotation marks with ‘…’ inside them, and the apostrophe ’. Words and
 * numbers are never changed.
 *
 * <pre>{@code
 * EnglishTypography.apply("the \"region's\" security")  // "the “region’s” security"
 * }</pre>
 *
 * <p>Applying it twice gives the same text as applying it once.
 */
public final class EnglishTypography {
  private EnglishTypography() {}

  /** Curly quotation marks and apostrophes instead of straight ones. */
  public static String apply(String text) {
    if (text == null || text.isEmpty() || (text.indexOf('"') < 0 && text.indexOf('\'') < 0)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      int address = PolishTypography.addressEnd(text, i);
      if (address > i) {
        out.append(text, i, address);
        i = address - 1;
        continue;
      }
      char c = text.charAt(i);
      // The mark already set before it: after an opening “ a straight ' opens too (“‘…’ …”).
      char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
      if (c == '\u201c') {
        depth++;
        out.append(c);
      } else if (c == '\u201d') {
        depth = Math.max(0, depth - 1);
        out.append(c);
      } else if (c == '"') {
        // A quotation inside a quotation gets single marks.
        if (PolishTypography.opensQuote(before)) {
          out.append(depth == 0 ? '\u201c' : '\u2018');
          depth++;
        } else {
          out.append(depth >= 2 ? '\u2019' : '\u201d');
          depth = Math.max(0, depth - 1);
        }
      } else if (c == '\'') {
        boolean opening =
            PolishTypography.opensQuote(before)
                && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1));
        // After a letter, or before a digit ("the '90s"), it is an apostrophe.
        out.append(opening ? '\u2018' : '\u2019');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
