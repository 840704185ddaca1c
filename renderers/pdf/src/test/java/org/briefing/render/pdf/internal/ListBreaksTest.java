package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A list of short items is never broken so that one item stands alone at the foot of a page or at
 * the head of the next, wherever the page break falls in it: laid out after as many lines of text
 * as put the break before, inside and after the list, with a heading before the list and without.
 */
class ListBreaksTest {
  private static final int ITEMS = 5;

  @Test
  void noShortItemIsLeftAloneOnEitherSideOfAPageBreak() throws IOException {
    // How many filler lines the first page holds: the page break then falls inside the list (and
    // its heading) after a few lines fewer.
    String first = pages(80, false).get(0);
    int perPage = 0;
    while (first.contains("Filler line " + (perPage + 1) + ".")) {
      perPage++;
    }
    assertThat(perPage).isGreaterThan(20);
    int split = 0;
    for (boolean heading : new boolean[] {true, false}) {
      for (int filler = perPage - ITEMS * 2; filler <= perPage + 1; filler++) {
        List<String> pages = pages(filler, heading);
        List<Integer> perPageItems = itemsPerPage(pages);
        String where = "after " + filler + " lines" + (heading ? ", with a heading" : "");
        assertThat(perPageItems.stream().mapToInt(Integer::intValue).sum())
            .as(where)
            .isEqualTo(ITEMS);
        List<Integer> used = perPageItems.stream().filter(c -> c > 0).toList();
        if (used.size() > 1) {
          split++;
          assertThat(used).as(where).allMatch(c -> c >= 2);
        }
        if (heading) {
          assertThat(indexOf(pages, "Sources")).as(where).isEqualTo(indexOf(pages, "Entry 1,"));
        }
      }
    }
    // The break fell inside the list in some of the layouts: the rule was exercised.
    assertThat(split).isPositive();
  }

  /**
   * A list whose first item is a paragraph of many lines does not move whole to keep its last short
   * item company: that would leave most of a page empty; the short item may stand alone.
   */
  @Test
  void aListIsNotMovedWholeWhenItsFirstItemIsLong() throws IOException {
    String first = pages(80, false).get(0);
    int perPage = 0;
    while (first.contains("Filler line " + (perPage + 1) + ".")) {
      perPage++;
    }
    String items =
        "<li>Long item. "
            + "A finding set out over several lines of text, as a list of findings has it. "
                .repeat(8)
            + "</li><li>Entry 2, 2022</li><li>Entry 3, 2022</li>";
    int alone = 0;
    for (int filler = perPage - 14; filler <= perPage - 3; filler++) {
      StringBuilder body = new StringBuilder();
      for (int i = 1; i <= filler; i++) {
        body.append("<p>Filler line ").append(i).append(".</p>");
      }
      body.append("<ul>").append(items).append("</ul>");
      List<String> pages = laidOut(html(body.toString()));
      String where = "after " + filler + " lines";
      assertThat(indexOf(pages, "Long item."))
          .as(where)
          .isEqualTo(indexOf(pages, "Filler line " + filler + "."));
      if (indexOf(pages, "Entry 3,") > indexOf(pages, "Entry 2,")) {
        alone++;
      }
    }
    // In some of the layouts the last item stood alone on the next page: the case was met.
    assertThat(alone).isPositive();
  }

  private static String page(int filler, boolean heading) {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= filler; i++) {
      body.append("<p>Filler line ").append(i).append(".</p>");
    }
    if (heading) {
      body.append("<h2>Sources</h2>");
    }
    body.append("<ul>");
    for (int i = 1; i <= ITEMS; i++) {
      body.append("<li>Entry ").append(i).append(", 2022</li>");
    }
    body.append("</ul><p>After the list.</p>");
    return html(body.toString());
  }

  private static String html(String body) {
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
        + "<title>T</title><style>body { font-family: \"DejaVu Serif\"; }"
        + " p { margin: 0; }</style></head><body>"
        + body
        + "</body></html>";
  }

  /** The text of each page of the laid-out document. */
  private static List<String> pages(int filler, boolean heading) throws IOException {
    return laidOut(page(filler, heading));
  }

  /** The text of each page of an XHTML page laid out as the renderer lays a briefing out. */
  private static List<String> laidOut(String page) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.withW3cDocument(XhtmlFixes.apply(page).document(), null);
      EngineOptions.apply(builder, "en");
      EmbeddedFonts.register(builder, pdf);
      try (PdfBoxRenderer renderer = TableLayout.layOut(builder, new ArrayList<>())) {
        renderer.createPDFWithoutClosing();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      try (PDDocument saved = Loader.loadPDF(bytes.toByteArray())) {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= saved.getNumberOfPages(); p++) {
          stripper.setStartPage(p);
          stripper.setEndPage(p);
          pages.add(stripper.getText(saved));
        }
        return pages;
      }
    }
  }

  private static List<Integer> itemsPerPage(List<String> pages) {
    List<Integer> counts = new ArrayList<>();
    for (String text : pages) {
      int count = 0;
      for (int i = 1; i <= ITEMS; i++) {
        if (text.contains("Entry " + i + ",")) {
          count++;
        }
      }
      counts.add(count);
    }
    return counts;
  }

  private static int indexOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
