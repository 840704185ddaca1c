package org.briefing.render.html.internal;

/**
 * Builds HTML that is also well-formed XML: every text and attribute value goes through {@link
 * #escape}, void elements close themselves ({@code <br />}) and no named entity is ever written, so
 * the same markup serves browsers and the XML parser of the PDF engine.
 *
 * <pre>{@code
 * Markup m = new Markup();
 * m.open("p", "class", "lead").text("5 < 6 & \"quoted\"").close("p");
 * m.toString(); // <p class="lead">5 &lt; 6 &amp; &quot;quoted&quot;</p>
 * }</pre>
 *
 * <p>Element and attribute names come from this module's code only; values may come from anywhere.
 */
public final class Markup {
  private final StringBuilder out = new StringBuilder(4096);

  /** Opens an element; {@code attributes} are name, value pairs; a null value drops the pair. */
  public Markup open(String element, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** Writes a void element such as {@code <br />}. */
  public Markup empty(String element, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append(" />");
    return this;
  }

  public Markup close(String element) {
    out.append("</").append(element).append('>');
    return this;
  }

  /** Escaped text. */
  public Markup text(String text) {
    escapeTo(text, out);
    return this;
  }

  /** Markup this module produced itself (another {@code Markup}, a fixed string). */
  public Markup raw(CharSequence markup) {
    out.append(markup);
    return this;
  }

  public Markup newline() {
    out.append('\n');
    return this;
  }

  public int length() {
    return out.length();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"");
      escapeTo(attributes[i + 1], out);
      out.append('"');
    }
  }

  /** Escapes text for HTML and XML content and attribute values. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escapeTo(text, sb);
    return sb.toString();
  }

  /**
   * Escapes the five markup characters and drops what neither HTML nor XML 1.0 may hold (control
   * characters other than tab and line ends, non-characters); a lone surrogate becomes U+FFFD.
   */
  static void escapeTo(String text, StringBuilder sb) {
    int n = text.length();
    int plainFrom = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (plain(c)) {
        continue;
      }
      // A run of characters written as they are goes in at once: a cold build escapes the whole
      // page before the compiler has reached this loop.
      sb.append(text, plainFrom, i);
      plainFrom = i + 1;
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n' -> sb.append(c);
        case '\r' -> {
          if (i + 1 >= n || text.charAt(i + 1) != '\n') {
            sb.append('\n');
          }
        }
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
            plainFrom = i + 1;
          } else if (Character.isSurrogate(c)) {
            sb.append('\uFFFD');
          } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
            continue;
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append(text, plainFrom, n);
  }

  /** Whether a character is written as it is: not markup, a control, a surrogate or U+FFFE/F. */
  private static boolean plain(char c) {
    if (c < 0x7F) {
      return c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    }
    return c > 0x9F && (c < 0xD800 || c > 0xDFFF) && c < 0xFFFE;
  }
}
