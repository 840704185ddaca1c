package org.briefing.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.document.SampleDocuments.ENGLISH_DESCRIPTION;
import static org.briefing.document.SampleDocuments.MIXED_DESCRIPTION;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.document.SampleDocuments;
import org.junit.jupiter.api.Test;

/**
 * A picture's description in Word has no runs of its own: the run that holds the picture is in the
 * language of most of it (w:lang), English for a chart or picture described in English in a Polish
 * document, Polish for a Polish sentence naming one English label; it was always the document's.
 * The table of a chart's numbers marks a label in English for want of a translation "not yet
 * translated".
 */
class DocxChartDescriptionTest {
  private static Block.Figure figure(String id, Block.AltText alt) {
    return new Block.Figure(
        id,
        List.of(new Inline.Text("Handel")),
        SampleDocuments.polishChart(Block.ChartKind.BAR, "%"),
        alt,
        List.of());
  }

  @Test
  void aPicturesRunIsInTheLanguageOfMostOfItsDescription() {
    XWPFDocument doc =
        Docx.open(
            SampleDocuments.polishNote(
                List.of(
                    figure("en", ENGLISH_DESCRIPTION),
                    figure("mixed", MIXED_DESCRIPTION),
                    new Block.Image(
                        "pic",
                        List.of(),
                        SampleDocuments.ONE_PIXEL_PNG,
                        "image/png",
                        ENGLISH_DESCRIPTION,
                        List.of()))));
    List<String> pictures = new ArrayList<>();
    for (XWPFParagraph p : Docx.paragraphs(doc)) {
      for (XWPFRun r : p.getRuns()) {
        if (!r.getEmbeddedPictures().isEmpty()) {
          pictures.add(r.getEmbeddedPictures().get(0).getDescription() + " / " + r.getLang());
        }
      }
    }
    String english = ENGLISH_DESCRIPTION.text();
    assertThat(pictures)
        .containsExactly(
            english + " / en-GB", MIXED_DESCRIPTION.text() + " / pl-PL", english + " / en-GB");
  }

  @Test
  void anUntranslatedLabelIsMarkedInTheTableOfTheNumbers() {
    XWPFDocument doc =
        Docx.open(SampleDocuments.polishNote(List.of(figure("fig", MIXED_DESCRIPTION))));
    List<String> rows = new ArrayList<>();
    for (XWPFTableRow row : doc.getTables().get(0).getRows()) {
      rows.add(row.getCell(0).getText().strip());
    }
    assertThat(rows).containsExactly("Pozycja", "Litwa", "Poland \u00a0brak tłumaczenia\u00a0");
  }
}
