package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.i18n.Language;
import org.briefing.render.UnsupportedContentException;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The organisation's logo is in the PDF whatever its allowed type, or the PDF is refused. */
class PdfLogoTest {
  /** A pure green box: no other part of a briefing's page is this colour. */
  private static final String SVG_LOGO =
      "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40' viewBox='0 0 120 40'>"
          + "<rect width='120' height='40' fill='#00ff00'/></svg>";

  private static Document withLogo(byte[] bytes, String type) {
    Meta meta =
        Meta.builder("logo", "A note", Language.EN)
            .branding(
                Optional.of(
                    new Branding(
                        "Baltic Institute",
                        Optional.of(new Branding.Logo(bytes, type)),
                        Optional.empty())))
            .build();
    return new Document(
        meta, List.of(new Block.Paragraph(List.of(new Inline.Text("One paragraph.")))));
  }

  @Test
  void anSvgLogoIsDrawnOnTheFirstPageAsAFigureWithItsAltText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.builder()
        .build()
        .render(withLogo(SVG_LOGO.getBytes(StandardCharsets.UTF_8), "image/svg+xml"), out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
      int green = 0;
      for (int y = 0; y < page.getHeight() / 4; y++) {
        for (int x = 0; x < page.getWidth(); x++) {
          int rgb = page.getRGB(x, y) & 0xffffff;
          if ((rgb >> 16) < 0x20 && ((rgb >> 8) & 0xff) > 0xe0 && (rgb & 0xff) < 0x20) {
            green++;
          }
        }
      }
      // 28 pt high and three times as wide (the SVG's proportions): about 84 × 28 at 72 dpi.
      assertThat(green).isBetween(1800, 2700);
      List<PDStructureElement> figures = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);
      assertThat(figures)
          .anyMatch(f -> "Baltic Institute logo".equals(f.getAlternateDescription()));
    }
    assertThat(VeraPdf.failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(VeraPdf.failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void aLogoTypeThePdfCannotDrawIsRefusedNotLeftOut() {
    assertThatThrownBy(
            () ->
                PdfRenderer.builder()
                    .build()
                    .render(
                        withLogo(new byte[] {'G', 'I', 'F', '8', '9', 'a'}, "image/gif"),
                        new ByteArrayOutputStream()))
        .isInstanceOf(UnsupportedContentException.class)
        .hasMessage("a PDF here holds a PNG, JPEG or SVG logo; got image/gif");
  }

  private static void collect(PDStructureNode node, List<PDStructureElement> out) {
    for (Object k : node.getKids()) {
      if (k instanceof PDStructureElement e) {
        if (e.getStructureType().equals("Figure")) {
          out.add(e);
        }
        collect(e, out);
      }
    }
  }
}
