package org.briefing.testing;

import java.util.ArrayList;
import java.util.List;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Inline;
import org.briefing.document.Node;

/** The label keys of every badge (a draft mark, a verdict) under a node, in reading order. */
public final class Badges {
  private Badges() {}

  public static List<String> of(Node n) {
    List<String> out = new ArrayList<>();
    n.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Badge node) {
            out.add(node.labelKey());
          }
        });
    return out;
  }
}
