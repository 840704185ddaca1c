package org.briefing.document;

/** A node of the document model: a {@link Block} or an {@link Inline}. */
public sealed interface Node permits Block, Inline {
  void accept(Visitor visitor);
}
