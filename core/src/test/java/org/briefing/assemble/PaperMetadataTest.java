package org.briefing.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Paper;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.briefing.testing.SmallCorpus;
import org.junit.jupiter.api.Test;

/** The paper's metadata that renderers write into files is plain text, not inline Markdown. */
class PaperMetadataTest {
  @Test
  void thePapersTitleJournalAndPublisherAreItsPlainText() {
    Map<String, String> files = new java.util.LinkedHashMap<>(SmallCorpus.files());
    files.put(
        "article.yaml",
        files
            .get("article.yaml")
            .replace(
                "title: \"The Role of Small States in Promoting International Security: Lithuania"
                    + " Strategy\"",
                "title: \"*Foreign* Holdings & `Debt` \\\\[x\\\\]\"")
            .replace(
                "year: 2022\n",
                """
                year: 2022
                publisher: "**Congressional** Research Service"
                journal: {title: "_Journal_ of Examples"}
                """));
    Corpus corpus = CorpusReader.read("small", files).corpus();
    Paper paper =
        Assembler.of(corpus)
            .withEnvironment(Map.of())
            .assemble(
                SpecReader.of(corpus)
                    .withFormats(List.of())
                    .read("t.yaml", "sections: [abstract]\n"))
            .document()
            .meta()
            .paper()
            .orElseThrow();
    assertEquals("Foreign Holdings & Debt [x]", paper.title());
    assertEquals("Congressional Research Service", paper.publisher());
    assertEquals("Journal of Examples", paper.journal());
  }
}
