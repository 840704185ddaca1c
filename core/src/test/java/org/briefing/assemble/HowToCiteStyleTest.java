package org.briefing.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Block;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.briefing.testing.PlainText;
import org.briefing.testing.SmallCorpus;
import org.junit.jupiter.api.Test;

/** The how-to-cite section in the briefing's citation style (test metadata, not a real paper). */
class HowToCiteStyleTest {
  private static final Corpus CORPUS = corpus();

  private static Corpus corpus() {
    Map<String, String> files = new java.util.LinkedHashMap<>(SmallCorpus.files());
    files.put(
        "article.yaml",
        files
            .get("article.yaml")
            .replace(
                "year: 2022\n",
                """
                year: 2022
                authors: [{name: "Ada Example"}]
                published: "2022"
                journal: {title: "Journal of Examples", volume: "3", issue: "2", pages: "45-67"}
                doi: 10.1000/xyz123
                """));
    return CorpusReader.read("small", files).corpus();
  }

  private static String howToCite(String style) {
    String yaml =
        (style.isEmpty() ? "" : "citation-style: " + style + "\n") + "sections: [how-to-cite]\n";
    List<Block> blocks =
        Assembler.of(CORPUS)
            .withEnvironment(Map.of())
            .assemble(SpecReader.of(CORPUS).withFormats(List.of()).read("t.yaml", yaml))
            .document()
            .blocks();
    return PlainText.of(blocks);
  }

  @Test
  void aChosenStyleFormatsThePaperAsAJournalArticle() {
    String apa = howToCite("apa");
    assertEquals(
        true,
        apa.contains(
            "Ada Example. (2022). The Role of Small States in Promoting International Security:"
                + " Lithuania Strategy. Journal of Examples, 3(2), 45–67."
                + " https://doi.org/10.1000/xyz123"),
        apa);
  }

  @Test
  void thePapersOwnStyleKeepsItsCitationLine() {
    String own = howToCite("");
    assertEquals(
        true,
        own.contains(
            "Ada Example (2022). The Role of Small States in Promoting International Security:"
                + " Lithuania Strategy. Journal of Examples, 3(2), 45-67."),
        own);
  }
}
