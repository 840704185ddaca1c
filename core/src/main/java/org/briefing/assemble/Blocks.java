package org.briefing.assemble;

import java.util.List;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.document.Node;
import org.briefing.i18n.Language;

/** Small operations on document blocks that the assembler and the section kinds share. */
public final class Blocks {
  private Blocks() {}

  /** The text of inlines, without markup: what a reader would read. */
  public static String plainText(List<? extends Node> nodes) {
    StringBuilder b = new StringBuilder();
    AbstractVisitor v =
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Text node) {
            b.append(node.text());
          }

          @Override
          public void visit(Inline.Code node) {
            b.append(node.text());
          }

          @Override
          public void visit(Inline.Citation node) {
            b.append(node.plainText());
          }

          @Override
          public void visit(Inline.LineBreak node) {
            b.append(' ');
          }
        };
    nodes.forEach(n -> n.accept(v));
    return b.toString();
  }

  /** Marks the text of a block as written in {@code written}. */
  public static Block inLanguage(Block b, Language written) {
    if (b instanceof Block.Paragraph p) {
      return new Block.Paragraph(List.of(new Inline.LangSpan(written, p.content())));
    } else if (b instanceof Block.Heading h) {
      return new Block.Heading(
          h.level(), h.id(), List.of(new Inline.LangSpan(written, h.content())));
    } else if (b instanceof Block.ListBlock l) {
      return new Block.ListBlock(
          l.ordered(),
          l.items().stream()
              .map(item -> item.stream().map(x -> inLanguage(x, written)).toList())
              .toList());
    } else if (b instanceof Block.Quote q) {
      return new Block.Quote(
          q.content().stream().map(x -> inLanguage(x, written)).toList(), q.attribution());
    }
    return b;
  }
}
