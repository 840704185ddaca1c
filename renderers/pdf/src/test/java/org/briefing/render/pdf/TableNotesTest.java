package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.briefing.render.html.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A table's notes stay on the page of its last row, also when the table runs over several pages and
 * its last row happens to fill a page; and the {@link TableNotes} check reports notes that the
 * engine alone, laying out the same XHTML, leaves at the top of the next page.
 */
class TableNotesTest {
  private static Block.Paragraph para(String text) {
    return new Block.Paragraph(List.of(new Inline.Text(text)));
  }

  private static Block.Cell cell(String text) {
    return new Block.Cell(false, List.of(para(text)));
  }

  /** A two-column table of {@code rows} one-line rows with three lines of notes. */
  static Document longTable(int rows) {
    List<Block.Row> body = new ArrayList<>();
    for (int r = 1; r <= rows; r++) {
      body.add(new Block.Row(List.of(cell("Row " + r), cell("Value of row " + r))));
    }
    Block.Table table =
        new Block.Table(
            "table-long",
            List.of(new Inline.Text("A long table")),
            List.of(
                new Block.Row(
                    List.of(
                        new Block.Cell(true, List.of(para("Row"))),
                        new Block.Cell(true, List.of(para("Value")))))),
            body,
            List.of(
                para("Note: the first note line of the long table."),
                para("Note: the second note line of the long table."),
                para("Source: the source line of the long table.")));
    return new Document(
        Fixtures.meta(
            Language.EN,
            "Notes",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            PageSize.A4),
        List.of(para("A paragraph before the table."), table));
  }

  private static byte[] pdf(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.builder().build().render(d, out);
    return out.toByteArray();
  }

  /** The number of the last row on page {@code page} of a long table's PDF. */
  private static int lastRowOnPage(byte[] pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(page);
      s.setEndPage(page);
      int last = 0;
      for (String line : s.getText(doc).split("\\R")) {
        if (line.startsWith("Row ") && line.contains("Value of row ")) {
          last = Math.max(last, Integer.parseInt(line.substring(4, line.indexOf(' ', 4))));
        }
      }
      return last;
    }
  }

  @Test
  void notesStayWithTheLastRowWhereverThePageBreakFalls() throws IOException {
    // The rows that fill page 2 exactly: with that many rows, the notes no longer fit below.
    int full = lastRowOnPage(pdf(longTable(120)), 2);
    assertThat(full).isGreaterThan(40);
    for (int rows = full - 3; rows <= full + 1; rows++) {
      Document d = longTable(rows);
      byte[] pdf = pdf(d);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        assertThat(TableNotes.apart(doc, d)).as("notes apart with %d rows", rows).isEmpty();
        assertThat(TableText.missing(doc, d)).as("table text with %d rows", rows).isEmpty();
        // The last page holds text: the notes' bottom margin does not make a page of its own.
        PDFTextStripper last = new PDFTextStripper();
        last.setStartPage(doc.getNumberOfPages());
        assertThat(last.getText(doc)).as("last page with %d rows", rows).contains("Row ");
      }
    }
  }

  @Test
  void theCheckReportsNotesTheEngineAloneLeavesOnTheNextPage() throws IOException {
    int full = lastRowOnPage(TableText.engineAlone(longTable(120)), 2);
    Document d = longTable(full);
    try (PDDocument doc = Loader.loadPDF(TableText.engineAlone(d))) {
      assertThat(TableNotes.apart(doc, d))
          .containsExactly("table table-long: last row on page 2, notes from page 3");
    }
  }
}
