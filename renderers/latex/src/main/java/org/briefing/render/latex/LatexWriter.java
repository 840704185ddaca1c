package org.briefing.render.latex;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Writes LaTeX and owns its escaping: {@link #text} turns every character that TeX, babel's Polish
 * shorthands or T1 ligatures would read as markup into a command that prints it; {@link #raw}
 * writes markup. A compact writer (table cells, footnotes) separates blocks with {@code \par}
 * instead of blank lines.
 */
final class LatexWriter {
  private static final Pattern UNSAFE_ID_CHARS = Pattern.compile("[^A-Za-z0-9.:-]");

  private final StringBuilder out = new StringBuilder();
  private final boolean compact;
  private boolean paragraphEmpty = true;

  private LatexWriter(boolean compact) {
    this.compact = compact;
  }

  static LatexWriter document() {
    return new LatexWriter(false);
  }

  /** A writer for content that must not hold blank lines: cells, footnotes, captions. */
  static LatexWriter compact() {
    return new LatexWriter(true);
  }

  boolean isCompact() {
    return compact;
  }

  void raw(String latex) {
    if (!latex.isEmpty()) {
      out.append(latex);
      paragraphEmpty = false;
    }
  }

  void text(String text) {
    raw(escape(text));
  }

  /** Ends the current line of the source (no effect on the typeset text). */
  void line() {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Starts a block: a blank line, or {@code \par} in a compact writer. */
  void blockStart() {
    if (compact) {
      if (out.length() > 0) {
        out.append("\\par ");
      }
    } else if (out.length() > 0) {
      line();
      if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
        out.append('\n');
      }
    }
    paragraphEmpty = true;
  }

  /** A line break inside a paragraph; TeX rejects one before any text, so none is written. */
  void lineBreak() {
    if (!paragraphEmpty) {
      out.append("\\newline\n");
    }
  }

  String result() {
    return out.toString();
  }

  /**
   * Escapes text for LaTeX under pdfTeX (T1) and XeTeX, with babel's Polish shorthands active. Line
   * ends become spaces, a no-break space becomes {@code ~}.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      switch (c) {
        case '\\' -> b.append("\\textbackslash{}");
        case '{' -> b.append("\\{");
        case '}' -> b.append("\\}");
        case '$' -> b.append("\\$");
        case '&' -> b.append("\\&");
        case '#' -> b.append("\\#");
        case '%' -> b.append("\\%");
        case '_' -> b.append("\\_");
        case '^' -> b.append("\\textasciicircum{}");
        case '~' -> b.append("\\textasciitilde{}");
        case '<' -> b.append("\\textless{}");
        case '>' -> b.append("\\textgreater{}");
        case '|' -> b.append("\\textbar{}");
        case '"' -> b.append("\\textquotedbl{}");
        case '\'' -> b.append("\\textquotesingle{}");
        case '`' -> b.append("\\textasciigrave{}");
        // Brackets are grouped so that "\item" or "\newline" never reads them as an option.
        case '[' -> b.append("{[}");
        case ']' -> b.append("{]}");
        // T1 ligatures: "--" en dash, ",," low quotes, "!`" and "?`" inverted marks.
        case '-', ',' -> b.append(c).append(next == c ? "{}" : "");
        case '\u00a0' -> b.append('~');
        case '\n', '\r', '\t' -> b.append(' ');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * A URL for {@code \href}: characters not allowed in a URI (spaces, quotes, braces, backslash,
   * non-ASCII) are percent-encoded as UTF-8, and {@code # % &} get a backslash, which hyperref
   * removes, so the link works inside footnotes and table cells too.
   */
  static String url(String url) {
    StringBuilder b = new StringBuilder(url.length() + 16);
    for (byte raw : url.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xff;
      if (c == '#' || c == '%' || c == '&') {
        b.append('\\').append((char) c);
      } else if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
        b.append((char) c);
      } else {
        b.append(String.format("\\%%%02X", c));
      }
    }
    return b.toString();
  }

  /** A label name: ids keep letters, digits and {@code . : -}; anything else becomes "-". */
  static String id(String id) {
    return UNSAFE_ID_CHARS.matcher(id).replaceAll("-");
  }
}
