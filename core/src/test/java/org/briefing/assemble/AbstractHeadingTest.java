package org.briefing.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.i18n.Language;
import org.briefing.i18n.LocalizedText;
import org.briefing.i18n.UnitId;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.briefing.testing.PlainText;
import org.junit.jupiter.api.Test;

/**
 * The abstract's heading: the paper's own (its {@code abstract-section}'s title, as translated)
 * when the corpus gives one, else the language's "Abstract" label.
 */
class AbstractHeadingTest {
  private static final Path BRIEFINGS = Path.of("..", "briefings");

  private static String heading(Corpus corpus, String language) {
    Document d =
        Assembler.of(corpus)
            .withEnvironment(Map.of())
            .assemble(
                SpecReader.of(corpus)
                    .withFormats(List.of())
                    .read("test.yaml", "language: " + language + "\nsections: [abstract]\n"))
            .document();
    Block.Heading h = (Block.Heading) d.blocks().get(0);
    return PlainText.of(h.content()).strip();
  }

  @Test
  void aReportThatCallsItsAbstractSummaryKeepsItsHeadingInEachLanguage() {
    Corpus crs = CorpusReader.read(BRIEFINGS.resolve("crs-foreign-debt/corpus")).corpus();
    assertEquals("summary", crs.article().abstractSection().orElseThrow());
    assertEquals("Summary", heading(crs, "en"));
    // The Polish is the section title's translation (a draft, like the abstract under it, whose
    // badge covers both).
    LocalizedText polish = Voice.of(crs, Language.PL).localized(UnitId.sectionTitle("summary"));
    assertEquals(Language.PL, polish.language());
    assertEquals(polish.text(), heading(crs, "pl"));
  }

  @Test
  void thePaperWithoutOneKeepsTheLabel() {
    Corpus lithuania = CorpusReader.read(BRIEFINGS.resolve("corpus")).corpus();
    assertEquals("Abstract", heading(lithuania, "en"));
    assertEquals("Streszczenie", heading(lithuania, "pl"));
  }
}
