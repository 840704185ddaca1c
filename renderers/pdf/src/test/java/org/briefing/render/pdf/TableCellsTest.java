package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.render.pdf.TableCells.Span;
import org.junit.jupiter.api.Test;

class TableCellsTest {
  @Test
  void cellsSideBySideDoNotCross() {
    assertThat(
            TableCells.crossing(
                List.of(
                    List.of(new Span(1, "a", 10, 15), new Span(1, "b", 15, 20)),
                    List.of(new Span(1, "c", 30, 35)))))
        .isEmpty();
  }

  @Test
  void aGlyphPastTheNextCellsTextIsReported() {
    assertThat(
            TableCells.crossing(
                List.of(
                    List.of(new Span(2, "a", 10, 15), new Span(2, "b", 28, 33)),
                    List.of(new Span(2, "c", 30, 35)))))
        .hasValueSatisfying(f -> assertThat(f).startsWith("page 2: cell 1's \"b\""));
  }

  @Test
  void cellsOnOtherPagesOrBlankGlyphsAreNotCompared() {
    assertThat(
            TableCells.crossing(
                List.of(
                    List.of(new Span(1, "a", 40, 45), new Span(2, " ", 40, 45)),
                    List.of(new Span(2, "c", 30, 35)))))
        .isEmpty();
  }

  private static final List<TableCells.Rule> BORDERS =
      List.of(
          new TableCells.Rule(50, 50.5f, 100, 120),
          new TableCells.Rule(150, 150.5f, 100, 120),
          new TableCells.Rule(250, 250.5f, 100, 120),
          // The next row's border, below this row's text: not across it.
          new TableCells.Rule(200, 200.5f, 121, 140));

  private static Span glyph(String text, float left, float right) {
    return new Span(1, text, left, right, 105, 112);
  }

  @Test
  void glyphsBetweenTheirCellsBordersPass() {
    assertThat(
            TableCells.outsideBorders(
                List.of(List.of(glyph("a", 53, 140)), List.of(glyph("b", 153, 249))), BORDERS, 1))
        .isEmpty();
  }

  @Test
  void aGlyphPastItsCellsRightBorderIsReportedEvenWithTheNextCellEmpty() {
    assertThat(
            TableCells.outsideBorders(
                List.of(List.of(glyph("a", 53, 140), glyph("z", 140, 160)), List.of()), BORDERS, 1))
        .hasValueSatisfying(
            f -> assertThat(f).startsWith("page 1: cell 1's \"z\" at x=140.0-160.0 crosses"));
  }

  @Test
  void aRowWithoutABorderForEachCellIsReported() {
    assertThat(
            TableCells.outsideBorders(
                List.of(List.of(glyph("a", 53, 60)), List.of(glyph("b", 153, 160)), List.of()),
                BORDERS,
                1))
        .hasValue("page 1: a row of 3 cells has 3 vertical borders across its text");
  }
}
