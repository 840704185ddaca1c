package org.briefing.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.briefing.i18n.Language;
import org.junit.jupiter.api.Test;

/** Which rows of a parallel layout need the full width: the one rule every renderer asks. */
class ParallelRowTest {
  private static final Block TEXT = new Block.Paragraph(List.of(new Inline.Text("text")));
  private static final Block TABLE =
      new Block.Table(
          "t",
          List.of(),
          List.of(),
          List.of(new Block.Row(List.of(new Block.Cell(false, List.of(TEXT))))),
          List.of());

  private static boolean wide(Block left) {
    return new Block.ParallelRow(List.of(left), List.of(TEXT)).wide();
  }

  @Test
  void textIsNarrowAndTablesFiguresAndLayoutsAreWide() {
    assertFalse(wide(TEXT));
    assertFalse(wide(new Block.ListBlock(false, List.of(List.of(TEXT)))));
    assertTrue(wide(TABLE));
    assertTrue(new Block.ParallelRow(List.of(TEXT), List.of(TABLE)).wide());
    assertTrue(wide(new Block.Part("p", Language.PL, Optional.empty(), List.of(TEXT))));
    assertTrue(
        wide(
            new Block.Parallel(
                Language.EN,
                Language.PL,
                List.of(new Block.ParallelRow(List.of(TEXT), List.of(TEXT))))));
  }

  @Test
  void aWideBlockInsideAnotherMakesTheRowWide() {
    assertTrue(wide(new Block.ListBlock(false, List.of(List.of(TEXT), List.of(TABLE)))));
    assertTrue(wide(new Block.Callout(Block.CalloutKind.EDITORIAL, List.of(), List.of(TABLE))));
    assertTrue(wide(new Block.Quote(List.of(TABLE), List.of())));
  }
}
