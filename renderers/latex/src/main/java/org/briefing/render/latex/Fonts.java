package org.briefing.render.latex;

import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Fonts for the LaTeX output. Under xelatex and lualatex, fontspec with the DejaVu fonts that
 * Briefing ships for its PDF output (DejaVu Serif for text, DejaVu Sans for the characters the
 * serif lacks: dingbats, symbols, Hebrew), so Cyrillic, Greek and symbols survive; Latin Modern,
 * with a warning, where DejaVu is not installed. Under pdflatex (T1, lmodern), a character the
 * encodings cannot print stops the run with an error naming it, before any page is written.
 */
final class Fonts {
  /** The most characters a pdflatex error lists. */
  private static final int MAX_LISTED = 12;

  private Fonts() {}

  /** The fontspec set-up (inside the preamble's non-pdfTeX branch). */
  static String fontspec(Optional<String> mainFont) {
    StringBuilder b = new StringBuilder();
    b.append("  \\IfFontExistsTF{DejaVu Serif}{%\n")
        .append("    \\setmainfont{DejaVu Serif}\\setsansfont{DejaVu Sans}")
        .append("\\setmonofont{DejaVu Sans Mono}}{%\n")
        .append("    \\PackageWarningNoLine{briefing}{The DejaVu fonts are not installed:")
        .append(" Cyrillic, Greek and symbols may not print}}\n");
    mainFont.ifPresent(
        f -> b.append("  \\setmainfont{").append(LatexWriter.escape(f)).append("}\n"));
    b.append("  \\IfFontExistsTF{DejaVu Sans}{\\newfontfamily\\briefingfallback{DejaVu Sans}}")
        .append("{\\let\\briefingfallback\\relax}\n");
    return b.toString();
  }

  /**
   * Under pdflatex: {@code \briefingfallback} does nothing, and one error per character that T1 and
   * TS1 cannot print, named by its code point and Unicode name.
   */
  static String pdfTexErrors(String text) {
    TreeSet<Integer> missing = new TreeSet<>();
    text.codePoints().filter(c -> !pdfTexPrints(c)).forEach(missing::add);
    StringBuilder b = new StringBuilder("  \\let\\briefingfallback\\relax\n");
    int listed = 0;
    for (int c : missing) {
      if (listed++ == MAX_LISTED) {
        b.append("  \\PackageError{briefing}{pdflatex cannot typeset ")
            .append(missing.size() - MAX_LISTED)
            .append(" more characters}{Compile with xelatex or lualatex.}\n");
        break;
      }
      String name = Optional.ofNullable(Character.getName(c)).orElse("unnamed character");
      b.append("  \\PackageError{briefing}{pdflatex cannot typeset U+")
          .append(String.format(Locale.ROOT, "%04X", c))
          .append(' ')
          .append(name.replaceAll("[^A-Z0-9 -]", " "))
          .append("}{Compile with xelatex or lualatex, which use the DejaVu fonts.}\n");
    }
    return b.toString();
  }

  /** Characters of T1 (Latin-1, Latin Extended-A) and the TS1 punctuation inputenc maps. */
  private static boolean pdfTexPrints(int c) {
    return c < 0x180
        || "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022"
                .concat("\u2026\u2030\u2039\u203a\u20ac\u2122\u02c6\u02dc")
                .indexOf(c)
            >= 0;
  }

  /** Characters DejaVu Serif lacks and DejaVu Sans has. */
  private static boolean needsFallback(int c) {
    return (c >= 0x0590 && c <= 0x08ff)
        || (c >= 0x2300 && c <= 0x23ff)
        || (c >= 0x25a0 && c <= 0x27bf)
        || (c >= 0x2900 && c <= 0x2bff);
  }

  /** The LaTeX text with each character DejaVu Serif lacks set in the fallback font. */
  static String withFallback(String latex) {
    if (latex.codePoints().noneMatch(Fonts::needsFallback)) {
      return latex;
    }
    StringBuilder b = new StringBuilder(latex.length() + 64);
    latex
        .codePoints()
        .forEach(
            c -> {
              if (needsFallback(c)) {
                b.append("{\\briefingfallback ").appendCodePoint(c).append('}');
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }
}
