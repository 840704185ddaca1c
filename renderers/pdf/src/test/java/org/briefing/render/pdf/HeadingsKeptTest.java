package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
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
 * A parallel layout's row of headings never ends a page with the rows after it on the next one: the
 * filler rows before it are grown until the engine alone (which keeps a heading with what follows
 * it in the flow, but not a table row with the next row) leaves it at the foot of page 1, as {@link
 * LoneHeadings} reports, and the renderer's PDF of every such document has no lone heading. A
 * lead-in paragraph is kept with its list by the first layout. Headings, captions and figure
 * captions of every example are checked in {@link ExampleBriefingsPdfTest}.
 */
class HeadingsKeptTest {
  private static final int AFTER = 6;

  private static Block.Paragraph para(String text) {
    return new Block.Paragraph(List.of(new Inline.Text(text)));
  }

  private static Document document(List<Block> blocks) {
    return new Document(
        Fixtures.meta(
            Language.EN,
            "Headings",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            PageSize.A4),
        blocks);
  }

  private static List<Block> filler(int n) {
    List<Block> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(para("Paragraph " + i + " of the filler."));
    }
    return out;
  }

  /** A parallel layout: {@code n} rows of paragraphs, a row of headings, rows of paragraphs. */
  static Document parallel(int n) {
    List<Block.ParallelRow> rows = new ArrayList<>();
    for (int i = 1; i <= n + 1 + AFTER; i++) {
      if (i == n + 1) {
        rows.add(
            new Block.ParallelRow(
                List.of(new Block.Heading(2, "kept", List.of(new Inline.Text("Kept heading")))),
                List.of(
                    new Block.Heading(
                        2, "kept-pl", List.of(new Inline.Text("Zachowany nagłówek"))))));
      } else {
        rows.add(
            new Block.ParallelRow(
                List.of(para("Paragraph " + i + " of the filler.")),
                List.of(para("Akapit " + i + " wypełnienia."))));
      }
    }
    return document(List.of(new Block.Parallel(Language.EN, Language.PL, rows)));
  }

  private static byte[] pdf(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.builder().build().render(d, out);
    return out.toByteArray();
  }

  /** The number of filler paragraphs on page 1 when there are plenty. */
  private static int fillerOnPage1(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setEndPage(1);
      int last = 0;
      for (String line : s.getText(doc).split("\\R")) {
        int at = line.indexOf("Paragraph ");
        if (at >= 0) {
          String rest = line.substring(at + 10);
          last = Math.max(last, Integer.parseInt(rest.substring(0, rest.indexOf(' '))));
        }
      }
      return last;
    }
  }

  private static List<String> lone(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return LoneHeadings.of(doc);
    }
  }

  /**
   * Grows the filler before the heading across the end of page 1: the engine alone leaves the
   * heading alone for at least one length, and the renderer for none.
   */
  private static void kept(IntFunction<Document> withFiller, String heading) throws IOException {
    int full = fillerOnPage1(TableText.engineAlone(withFiller.apply(80)));
    assertThat(full).isGreaterThan(10);
    List<Integer> lonely = new ArrayList<>();
    for (int n = full - 6; n <= full; n++) {
      List<String> faults = lone(TableText.engineAlone(withFiller.apply(n)));
      if (!faults.isEmpty()) {
        assertThat(faults).singleElement().asString().startsWith("page 1: ").contains(heading);
        lonely.add(n);
      }
    }
    assertThat(lonely)
        .as("lengths at which the engine alone leaves the heading alone")
        .isNotEmpty();
    for (int n : lonely) {
      assertThat(lone(pdf(withFiller.apply(n))))
          .as("lone headings with %d paragraphs", n)
          .isEmpty();
    }
    // Nothing else moves: the document before the heading still fills page 1.
    assertThat(fillerOnPage1(pdf(withFiller.apply(lonely.get(0))))).isEqualTo(lonely.get(0));
  }

  @Test
  void aParallelRowOfHeadingsStaysWithTheRowsAfterIt() throws IOException {
    kept(HeadingsKeptTest::parallel, "Zachowany nagłówek");
  }

  /** {@code n} filler paragraphs, a lead-in ("Supporting findings") and the list it introduces. */
  static Document leadIn(int n) {
    List<Block> blocks = new ArrayList<>(filler(n));
    blocks.add(
        new Block.Paragraph(
            List.of(new Inline.Strong(List.of(new Inline.Text("Supporting findings"))))));
    List<List<Block>> items = new ArrayList<>();
    for (int i = 1; i <= AFTER; i++) {
      items.add(List.of(para("Finding " + i + " of the list.")));
    }
    blocks.add(new Block.ListBlock(false, items));
    return document(blocks);
  }

  /**
   * The first layout already keeps a lead-in with its list (the renderer would otherwise lay the
   * whole document out a second time to move it): at every length across the end of page 1 the
   * engine's own pass leaves no lone lead-in, and at one of them it moves the lead-in to page 2
   * while the filler still ends page 1. The renderer's page 1 is that pass's.
   */
  @Test
  void aLeadInMovesWithItsListInTheFirstLayout() throws IOException {
    int full = fillerOnPage1(TableText.engineAlone(leadIn(80)));
    assertThat(full).isGreaterThan(10);
    List<Integer> moved = new ArrayList<>();
    for (int n = full - 6; n <= full; n++) {
      byte[] first = TableText.engineAlone(leadIn(n));
      assertThat(lone(first))
          .as("lone lead-ins after the first layout, %d paragraphs", n)
          .isEmpty();
      boolean leadInOnPage1 = page1(first).contains("Supporting findings");
      if (fillerOnPage1(first) == n && !leadInOnPage1) {
        moved.add(n);
      }
      byte[] rendered = pdf(leadIn(n));
      assertThat(fillerOnPage1(rendered)).isEqualTo(fillerOnPage1(first));
      assertThat(page1(rendered).contains("Supporting findings")).isEqualTo(leadInOnPage1);
    }
    assertThat(moved).as("lengths at which the lead-in starts page 2").isNotEmpty();
  }

  private static String page1(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setEndPage(1);
      return s.getText(doc);
    }
  }
}
