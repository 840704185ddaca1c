package org.briefing.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Node;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.briefing.testing.Badges;
import org.briefing.testing.PlainText;
import org.junit.jupiter.api.Test;

/**
 * Draft translations are marked once a block: a list or table whose every item is a draft carries
 * one mark, not one an item (the CRS report's Polish is all draft).
 */
class DraftMarksTest {
  private static final Corpus CRS =
      CorpusReader.read(Path.of("..", "briefings", "crs-foreign-debt", "corpus")).corpus();

  private static Document doc(String yaml) {
    return Assembler.of(CRS)
        .withEnvironment(Map.of())
        .assemble(SpecReader.of(CRS).withFormats(List.of()).read("test.yaml", yaml))
        .document();
  }

  private static List<String> badges(Node n) {
    return Badges.of(n);
  }

  @Test
  void aListOfDraftItemsIsMarkedOnceBeforeIt() {
    Document d = doc("language: pl\nsections: [{type: key-points, limit: 4}]\n");
    List<Block> blocks = d.blocks();
    int list = 0;
    while (!(blocks.get(list) instanceof Block.ListBlock)) {
      list++;
    }
    Block.ListBlock items = (Block.ListBlock) blocks.get(list);
    assertEquals(4, items.items().size());
    assertEquals(List.of(), badges(items), "no item carries its own mark");
    Block lead = blocks.get(list - 1);
    assertEquals(List.of("draft-translation"), badges(lead));
    assertTrue(PlainText.of(lead).contains("Pozycje tej listy to projekt tłumaczenia"));
  }

  @Test
  void theEnglishSideOfABilingualBriefingHasNoMarkAndThePolishOneMarkPerBlock() {
    Document d =
        doc(
            "language: bilingual\n"
                + "sections: [{type: key-points, limit: 3}, {type: table, table: ownership}]\n");
    Block.Parallel p = (Block.Parallel) d.blocks().get(0);
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (Block.ParallelRow r : p.rows()) {
      r.left().forEach(b -> left.addAll(badges(b)));
      // Footnotes are notes of their own, each marked where it is printed.
      r.right().stream()
          .filter(b -> !(b instanceof Block.Footnote))
          .forEach(b -> right.addAll(badges(b)));
    }
    assertEquals(List.of(), left);
    // The list's lead paragraph and the table's caption; the key points' heading is a label.
    assertEquals(List.of("draft-translation", "draft-translation"), right);
  }

  @Test
  void aSectionWhoseEveryParagraphIsADraftIsMarkedOnce() {
    Corpus lithuania = CorpusReader.read(Path.of("..", "briefings", "corpus")).corpus();
    Document d =
        Assembler.of(lithuania)
            .withEnvironment(Map.of())
            .assemble(
                SpecReader.of(lithuania)
                    .withFormats(List.of())
                    .read(
                        "test.yaml",
                        "language: pl\nfilters: {topics: [nato]}\nsections: [executive-summary]\n"))
            .document();
    List<Block> blocks = d.blocks();
    assertTrue(blocks.size() > 3, blocks.toString());
    assertEquals(List.of("draft-translation"), badges(blocks.get(1)));
    assertTrue(PlainText.of(blocks.get(1)).contains("Tekst tej sekcji to projekt tłumaczenia"));
    for (Block b : blocks.subList(2, blocks.size())) {
      assertEquals(List.of(), badges(b), PlainText.of(b));
    }
  }
}
