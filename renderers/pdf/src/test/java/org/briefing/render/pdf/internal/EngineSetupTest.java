package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.util.ArrayList;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;

/** What the PDF renderer changes in the engine's set-up, seen in the document it lays out. */
class EngineSetupTest {
  private static String page(String body) {
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
        + "<title>T</title><style>body { font-family: \"DejaVu Serif\"; }</style></head><body>"
        + body
        + "</body></html>";
  }

  /** Lays {@code body} out into {@code pdf} as the PDF renderer does, without saving. */
  private static void layOut(PDDocument pdf, String body, boolean skipPacket) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(pdf);
    builder.withW3cDocument(XhtmlFixes.apply(page(body)).document(), null);
    EngineOptions.apply(builder, "en");
    EmbeddedFonts.register(builder, pdf);
    try (PdfBoxRenderer renderer = TableLayout.layOut(builder, new ArrayList<>())) {
      if (skipPacket) {
        assertThat(EnginePacket.skip(renderer, pdf, "en")).isTrue();
      }
      renderer.createPDFWithoutClosing();
    }
  }

  @Test
  void theEngineWritesNoXmpPacketButTheCatalogEntriesThatGoWithIt() throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      layOut(pdf, "<p>text</p>", false);
      assertThat(pdf.getDocumentCatalog().getMetadata().toByteArray()).isNotEmpty();
    }
    try (PDDocument pdf = new PDDocument()) {
      layOut(pdf, "<p>text</p>", true);
      PDDocumentCatalog catalog = pdf.getDocumentCatalog();
      // A placeholder until PdfMetadata writes the briefing's packet.
      assertThat(catalog.getMetadata().getCOSObject().hasData()).isFalse();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("en");
      assertThat(catalog.getCOSObject().keySet())
          .extracting(k -> k.getName())
          .containsSubsequence("Metadata", "MarkInfo", "Lang", "ViewerPreferences");
    }
  }

  @Test
  void aStyleSheetIsParsedOnceForAllDocumentsWithTheSameStyleElement() throws Exception {
    String css = "p { color: #123456; }";
    org.w3c.dom.Document first = XhtmlFixes.apply(withStyle(css)).document();
    StyleSheets one = new StyleSheets();
    StylesheetInfo parsed = one.getStylesheets(first)[0];
    assertThat(parsed.isInline()).isTrue();
    // What the engine does with an inline sheet, then the handler keeps it.
    Stylesheet sheet = new Stylesheet("x", StylesheetInfo.AUTHOR);
    parsed.setStylesheet(sheet);
    one.keep();

    StylesheetInfo again =
        new StyleSheets().getStylesheets(XhtmlFixes.apply(withStyle(css)).document())[0];
    assertThat(again.isInline()).isFalse();
    assertThat(again.getStylesheet()).isSameAs(sheet);

    StylesheetInfo other =
        new StyleSheets()
            .getStylesheets(XhtmlFixes.apply(withStyle("p { color: red; }")).document())[0];
    assertThat(other.isInline()).isTrue();
    assertThat(other.getStylesheet()).isNull();
  }

  private static String withStyle(String css) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
        + css
        + "</style></head><body><p>x</p></body></html>";
  }
}
