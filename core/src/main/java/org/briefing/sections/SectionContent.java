package org.briefing.sections;

import java.util.List;
import org.briefing.document.Block;

/**
 * What a section shows, without its heading: its blocks, or nothing and why (the section is then
 * left out of the briefing, with a warning that says why).
 */
public record SectionContent(List<Block> blocks, String emptyReason) {
  public SectionContent {
    blocks = List.copyOf(blocks);
    emptyReason = emptyReason == null ? "" : emptyReason;
  }

  public static SectionContent of(List<Block> blocks) {
    return new SectionContent(blocks, blocks.isEmpty() ? "it has nothing to show" : "");
  }

  /** Nothing to show, and why ("no event passes the filters"). */
  public static SectionContent nothing(String reason) {
    return new SectionContent(List.of(), reason);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }
}
