package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class GlyphWidthsTest {
  private static final List<String> FACES =
      List.of(
          "DejaVuSerif.ttf",
          "DejaVuSerif-Bold.ttf",
          "DejaVuSerif-Italic.ttf",
          "DejaVuSans.ttf",
          "DejaVuSansMono.ttf");

  private static TrueTypeFont font(String file) throws IOException {
    try (InputStream in =
        GlyphWidthsTest.class.getResourceAsStream("/org/briefing/render/pdf/fonts/core/" + file)) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  /**
   * A string's width is PDFBox's own, to the bit: every character the face has below U+2500 alone,
   * and random runs of them (where float rounding of a long sum would show a different order).
   */
  @Test
  void aStringsWidthIsPdfBoxsOwnToTheBit() throws IOException {
    Random random = new Random(27);
    for (String face : FACES) {
      try (PDDocument document = new PDDocument()) {
        PDType0Font font = FastCodes.install(PDType0Font.load(document, font(face), true));
        GlyphWidths.Widths widths = new GlyphWidths.Widths(font);
        List<String> covered = new ArrayList<>();
        for (int c = 0x20; c < 0x2500; c++) {
          String one = new String(Character.toChars(c));
          try {
            font.getStringWidth(one);
            covered.add(one);
          } catch (IllegalArgumentException noGlyph) {
            // measured by the engine's fallback; see the test below
          }
        }
        assertThat(covered).as(face).hasSizeGreaterThan(300);
        List<String> strings = new ArrayList<>(covered);
        strings.add("");
        strings.add("Źródła: „Strategia bezpieczeństwa” z 24 lutego 2022 r., 12,5 % — koniec.");
        strings.add("The Lithuanian government’s 2.5% of GDP (€1.2 billion) in 2023–2024.");
        for (int i = 0; i < 400; i++) {
          StringBuilder run = new StringBuilder();
          for (int n = random.nextInt(60); n >= 0; n--) {
            run.append(covered.get(random.nextInt(covered.size())));
          }
          strings.add(run.toString());
        }
        for (String s : strings) {
          assertThat(Float.floatToIntBits(widths.of(s)))
              .as("%s: %s", face, s)
              .isEqualTo(Float.floatToIntBits(font.getStringWidth(s)));
        }
      }
    }
  }

  /** A character the face has no glyph for leaves the string to the engine's own measuring. */
  @Test
  void aCharacterWithoutAGlyphGivesNoWidth() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, font("DejaVuSerif.ttf"), true);
      String text = "tekst 中文";
      assertThatThrownBy(() -> font.getStringWidth(text))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new GlyphWidths.Widths(font).of(text)).isNaN();
    }
  }

  /**
   * A page laid out and drawn with the widths kept is the page the engine draws with its own
   * measuring, operator for operator: Polish and English text justified and broken over lines, bold
   * and italic runs, a table, and a word in a script the face lacks (measured by the engine).
   */
  @Test
  void aPageIsDrawnExactlyAsWithTheEnginesOwnMeasuring() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      body.append(
          "<p style=\"text-align: justify\">W dniu 24 lutego 2022 r. <b>Rosja</b> zaatakowała"
              + " Ukrainę; „małe państwa” – jak Litwa – <i>wzmacniają</i> bezpieczeństwo"
              + " regionu, wydając 2,5 % PKB. Small states shape the alliance’s agenda"
              + " (NATO, 2023–2024) with well-argued proposals 中文.</p>");
    }
    body.append(
        "<table><tr><th>Rok</th><th>Wydatki</th></tr><tr><td>2022</td><td>1,2 mld €</td></tr>"
            + "</table>");
    List<byte[]> own = draw(body.toString(), false);
    List<byte[]> kept = draw(body.toString(), true);
    assertThat(kept).hasSameSizeAs(own);
    for (int i = 0; i < own.size(); i++) {
      assertThat(new String(kept.get(i), java.nio.charset.StandardCharsets.ISO_8859_1))
          .as("page %d", i + 1)
          .isEqualTo(new String(own.get(i), java.nio.charset.StandardCharsets.ISO_8859_1));
    }
  }

  /** Each page's content stream (uncompressed, as the engine writes it here). */
  private static List<byte[]> draw(String body, boolean keptWidths) throws IOException {
    String page =
        "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"pl\"><head>"
            + "<title>T</title><style>body { font-family: \"DejaVu Serif\"; }</style></head><body>"
            + body
            + "</body></html>";
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.withW3cDocument(XhtmlFixes.apply(page).document(), null);
      EngineOptions.apply(builder, "pl");
      EmbeddedFonts.register(builder, pdf);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        if (keptWidths) {
          GlyphWidths.install(renderer);
        }
        renderer.layout();
        renderer.createPDFWithoutClosing();
        if (keptWidths) {
          assertThat(((GlyphWidths) renderer.getSharedContext().getTextRenderer()).fontsMeasured())
              .isPositive();
        }
      }
      List<byte[]> pages = new ArrayList<>();
      for (PDPage p : pdf.getPages()) {
        try (InputStream in = p.getContents()) {
          pages.add(in.readAllBytes());
        }
      }
      return pages;
    }
  }
}
