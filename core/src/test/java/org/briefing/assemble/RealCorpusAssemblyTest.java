package org.briefing.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.model.Reference;
import org.briefing.model.Table;
import org.briefing.spec.SpecReader;
import org.briefing.testing.PlainText;
import org.junit.jupiter.api.Test;

/** The assembler against the real corpus in briefings/corpus. */
class RealCorpusAssemblyTest {
  private static final Path BRIEFINGS = Path.of("..", "briefings");
  private static final Corpus CORPUS = CorpusReader.read(BRIEFINGS.resolve("corpus")).corpus();
  private static final Assembler ASSEMBLER = Assembler.of(CORPUS).withEnvironment(Map.of());

  private static Document example(String name) {
    return ASSEMBLER
        .assemble(SpecReader.of(CORPUS).withFormats(List.of()).read(BRIEFINGS.resolve(name)))
        .document();
  }

  private static Block.Table onlyTable(Document d) {
    List<Block.Table> tables = new ArrayList<>();
    d.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Block.Table node) {
            tables.add(node);
          }
        });
    assertEquals(1, tables.size());
    return tables.get(0);
  }

  @Test
  void table1IsRegeneratedWordForWordInEnglish() {
    Table t = CORPUS.summaryTable().orElseThrow();
    Block.Table table = onlyTable(example("summary-table.yaml"));
    assertEquals("Table 1. " + t.title(), PlainText.of(table.caption()));
    assertEquals(
        t.columns().stream().map(Table.Column::label).toList(),
        table.head().get(0).cells().stream().map(c -> PlainText.of(c.content()).strip()).toList());
    assertEquals(t.rows().size(), table.body().size());
    for (int i = 0; i < t.rows().size(); i++) {
      Table.Row row = t.rows().get(i);
      List<Block.Cell> cells = table.body().get(i).cells();
      for (int c = 0; c < t.columns().size(); c++) {
        List<Table.Line> lines = row.cell(t.columns().get(c).id()).orElseThrow().lines();
        assertEquals(lines.size(), cells.get(c).content().size());
        assertEquals(
            String.join("\n", lines.stream().map(Table.Line::printed).toList()) + "\n",
            PlainText.of(cells.get(c).content()));
      }
    }
    Table.TableNote note = t.tableNotes().get(0);
    assertEquals(
        note.marker() + " " + note.text() + "\n" + "Source: " + t.source().orElseThrow() + "\n",
        PlainText.of(table.notes()));
  }

  /** The draft mark after the caption prints no text in a title: no space may trail there. */
  @Test
  void aDraftTablesTitleEndsWithItsText() {
    Document d = ASSEMBLER.table(CORPUS.summaryTable().orElseThrow(), Language.PL);
    assertEquals(
        "Tabela 1. Podsumowanie osiągnięć wielowektorowej polityki zagranicznej Litwy"
            + " w\u00a02022\u00a0r.",
        d.meta().title());
  }

  @Test
  void polishTableDatesAndBadges() {
    Document d = ASSEMBLER.table(CORPUS.summaryTable().orElseThrow(), Language.PL);
    Block.Table table = onlyTable(d);
    // Every Polish unit of Table 1 is a draft: one mark at the caption and one note, none a cell.
    assertEquals(1, d.blocks().size(), "no notice about marked cells: no cell is marked");
    List<Inline.Badge> badges = new ArrayList<>();
    table.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Badge node) {
            badges.add(node);
          }
        });
    assertEquals(List.of(new Inline.Badge("draft-translation")), badges);
    assertEquals(
        new Inline.Badge("draft-translation"), table.caption().get(table.caption().size() - 1));
    assertTrue(
        PlainText.of(table.notes().get(0)).startsWith("Tekst tej tabeli to projekt tłumaczenia"),
        PlainText.of(table.notes()));
    String effects = PlainText.of(table.body().get(0).cells().get(2).content());
    assertTrue(effects.startsWith("czerwiec: "), effects);
    assertTrue(effects.contains("od marca/kwietnia: "), effects);
    assertTrue(
        table.caption().get(0) instanceof Inline.Text t && t.text().startsWith("Tabela 1. "));
  }

  @Test
  void fullArticleHasEveryHypothesisFindingAndReference() {
    Document d = example("full-article.yaml");
    Set<String> cited = new TreeSet<>();
    Set<String> anchors = new TreeSet<>();
    List<Block.Callout> verdicts = new ArrayList<>();
    d.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Citation node) {
            node.items().forEach(i -> cited.add(i.key()));
          }

          @Override
          public void visit(Inline.Anchor node) {
            anchors.add(node.id());
          }

          @Override
          public void visit(Block.Callout node) {
            if (node.kind() == Block.CalloutKind.VERDICT) {
              verdicts.add(node);
            }
            super.visit(node);
          }
        });
    assertEquals(CORPUS.argument().items().size(), verdicts.size());
    Set<String> all = new TreeSet<>(CORPUS.references().stream().map(Reference::id).toList());
    Set<String> listed = new TreeSet<>();
    anchors.forEach(a -> listed.add(a.substring("ref-".length())));
    assertTrue(all.containsAll(listed));
    assertTrue(listed.containsAll(cited), "every cited reference is listed");
    assertEquals(all, listed, "the whole article cites every reference");
    String text = PlainText.of(d.blocks());
    CORPUS.findings().forEach(f -> assertTrue(text.contains(f.statement()), f.id()));
    assertEquals(Optional.empty(), d.meta().secondLanguage());
  }
}
