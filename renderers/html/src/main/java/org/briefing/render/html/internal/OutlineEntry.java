package org.briefing.render.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the table of contents and of the PDF bookmarks: the id of a heading, table or
 * figure, its plain text (a table's or figure's caption) in parts that each keep their language,
 * and the entries under it. A parallel section's entry names its heading in each language
 * ("Abstract", " / ", "Streszczenie" in Polish).
 */
public record OutlineEntry(String id, List<Part> parts, List<OutlineEntry> children) {

  /** A part of an entry's text, with its language when it differs from the document's. */
  public record Part(String text, String lang) {}

  public OutlineEntry {
    parts = List.copyOf(parts);
  }

  /** The entry's text, its parts one after another: a bookmark's title. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Part p : parts) {
      b.append(p.text());
    }
    return b.toString();
  }

  /**
   * Nests flat (depth, entry) pairs: an entry goes under the nearest earlier entry of a smaller
   * depth.
   */
  static List<OutlineEntry> nest(List<Integer> depths, List<OutlineEntry> flat) {
    List<OutlineEntry> roots = new ArrayList<>();
    List<OutlineEntry> stack = new ArrayList<>();
    List<Integer> stackDepths = new ArrayList<>();
    for (int i = 0; i < flat.size(); i++) {
      int depth = depths.get(i);
      OutlineEntry e = flat.get(i);
      while (!stackDepths.isEmpty() && stackDepths.get(stackDepths.size() - 1) >= depth) {
        stack.remove(stack.size() - 1);
        stackDepths.remove(stackDepths.size() - 1);
      }
      if (stack.isEmpty()) {
        roots.add(e);
      } else {
        stack.get(stack.size() - 1).children().add(e);
      }
      stack.add(e);
      stackDepths.add(depth);
    }
    return roots;
  }
}
