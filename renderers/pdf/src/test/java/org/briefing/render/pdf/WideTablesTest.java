package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.briefing.render.RenderReport;
import org.briefing.render.html.Fixtures;
import org.briefing.render.pdf.internal.EmbeddedFonts;
import org.junit.jupiter.api.Test;

/**
 * A table whose narrowest layout (every column as wide as its longest word) is wider than the page:
 * the engine would cut it at the page's edge. The renderer sets it smaller and, if that is not
 * enough, lets its words break, so that every cell is drawn whole inside the page.
 */
class WideTablesTest {
  /**
   * English words of up to 20 letters: too short for the long-token rule, too long for 9 columns.
   */
  private static final List<String> ENGLISH =
      List.of(
          "Internationalisation",
          "counterintelligence",
          "Telecommunications",
          "Responsibilities",
          "Interoperability",
          "Decentralisation",
          "Disproportionately",
          "Intergovernmental",
          "Parliamentarians");

  /** Polish words of up to 21 letters, as a draft translation would give them. */
  private static final List<String> POLISH =
      List.of(
          "Współodpowiedzialność",
          "kontrwywiadowczy",
          "Telekomunikacyjnych",
          "Odpowiedzialności",
          "Interoperacyjności",
          "Decentralizacyjnych",
          "Nieproporcjonalnie",
          "Międzyrządowego",
          "Międzyparlamentarnej");

  /** Too many columns of these words for 8.5 pt, few enough for 7 pt. */
  private static final int COLUMNS_WHEN_SMALLER = 5;

  private static Block.Cell cell(boolean header, boolean draft, String text) {
    List<Inline> inlines = new ArrayList<>();
    inlines.add(new Inline.Text(text));
    if (draft) {
      inlines.add(new Inline.Text(" "));
      inlines.add(new Inline.Badge("draft-translation"));
    }
    return new Block.Cell(header, List.of(new Block.Paragraph(inlines)));
  }

  private static Block.Table table(String id, List<String> words, boolean draft, int columns) {
    List<Block.Cell> head = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      head.add(cell(true, false, words.get(c % words.size())));
    }
    List<Block.Row> body = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      List<Block.Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        cells.add(cell(false, draft, words.get((c + r + 1) % words.size()) + " " + (r + 1)));
      }
      body.add(new Block.Row(cells));
    }
    return new Block.Table(
        id,
        List.of(new Inline.Text("Table " + id)),
        List.of(new Block.Row(head)),
        body,
        List.of(new Block.Paragraph(List.of(new Inline.Text("Note: " + id)))));
  }

  /** English and Polish side by side, the wide tables in a row of their own. */
  static Document bilingualWideTables(int columns) {
    Block.Parallel parallel =
        new Block.Parallel(
            Language.EN,
            Language.PL,
            List.of(
                new Block.ParallelRow(
                    List.of(new Block.Paragraph(List.of(new Inline.Text("A wide table.")))),
                    List.of(new Block.Paragraph(List.of(new Inline.Text("Szeroka tabela."))))),
                new Block.ParallelRow(
                    List.of(table("table-en", ENGLISH, false, columns)),
                    List.of(table("table-pl", POLISH, true, columns)))));
    return new Document(
        Fixtures.meta(
            Language.EN,
            "Wide tables",
            Optional.of(Language.PL),
            Optional.empty(),
            Optional.empty(),
            PageSize.A4),
        List.of(parallel));
  }

  /** The PDF, also left in target/pdf for a look. */
  private static byte[] pdf(String name, Document d, List<String> warnings) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderReport report = PdfRenderer.builder().build().renderReporting(d, out);
    warnings.addAll(report.warnings());
    Path dir = Path.of("target", "pdf");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), out.toByteArray());
    return out.toByteArray();
  }

  @Test
  void aNineColumnTableOfLongWordsIsDrawnWholeInsideThePage() throws IOException {
    Document d = bilingualWideTables(9);
    List<String> warnings = new ArrayList<>();
    byte[] pdf = pdf("wide-tables-9", d, warnings);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(TableText.missing(doc, d)).isEmpty();
      assertThat(TableCells.crossings(doc)).isEmpty();
      // Header and four rows of each table, within the borders the engine drew.
      assertThat(TableCells.rowsWithinBorders(doc)).isGreaterThanOrEqualTo(10);
    }
    assertThat(LayoutCheck.faults(pdf, LayoutCheck.OneLetter.BILINGUAL)).isEmpty();
    assertThat(warnings).isEmpty();
  }

  /**
   * The check sees a clipped table: the same XHTML laid out by the engine alone, without the
   * renderer's second layout, loses the columns past the page's edge.
   */
  @Test
  void theCheckReportsTheColumnsTheEngineAloneCutsOff() throws IOException {
    Document d = bilingualWideTables(9);
    org.w3c.dom.Document xhtml = TableText.source(d);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.withW3cDocument(xhtml, null);
      builder.usePdfUaAccessibility(true);
      EmbeddedFonts.register(builder, pdf);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
      }
      pdf.save(out);
    }
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertThat(TableText.missing(doc, xhtml))
          .isNotEmpty()
          .anyMatch(
              f -> f.matches("table \\d+ \\(table-pl\\), row 1: 9 cells in the XHTML, \\d tagged"));
    }
  }

  /** A table that fits once set smaller keeps its words whole. */
  @Test
  void aTableThatFitsWhenSmallerKeepsItsWordsWhole() throws IOException {
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "A wide table",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            List.of(table("table-en", ENGLISH, false, COLUMNS_WHEN_SMALLER)));
    List<String> warnings = new ArrayList<>();
    byte[] pdf = pdf("wide-table-smaller", d, warnings);
    List<Float> sizes = new ArrayList<>();
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(TableText.missing(doc, d)).isEmpty();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String s, List<TextPosition> positions) throws IOException {
              if (s.contains(ENGLISH.get(0))) {
                positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
              }
              super.writeString(s, positions);
            }
          };
      stripper.setSortByPosition(true);
      text = stripper.getText(doc);
    }
    for (String word : ENGLISH.subList(0, COLUMNS_WHEN_SMALLER)) {
      assertThat(text).contains(word);
    }
    assertThat(sizes).isNotEmpty().allMatch(size -> size < 8f);
    assertThat(LayoutCheck.faults(pdf, LayoutCheck.OneLetter.NONE)).isEmpty();
    assertThat(warnings).isEmpty();
  }

  /** The same kind outside tables: a code block's line with no break opportunity wraps. */
  @Test
  void aCodeBlocksLongTokenWrapsInsideThePage() throws IOException {
    String token = "x".repeat(40) + "-" + "0123456789".repeat(12);
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Code",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            List.of(new Block.Code("call(" + token + ")")));
    byte[] pdf = pdf("wide-code", d, new ArrayList<>());
    assertThat(LayoutCheck.faults(pdf, LayoutCheck.OneLetter.NONE)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(TableText.fold(new PDFTextStripper().getText(doc))).contains(token);
    }
  }
}
