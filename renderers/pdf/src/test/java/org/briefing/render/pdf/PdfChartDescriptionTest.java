package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.document.SampleDocuments.ENGLISH_DESCRIPTION;
import static org.briefing.document.SampleDocuments.MIXED_DESCRIPTION;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.SampleDocuments;
import org.junit.jupiter.api.Test;

/**
 * A chart's or a picture's description in English in a Polish PDF (no translation of its title and
 * labels) is tagged English on its {@code Figure} ({@code /Lang} beside {@code /Alt}); one mostly
 * in Polish is not; and a label's "not yet translated" badge in the table of the numbers is tagged
 * Polish inside the English cell. The descriptions were tagged with the document's Polish.
 */
class PdfChartDescriptionTest {
  private static Block.Figure figure(String id, Block.ChartKind kind, Block.AltText alt) {
    return new Block.Figure(
        id,
        List.of(new Inline.Text("Handel")),
        SampleDocuments.polishChart(kind, ""),
        alt,
        List.of());
  }

  @Test
  void anEnglishDescriptionIsTaggedEnglishOnItsFigure() throws IOException {
    // Line charts: the PDF draws them as pictures (a bar chart of no value below zero is text).
    Document d =
        SampleDocuments.polishNote(
            List.of(
                figure("fig-en", Block.ChartKind.LINE, ENGLISH_DESCRIPTION),
                figure("fig-mixed", Block.ChartKind.LINE, MIXED_DESCRIPTION),
                new Block.Image(
                    "pic",
                    List.of(),
                    SampleDocuments.ONE_PIXEL_PNG,
                    "image/png",
                    ENGLISH_DESCRIPTION,
                    List.of())));
    try (PDDocument pdf = Loader.loadPDF(PdfRendererTest.render(d))) {
      List<PDStructureElement> figures = new ArrayList<>();
      PdfLayoutCasesTest.collect(
          pdf.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
      String english = ENGLISH_DESCRIPTION.text();
      assertThat(figures)
          .extracting(f -> f.getAlternateDescription() + " / " + f.getLanguage())
          .containsExactly(
              english + " / en", MIXED_DESCRIPTION.text() + " / null", english + " / en");
    }
  }

  @Test
  void aBadgeInAnEnglishLabelsCellIsTaggedPolish() throws IOException {
    Document d =
        SampleDocuments.polishNote(List.of(figure("fig", Block.ChartKind.BAR, MIXED_DESCRIPTION)));
    try (PDDocument pdf = Loader.loadPDF(PdfRendererTest.render(d))) {
      List<PDStructureElement> headers = new ArrayList<>();
      PdfLayoutCasesTest.collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "TH", headers);
      List<String> english = new ArrayList<>();
      for (PDStructureElement th : headers) {
        if ("en".equals(th.getLanguage())) {
          for (Object kid : th.getKids()) {
            if (kid instanceof PDStructureElement e) {
              english.add(e.getStructureType() + " " + e.getLanguage());
            }
          }
        }
      }
      // The row header of "Poland" holds the badge, tagged Polish.
      assertThat(english).containsExactly("Span pl");
    }
  }
}
