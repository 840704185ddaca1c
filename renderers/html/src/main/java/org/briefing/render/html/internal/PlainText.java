package org.briefing.render.html.internal;

import java.util.List;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.document.Node;

/**
 * The text of some nodes without their markup, for places that hold plain text only: table of
 * contents and bookmark titles, {@code data-label} attributes, SVG titles. Footnote markers are
 * left out; citations keep their parentheses.
 *
 * <pre>{@code PlainText.of(heading.content()) // "Findings in brief"}</pre>
 */
public final class PlainText extends AbstractVisitor {
  private final StringBuilder text = new StringBuilder();

  private PlainText() {}

  /** The plain text of inlines or blocks, with runs of white space folded to one space. */
  public static String of(List<? extends Node> nodes) {
    PlainText p = new PlainText();
    for (Node n : nodes) {
      n.accept(p);
      if (n instanceof Block) {
        p.text.append(' ');
      }
    }
    return p.text.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /**
   * As {@link #of}, for an entry of the contents: runs of ordinary white space folded to one space
   * and kept at either end (the entry is put together in parts), no-break spaces kept as they are
   * (the Polish "i" before a no-break space must not end a line of the contents either).
   */
  static String folded(List<? extends Node> nodes) {
    PlainText p = new PlainText();
    for (Node n : nodes) {
      n.accept(p);
    }
    return p.text.toString().replaceAll("[ \\t\\n\\r\\f]+", " ");
  }

  /**
   * The length in characters of the longest run of the nodes' text that a browser cannot break:
   * no-break spaces bind, only ordinary white space breaks.
   */
  public static int longestUnbreakable(List<? extends Node> nodes) {
    PlainText p = new PlainText();
    for (Node n : nodes) {
      n.accept(p);
      p.text.append(' ');
    }
    int longest = 0;
    for (String word : p.text.toString().split("[ \\t\\n\\r\\f]+")) {
      longest = Math.max(longest, word.codePointCount(0, word.length()));
    }
    return longest;
  }

  @Override
  public void visit(Inline.Text node) {
    text.append(node.text());
  }

  @Override
  public void visit(Inline.Code node) {
    text.append(node.text());
  }

  @Override
  public void visit(Inline.Citation node) {
    text.append(node.plainText());
  }

  @Override
  public void visit(Inline.LineBreak node) {
    text.append(' ');
  }

  @Override
  public void visit(Block.Paragraph node) {
    super.visit(node);
    text.append(' ');
  }
}
