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
