package org.briefing.i18n.xliff;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes pretty-printed XML and owns its escaping. One element per line, indented by two spaces;
 * text content is written inline and never re-indented, so that white space in a text is the text's
 * own. Not thread-safe: one per document.
 */
final class XmlWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();
  private boolean inStartTag;

  XmlWriter() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Opens an element on a new line; attributes follow with {@link #attribute}. */
  XmlWriter start(String name) {
    closeStartTag();
    indent();
    out.append('<').append(name);
    open.push(name);
    inStartTag = true;
    return this;
  }

  XmlWriter attribute(String name, String value) {
    if (!inStartTag) {
      throw new IllegalStateException("attribute '" + name + "' outside a start tag");
    }
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  /** Closes the innermost element, on its own line unless it is empty. */
  XmlWriter end() {
    String name = open.pop();
    if (inStartTag) {
      out.append("/>\n");
      inStartTag = false;
    } else {
      indent();
      out.append("</").append(name).append(">\n");
    }
    return this;
  }

  /**
   * An element holding only text: {@code <name>text</name>} on one line. Characters that XML 1.0
   * cannot carry are written as XLIFF's {@code <cp hex="…"/>} when {@code codePoints} is set (in
   * {@code <source>} and {@code <target>}), else replaced by U+FFFD.
   */
  XmlWriter textElement(String name, String text, boolean codePoints, String... attributes) {
    start(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      attribute(attributes[i], attributes[i + 1]);
    }
    out.append('>');
    inStartTag = false;
    text.codePoints()
        .forEach(
            c -> {
              if (isXmlChar(c)) {
                escapeChar(c, false);
              } else if (codePoints) {
                out.append(String.format("<cp hex=\"%04X\"/>", c));
              } else {
                out.append('\uFFFD');
              }
            });
    open.pop();
    out.append("</").append(name).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }

  private void closeStartTag() {
    if (inStartTag) {
      out.append(">\n");
      inStartTag = false;
    }
  }

  private void indent() {
    out.append("  ".repeat(open.size()));
  }

  private void escape(String s, boolean attribute) {
    s.codePoints().forEach(c -> escapeChar(isXmlChar(c) ? c : '\uFFFD', attribute));
  }

  private void escapeChar(int c, boolean attribute) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append(attribute ? "&quot;" : "\"");
      // A parser would turn a raw CR into LF, and tab or LF in an attribute into a space.
      case '\r' -> out.append("&#13;");
      case '\n' -> out.append(attribute ? "&#10;" : "\n");
      case '\t' -> out.append(attribute ? "&#9;" : "\t");
      default -> out.appendCodePoint(c);
    }
  }

  /** Whether XML 1.0 allows the character in a document. */
  static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
