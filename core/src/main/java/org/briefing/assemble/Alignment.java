package org.briefing.assemble;

import java.util.ArrayList;
import java.util.List;
import org.briefing.document.Block;

/** Pairs the blocks of one section in two languages as the rows of a parallel layout. */
final class Alignment {
  private Alignment() {}

  /**
   * Block to block when both sides have the same shape (as every corpus section does). Otherwise —
   * free text whose translations differ in paragraphs — each heading gets a row of its own and the
   * blocks between two headings share one, when both sides have the same headings; failing that,
   * the whole section is one row.
   */
  static void align(List<Block> l, List<Block> r, List<Block.ParallelRow> rows) {
    if (l.isEmpty() && r.isEmpty()) {
      return;
    }
    if (sameShape(l, r)) {
      for (int b = 0; b < l.size(); b++) {
        rows.add(new Block.ParallelRow(List.of(l.get(b)), List.of(r.get(b))));
      }
      return;
    }
    List<List<Block>> lc = runs(l);
    List<List<Block>> rc = runs(r);
    boolean pairable = lc.size() > 1 && lc.size() == rc.size();
    for (int c = 0; pairable && c < lc.size(); c++) {
      pairable = isHeading(lc.get(c)) == isHeading(rc.get(c));
    }
    if (!pairable) {
      rows.add(new Block.ParallelRow(l, r));
      return;
    }
    for (int c = 0; c < lc.size(); c++) {
      align(lc.get(c), rc.get(c), rows);
    }
  }

  /**
   * Puts each row that holds only headings together with the row of text after it, so that each
   * heading stays above its own language's text where the two columns stack (a phone, a screen
   * reader's reading order): heading and text in English, then in Polish, not both headings first.
   * The rows still start level, heading beside heading. A table or figure after a heading keeps a
   * row of its own (it takes the full width).
   */
  static List<Block.ParallelRow> headingsWithText(List<Block.ParallelRow> rows) {
    List<Block.ParallelRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Block.ParallelRow row = rows.get(i);
      if (i + 1 < rows.size() && headingsOnly(row) && flowing(rows.get(i + 1))) {
        Block.ParallelRow next = rows.get(i + 1);
        List<Block> left = new ArrayList<>(row.left());
        left.addAll(next.left());
        List<Block> right = new ArrayList<>(row.right());
        right.addAll(next.right());
        out.add(new Block.ParallelRow(left, right));
        i++;
      } else {
        out.add(row);
      }
    }
    return out;
  }

  private static boolean headingsOnly(Block.ParallelRow row) {
    return !row.left().isEmpty()
        && !row.right().isEmpty()
        && row.left().stream().allMatch(Block.Heading.class::isInstance)
        && row.right().stream().allMatch(Block.Heading.class::isInstance);
  }

  /** Whether a row starts with running text on both sides (no heading, table or figure first). */
  private static boolean flowing(Block.ParallelRow row) {
    return !row.left().isEmpty()
        && !row.right().isEmpty()
        && text(row.left().get(0))
        && text(row.right().get(0));
  }

  private static boolean text(Block b) {
    return b instanceof Block.Paragraph
        || b instanceof Block.ListBlock
        || b instanceof Block.Quote
        || b instanceof Block.Callout;
  }

  private static boolean sameShape(List<Block> l, List<Block> r) {
    if (l.size() != r.size()) {
      return false;
    }
    for (int b = 0; b < l.size(); b++) {
      if (l.get(b).getClass() != r.get(b).getClass()) {
        return false;
      }
    }
    return true;
  }

  /** Each heading alone, and the blocks between headings together, in order. */
  private static List<List<Block>> runs(List<Block> blocks) {
    List<List<Block>> out = new ArrayList<>();
    List<Block> run = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Heading) {
        if (!run.isEmpty()) {
          out.add(run);
          run = new ArrayList<>();
        }
        out.add(List.of(b));
      } else {
        run.add(b);
      }
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  private static boolean isHeading(List<Block> run) {
    return run.size() == 1 && run.get(0) instanceof Block.Heading;
  }
}
