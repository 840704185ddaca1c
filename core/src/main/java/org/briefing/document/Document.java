package org.briefing.document;

import java.util.List;

/**
 * A format-neutral briefing: metadata and blocks. Readers produce it (the assembler), renderers
 * consume it; it knows nothing of PDF or HTML.
 */
public record Document(Meta meta, List<Block> blocks) {
  public Document {
    blocks = List.copyOf(blocks);
  }

  /** Walks every block with a visitor. */
  public void accept(Visitor visitor) {
    for (Block b : blocks) {
      b.accept(visitor);
    }
  }
}
