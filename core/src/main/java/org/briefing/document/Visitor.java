package org.briefing.document;

/** One {@code visit} per node type. See {@link AbstractVisitor} for a walker. */
public interface Visitor {
  void visit(Block.Heading node);

  void visit(Block.Paragraph node);

  void visit(Block.ListBlock node);

  void visit(Block.Table node);

  void visit(Block.Figure node);

  void visit(Block.Image node);

  void visit(Block.Callout node);

  void visit(Block.Quote node);

  void visit(Block.Footnote node);

  void visit(Block.Code node);

  void visit(Block.Rule node);

  void visit(Block.Part node);

  void visit(Block.Parallel node);

  void visit(Inline.Text node);

  void visit(Inline.Emphasis node);

  void visit(Inline.Strong node);

  void visit(Inline.Code node);

  void visit(Inline.Citation node);

  void visit(Inline.Link node);

  void visit(Inline.LangSpan node);

  void visit(Inline.NoteRef node);

  void visit(Inline.Badge node);

  void visit(Inline.Anchor node);

  void visit(Inline.LineBreak node);
}
