package org.briefing.document;

import java.util.List;

/**
 * A visitor that walks into every child by default; override the visits you care about.
 *
 * <pre>{@code
 * class CitationCollector extends AbstractVisitor {
 *   final List<String> ids = new ArrayList<>();
 *   public void visit(Inline.Citation c) { ids.add(c.refId()); }
 * }
 * }</pre>
 */
public abstract class AbstractVisitor implements Visitor {

  /** Visits each node in order. */
  protected void visitAll(List<? extends Node> nodes) {
    for (Node n : nodes) {
      n.accept(this);
    }
  }

  @Override
  public void visit(Block.Heading node) {
    visitAll(node.content());
  }

  @Override
  public void visit(Block.Paragraph node) {
    visitAll(node.content());
  }

  @Override
  public void visit(Block.ListBlock node) {
    node.items().forEach(this::visitAll);
  }

  @Override
  public void visit(Block.Table node) {
    visitAll(node.caption());
    for (Block.Row r : node.head()) {
      r.cells().forEach(c -> visitAll(c.content()));
    }
    for (Block.Row r : node.body()) {
      r.cells().forEach(c -> visitAll(c.content()));
    }
    visitAll(node.notes());
  }

  @Override
  public void visit(Block.Figure node) {
    visitAll(node.caption());
    visitAll(node.source());
  }

  @Override
  public void visit(Block.Image node) {
    visitAll(node.caption());
    visitAll(node.source());
  }

  @Override
  public void visit(Block.Callout node) {
    visitAll(node.title());
    visitAll(node.content());
  }

  @Override
  public void visit(Block.Quote node) {
    visitAll(node.content());
    visitAll(node.attribution());
  }

  @Override
  public void visit(Block.Footnote node) {
    visitAll(node.content());
  }

  @Override
  public void visit(Block.Code node) {}

  @Override
  public void visit(Block.Rule node) {}

  @Override
  public void visit(Block.Part node) {
    visitAll(node.content());
  }

  @Override
  public void visit(Block.Parallel node) {
    for (Block.ParallelRow r : node.rows()) {
      visitAll(r.left());
      visitAll(r.right());
    }
  }

  @Override
  public void visit(Inline.Text node) {}

  @Override
  public void visit(Inline.Emphasis node) {
    visitAll(node.content());
  }

  @Override
  public void visit(Inline.Strong node) {
    visitAll(node.content());
  }

  @Override
  public void visit(Inline.Code node) {}

  @Override
  public void visit(Inline.Citation node) {}

  @Override
  public void visit(Inline.Link node) {
    visitAll(node.content());
  }

  @Override
  public void visit(Inline.LangSpan node) {
    visitAll(node.content());
  }

  @Override
  public void visit(Inline.NoteRef node) {}

  @Override
  public void visit(Inline.Badge node) {}

  @Override
  public void visit(Inline.Anchor node) {}

  @Override
  public void visit(Inline.LineBreak node) {}
}
