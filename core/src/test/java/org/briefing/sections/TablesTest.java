package org.briefing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.testing.Badges;
import org.briefing.testing.PlainText;
import org.briefing.testing.SmallCorpus;
import org.junit.jupiter.api.Test;

/** Translation marks of a table: once for the table, per cell only where cells differ. */
class TablesTest {
  private static final Voice PL = Voice.of(SmallCorpus.corpus(), Language.PL);
  private static final String DRAFT = "draft-translation";
  private static final String STALE = "stale-translation";

  private static Block.Cell cell(String text, String badge) {
    List<Inline> content = new ArrayList<>(List.of(new Inline.Text(text)));
    if (badge != null) {
      content.set(0, new Inline.Text(text + " "));
      content.add(new Inline.Badge(badge));
    }
    return new Block.Cell(false, List.of(new Block.Paragraph(content)));
  }

  private static Block.Table table(String... badges) {
    List<Block.Cell> cells = new ArrayList<>();
    for (int i = 0; i < badges.length; i++) {
      cells.add(cell("komórka " + i, badges[i]));
    }
    return new Block.Table(
        "t",
        List.of(new Inline.Text("Tabela 1. Tytuł "), new Inline.Badge(DRAFT)),
        List.of(),
        List.of(new Block.Row(cells)),
        List.of(
            new Block.Paragraph(List.of(new Inline.Text("Źródło: X "), new Inline.Badge(DRAFT)))));
  }

  private static List<String> badges(Block b) {
    return Badges.of(b);
  }

  @Test
  void aTableWhollyInDraftIsMarkedOnceAtItsCaptionAndInANote() {
    Block.Table t = Tables.markedOnce(PL, table(DRAFT, DRAFT, DRAFT));
    assertEquals(List.of(DRAFT), badges(t));
    assertEquals(new Inline.Badge(DRAFT), t.caption().get(t.caption().size() - 1));
    assertEquals("Tabela 1. Tytuł", PlainText.of(t.caption().subList(0, 1)));
    assertEquals("komórka 0\n", PlainText.of(t.body().get(0).cells().get(0).content()));
    assertEquals(PL.label("table-translation." + DRAFT) + "\nŹródło: X\n", PlainText.of(t.notes()));
  }

  @Test
  void aCaptionWithAMarkOfItsOwnGetsNoSecondMark() {
    Block.Table drafts = table(DRAFT, DRAFT, DRAFT);
    Block.Table englishTitle =
        new Block.Table(
            drafts.id(),
            List.of(new Inline.Text("Table 1. Title "), new Inline.Badge("missing-translation")),
            drafts.head(),
            drafts.body(),
            drafts.notes());
    Block.Table t = Tables.markedOnce(PL, englishTitle);
    assertEquals(List.of("missing-translation"), badges(new Block.Paragraph(t.caption())));
    assertEquals(
        PL.label("table-translation." + DRAFT), PlainText.of(t.notes().subList(0, 1)).strip());
  }

  @Test
  void aCellInAnotherStateKeepsItsOwnMark() {
    Block.Table t = Tables.markedOnce(PL, table(DRAFT, STALE, DRAFT));
    assertEquals(List.of(DRAFT, STALE), badges(t));
    List<Block.Cell> cells = t.body().get(0).cells();
    assertEquals(List.of(), badges(cells.get(0).content().get(0)));
    assertEquals(List.of(STALE), badges(cells.get(1).content().get(0)));
    assertEquals(List.of(), badges(cells.get(2).content().get(0)));
  }

  @Test
  void aTableWithACheckedCellKeepsItsMarksWhereTheyAre() {
    Block.Table before = table(DRAFT, null, DRAFT);
    assertSame(before, Tables.markedOnce(PL, before));
  }
}
