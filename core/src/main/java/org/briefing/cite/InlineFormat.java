package org.briefing.cite;

import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_ITALIC;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_OBLIQUE;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FW_BOLD;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.BaseFormat;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.output.Bibliography;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.document.Inline;

/**
 * A citeproc-java output format that marks emphasis, strong text and links with private-use
 * characters, so that {@link #inlines} can turn its output into the document model, where every
 * renderer escapes it for its own format. Text from the corpus never carries these characters:
 * {@link #escape} replaces them.
 */
final class InlineFormat extends BaseFormat {
  private static final char EM_OPEN = '\uE000';
  private static final char EM_CLOSE = '\uE001';
  private static final char STRONG_OPEN = '\uE002';
  private static final char STRONG_CLOSE = '\uE003';
  private static final char PLAIN_OPEN = '\uE004';
  private static final char PLAIN_CLOSE = '\uE005';
  private static final char LINK_OPEN = '\uE006';
  private static final char LINK_TEXT = '\uE007';
  private static final char LINK_CLOSE = '\uE008';

  @Override
  public String getName() {
    return "briefing-inline";
  }

  @Override
  protected String doFormatCitation(TokenBuffer buffer, RenderContext ctx) {
    return format(buffer);
  }

  @Override
  protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
    return format(buffer);
  }

  @Override
  public Bibliography makeBibliography(String[] entries, SBibliography bibliographyElement) {
    return new Bibliography(
        entries,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        bibliographyElement.getSecondFieldAlign());
  }

  @Override
  protected String doFormatLink(String text, String uri) {
    return linkable(uri) ? LINK_OPEN + uri + LINK_TEXT + text + LINK_CLOSE : text;
  }

  /** Whether a reference's link is made a link: http, https and mailto only. */
  static boolean linkable(String uri) {
    String lower = uri.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("mailto:");
  }

  @Override
  protected String escape(String str) {
    StringBuilder b = new StringBuilder(str.length());
    for (int i = 0; i < str.length(); i++) {
      char c = str.charAt(i);
      b.append(c >= EM_OPEN && c <= LINK_CLOSE ? '\uFFFD' : c);
    }
    return b.toString();
  }

  @Override
  protected String openFontStyle(int fontStyle) {
    return fontStyle == FS_ITALIC || fontStyle == FS_OBLIQUE
        ? String.valueOf(EM_OPEN)
        : String.valueOf(PLAIN_OPEN);
  }

  @Override
  protected String closeFontStyle(int fontStyle) {
    return fontStyle == FS_ITALIC || fontStyle == FS_OBLIQUE
        ? String.valueOf(EM_CLOSE)
        : String.valueOf(PLAIN_CLOSE);
  }

  @Override
  protected String openFontWeight(int fontWeight) {
    return String.valueOf(fontWeight == FW_BOLD ? STRONG_OPEN : PLAIN_OPEN);
  }

  @Override
  protected String closeFontWeight(int fontWeight) {
    return String.valueOf(fontWeight == FW_BOLD ? STRONG_CLOSE : PLAIN_CLOSE);
  }

  @Override
  protected String openDisplayGroup(DisplayGroupToken.Type type) {
    return "";
  }

  @Override
  protected String closeDisplayGroup(DisplayGroupToken.Type type) {
    return type == DisplayGroupToken.Type.LEFT_MARGIN ? " " : "";
  }

  /** The output of this format as inlines: text, emphasis, strong text and links. */
  static List<Inline> inlines(String marked) {
    Parser p = new Parser(marked);
    return p.until((char) 0);
  }

  /** Reads the marks this format writes (and nothing else), nesting as they nest. */
  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    List<Inline> until(char close) {
      List<Inline> out = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == close) {
          break;
        }
        switch (c) {
          case EM_OPEN, STRONG_OPEN, PLAIN_OPEN, LINK_OPEN -> {
            flush(text, out);
            if (c == EM_OPEN) {
              out.add(new Inline.Emphasis(until(EM_CLOSE)));
            } else if (c == STRONG_OPEN) {
              out.add(new Inline.Strong(until(STRONG_CLOSE)));
            } else if (c == PLAIN_OPEN) {
              out.addAll(until(PLAIN_CLOSE));
            } else {
              int mid = s.indexOf(LINK_TEXT, i);
              String uri = s.substring(i, mid);
              i = mid + 1;
              out.add(new Inline.Link(uri, until(LINK_CLOSE)));
            }
          }
          case EM_CLOSE, STRONG_CLOSE, PLAIN_CLOSE, LINK_TEXT, LINK_CLOSE -> {
            // a mark closed out of order: its text is kept, the mark dropped
          }
          default -> text.append(c);
        }
      }
      flush(text, out);
      return merge(out);
    }

    private static void flush(StringBuilder text, List<Inline> out) {
      if (text.length() > 0) {
        out.add(new Inline.Text(text.toString()));
        text.setLength(0);
      }
    }

    /** Joins neighbouring texts (a plain group between two texts). */
    private static List<Inline> merge(List<Inline> in) {
      List<Inline> out = new ArrayList<>();
      for (Inline x : in) {
        if (x instanceof Inline.Text t
            && !out.isEmpty()
            && out.get(out.size() - 1) instanceof Inline.Text prev) {
          out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
        } else {
          out.add(x);
        }
      }
      return out;
    }
  }
}
