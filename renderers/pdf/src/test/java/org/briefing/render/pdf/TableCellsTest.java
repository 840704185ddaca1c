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
}
