package org.briefing.testing;

import java.util.List;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.document.Node;

/** The visible text of document nodes, for assertions; citations print as "(label)". */
public final class PlainText {
  private PlainText() {}

  public static String of(List<? extends Node> nodes) {
    StringBuilder out = new StringBuilder();
    AbstractVisitor v =
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Text node) {
            out.append(node.text());
          }

          @Override
          public void visit(Inline.Code node) {
            out.append(node.text());
          }

          @Override
          public void visit(Inline.Citation node) {
            out.append(node.plainText());
          }

          @Override
          public void visit(Inline.Badge node) {
            out.append('[').append(node.labelKey()).append(']');
          }

          @Override
          public void visit(Block.Paragraph node) {
            super.visit(node);
            out.append('\n');
          }

          @Override
          public void visit(Block.Heading node) {
            super.visit(node);
            out.append('\n');
          }
        };
    nodes.forEach(n -> n.accept(v));
    return out.toString();
  }

  public static String of(Node node) {
    return of(List.of(node));
  }
}
