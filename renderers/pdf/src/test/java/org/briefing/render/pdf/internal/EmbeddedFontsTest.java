package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The shipped faces' metrics, and which faces a render needs. */
class EmbeddedFontsTest {
  @Test
  void theShippedMetricsAreTheEnginesOwnForEveryFace() throws IOException {
    List<String> files = EmbeddedFonts.files();
    assertThat(files).hasSize(20);
    for (String file : files) {
      PdfBoxRawPDFontMetrics shipped = EmbeddedFonts.shippedMetrics(file);
      assertThat(shipped).as("fonts/metrics.tsv has %s", file).isNotNull();
      PdfBoxRawPDFontMetrics engine = enginesMetrics(file);
      // The line fonts/metrics.tsv should have, should a font file change.
      String line =
          file
              + "\t"
              + engine._ascent
              + "\t"
              + engine._descent
              + "\t"
              + engine._strikethroughOffset
              + "\t"
              + engine._strikethroughThickness
              + "\t"
              + engine._underlinePosition
              + "\t"
              + engine._underlineThickness
              + "\t"
              + engine._typoDescent;
      assertThat(shipped)
          .as(line)
          .usingRecursiveComparison()
          .comparingOnlyFields(
              "_ascent",
              "_descent",
              "_strikethroughOffset",
              "_strikethroughThickness",
              "_underlinePosition",
              "_underlineThickness",
              "_typoDescent")
          .isEqualTo(engine);
    }
  }

  @Test
  void aRenderInEveryStyleLoadsNoFaceOnlyForItsMetrics() throws IOException {
    EmbeddedFonts.MetricsCache metrics = new EmbeddedFonts.MetricsCache();
    String page =
        "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
            + "<title>T</title><style>"
            + "body { font-family: \"DejaVu Serif\"; }\n"
            + "h1 { font-family: \"DejaVu Sans\"; }\n"
            + "code { font-family: \"DejaVu Sans Mono\"; }\n"
            + "</style></head><body><h1>Heading <i>oblique</i></h1>"
            + "<p>Body <b>bold</b> <i>italic</i> <b><i>both</i></b> <code>mono <b>bold</b></code>"
            + " Łódź „cudzysłów” — 24 lutego</p></body></html>";
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.withW3cDocument(XhtmlFixes.apply(page).document(), null);
      builder.useUnicodeLineBreaker(new IcuLineBreaker("en"));
      builder.usePdfUaAccessibility(true);
      EmbeddedFonts.register(builder, pdf, metrics);
      try (PdfBoxRenderer renderer = TableLayout.layOut(builder, new ArrayList<>())) {
        renderer.createPDFWithoutClosing();
      }
    }
    assertThat(metrics.made()).isZero();

    // Without the shipped metrics the engine makes them: the count above can see a miss.
    EmbeddedFonts.MetricsCache empty = EmbeddedFonts.MetricsCache.withoutShippedMetrics();
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.withW3cDocument(XhtmlFixes.apply(page).document(), null);
      EmbeddedFonts.register(builder, pdf, empty);
      try (PdfBoxRenderer renderer = TableLayout.layOut(builder, new ArrayList<>())) {
        renderer.createPDFWithoutClosing();
      }
    }
    assertThat(empty.made()).isPositive();
  }

  @Test
  void coverageIsTheFullRegularFacesWhateverTheCoreFaceHas() throws IOException {
    List<TrueTypeFont> full = new ArrayList<>();
    for (String file : List.of("DejaVuSerif.ttf", "DejaVuSans.ttf", "DejaVuSansMono.ttf")) {
      full.add(parse(file));
    }
    TrueTypeFont core = parse("core/DejaVuSerif.ttf");
    int coveredBeyondCore = 0;
    for (int cp = 0; cp <= 0x2FFFF; cp++) {
      boolean expected = false;
      for (TrueTypeFont font : full) {
        expected |= font.getUnicodeCmapLookup().getGlyphId(cp) > 0;
      }
      assertThat(EmbeddedFonts.covers(cp)).as("U+%04X", cp).isEqualTo(expected);
      if (expected && core.getUnicodeCmapLookup().getGlyphId(cp) == 0) {
        coveredBeyondCore++;
      }
    }
    // The full faces are reached for what the core face lacks (Armenian, box drawing, ...).
    assertThat(coveredBeyondCore).isGreaterThan(1000);
  }

  private static TrueTypeFont parse(String file) throws IOException {
    try (InputStream in =
        EmbeddedFonts.class.getResourceAsStream("/org/briefing/render/pdf/fonts/" + file)) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  private static PdfBoxRawPDFontMetrics enginesMetrics(String file) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, parse(file), true);
      return PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor());
    }
  }
}
