package org.briefing.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.junit.jupiter.api.Test;

class AlignmentTest {
  private static Block.Heading h(String text) {
    return new Block.Heading(2, text, List.of(new Inline.Text(text)));
  }

  private static Block.Paragraph p(String text) {
    return new Block.Paragraph(List.of(new Inline.Text(text)));
  }

  private static Block.ParallelRow row(Block left, Block right) {
    return new Block.ParallelRow(List.of(left), List.of(right));
  }

  @Test
  void aHeadingRowJoinsTheRowOfTextAfterItSoThatEachHeadingStaysAboveItsOwnText() {
    List<Block.ParallelRow> rows =
        Alignment.headingsWithText(
            List.of(
                row(h("Key points"), h("Wnioski")),
                row(p("one"), p("jeden")),
                row(p("two"), p("dwa"))));
    assertEquals(
        List.of(
            new Block.ParallelRow(
                List.of(h("Key points"), p("one")), List.of(h("Wnioski"), p("jeden"))),
            row(p("two"), p("dwa"))),
        rows);
  }

  @Test
  void aTableAfterAHeadingKeepsItsOwnRow() {
    Block.Table table = new Block.Table("t", List.of(), List.of(), List.of(), List.of());
    List<Block.ParallelRow> rows =
        List.of(row(h("Tables"), h("Tabele")), row(table, table), row(h("Last"), h("Ostatni")));
    assertEquals(rows, Alignment.headingsWithText(rows));
  }
}
