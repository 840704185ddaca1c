package org.briefing.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.TextPosition;
import org.briefing.document.Document;
import org.briefing.render.html.HtmlRenderer;
import org.briefing.render.pdf.internal.EmbeddedFonts;
import org.briefing.render.pdf.internal.XhtmlFixes;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Tables whose text is not all drawn on the page: each table of the XHTML the engine lays out, row
 * by row and cell by cell, against the table, rows and cells of the PDF's tag tree in the same
 * order, and each cell's text against the glyphs of its tagged cell that lie inside the page's
 * content box (compared without white space; a header row repeated on each page of a long table
 * must be whole on each). The engine does not draw what overflows the page, so a glyph-by-glyph
 * check of what is drawn cannot see a clipped column; this check starts from what should have been
 * drawn.
 *
 * <pre>{@code List<String> faults = TableText.missing(pdf, document);}</pre>
 */
final class TableText {
  /** The side margin of pdf.css, 18 mm, less a little for rounding (as in {@link LayoutCheck}). */
  private static final float SIDE = 18f / 25.4f * 72f - 1f;

  private static final HtmlRenderer XHTML =
      HtmlRenderer.builder().mode(HtmlRenderer.Mode.XHTML_FOR_PDF).build();

  private TableText() {}

  /**
   * The PDF the engine alone makes of {@code document}: the renderer's XHTML and style sheet, but
   * none of the corrections of a second layout; for the tests that show each correction is needed.
   */
  static byte[] engineAlone(Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.withW3cDocument(source(document), null);
      builder.usePdfUaAccessibility(true);
      EmbeddedFonts.register(builder, pdf);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
      }
      pdf.save(out);
    }
    return out.toByteArray();
  }

  /** The XHTML the PDF renderer lays out for {@code document}. */
  static org.w3c.dom.Document source(Document document) {
    return XhtmlFixes.apply(XHTML.renderToString(document)).document();
  }

  static List<String> missing(PDDocument pdf, Document document) throws IOException {
    return missing(pdf, source(document));
  }

  /** Every fault found: a table, row or cell the tag tree lacks, or a cell's text not drawn. */
  static List<String> missing(PDDocument pdf, org.w3c.dom.Document xhtml) throws IOException {
    List<Element> sources = new ArrayList<>();
    collect(xhtml.getDocumentElement(), "table", sources);
    List<PDStructureElement> tagged = new ArrayList<>();
    tagged(TaggedText.root(pdf), "Table", tagged);
    List<String> faults = new ArrayList<>();
    if (sources.size() != tagged.size()) {
      faults.add("%d tables in the XHTML, %d tagged".formatted(sources.size(), tagged.size()));
      return faults;
    }
    TaggedText glyphs = new TaggedText();
    for (int t = 0; t < sources.size(); t++) {
      List<List<String>> rows = sourceRows(sources.get(t));
      List<List<PDStructureElement>> drawn = new ArrayList<>();
      taggedRows(tagged.get(t), drawn);
      String table = "table " + (t + 1) + id(sources.get(t));
      if (rows.size() != drawn.size()) {
        faults.add(
            "%s: %d rows in the XHTML, %d tagged".formatted(table, rows.size(), drawn.size()));
        continue;
      }
      for (int r = 0; r < rows.size(); r++) {
        List<String> cells = rows.get(r);
        List<PDStructureElement> drawnCells = drawn.get(r);
        if (cells.size() != drawnCells.size()) {
          faults.add(
              "%s, row %d: %d cells in the XHTML, %d tagged"
                  .formatted(table, r + 1, cells.size(), drawnCells.size()));
          continue;
        }
        for (int c = 0; c < cells.size(); c++) {
          String want = fold(cells.get(c));
          Map<PDPage, String> pages =
              inside(glyphs.glyphs(drawnCells.get(c), drawnCells.get(c).getPage()));
          String got = fold(String.join("", pages.values()));
          // A header row repeated on each page of a long table: its whole text on every page.
          boolean repeated =
              pages.size() > 1 && pages.values().stream().allMatch(p -> sameLetters(want, fold(p)));
          if (!sameLetters(want, got) && !repeated) {
            faults.add(
                "%s, row %d, cell %d: drawn inside the page \"%s\", expected \"%s\""
                    .formatted(table, r + 1, c + 1, got, want));
          }
        }
      }
    }
    return faults;
  }

  private static String id(Element table) {
    return table.hasAttribute("id") ? " (" + table.getAttribute("id") + ")" : "";
  }

  /** Page by page, in order, the text of the glyphs that lie wholly inside the content box. */
  private static Map<PDPage, String> inside(List<TaggedText.Glyph> glyphs) {
    Map<PDPage, StringBuilder> out = new LinkedHashMap<>();
    for (TaggedText.Glyph g : glyphs) {
      TextPosition p = g.position();
      PDRectangle box = g.page().getMediaBox();
      float left = p.getXDirAdj();
      float right = left + p.getWidthDirAdj();
      float y = p.getYDirAdj();
      StringBuilder text = out.computeIfAbsent(g.page(), k -> new StringBuilder());
      if (left >= SIDE && right <= box.getWidth() - SIDE && y >= 0 && y <= box.getHeight()) {
        text.append(p.getUnicode());
      }
    }
    Map<PDPage, String> pages = new LinkedHashMap<>();
    out.forEach((page, text) -> pages.put(page, text.toString()));
    return pages;
  }

  /** Without white space, soft hyphens, zero-width characters and word joiners. */
  static String fold(String s) {
    return s.replaceAll("[\\s\\u00A0\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]", "");
  }

  /**
   * The same characters, in order; or, where the text holds right-to-left letters (drawn in visual
   * order), the same characters in any order.
   */
  private static boolean sameLetters(String want, String got) {
    if (want.equals(got)) {
      return true;
    }
    boolean bidi =
        want.codePoints()
            .anyMatch(
                cp -> {
                  byte d = Character.getDirectionality(cp);
                  return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                      || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
                });
    return bidi && sorted(want).equals(sorted(got));
  }

  private static String sorted(String s) {
    return s.codePoints()
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .toLowerCase(Locale.ROOT);
  }

  private static void collect(Node node, String localName, List<Element> out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (localName.equals(e.getLocalName())) {
          out.add(e);
        }
        collect(e, localName, out);
      }
    }
  }

  /**
   * The text of each cell of the table's own rows (not those of a table inside a cell). In a
   * parallel layout (class "parallel"), a row whose cells hold only headings is read with the row
   * after it, each heading before the text below it, as the PDF's tag tree holds them.
   */
  private static List<List<String>> sourceRows(Element table) {
    List<List<Element>> rows = new ArrayList<>();
    ownRows(table, rows);
    boolean parallel = List.of(table.getAttribute("class").split(" ")).contains("parallel");
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Element> cells = rows.get(r);
      List<String> texts = new ArrayList<>();
      if (parallel
          && r + 1 < rows.size()
          && rows.get(r + 1).size() == cells.size()
          && cells.stream().allMatch(TableText::onlyHeadings)) {
        for (int c = 0; c < cells.size(); c++) {
          texts.add(cells.get(c).getTextContent() + rows.get(r + 1).get(c).getTextContent());
        }
        r++;
      } else {
        cells.forEach(cell -> texts.add(cell.getTextContent()));
      }
      out.add(texts);
    }
    return out;
  }

  private static boolean onlyHeadings(Element cell) {
    boolean any = false;
    for (Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (!e.getLocalName().matches("h[1-6]")) {
          return false;
        }
        any = true;
      } else if (!n.getTextContent().isBlank()) {
        return false;
      }
    }
    return any;
  }

  private static void ownRows(Element parent, List<List<Element>> rows) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      switch (e.getLocalName()) {
        case "thead", "tbody", "tfoot" -> ownRows(e, rows);
        case "tr" -> {
          List<Element> cells = new ArrayList<>();
          for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element cell
                && ("td".equals(cell.getLocalName()) || "th".equals(cell.getLocalName()))) {
              cells.add(cell);
            }
          }
          rows.add(cells);
        }
        default -> {}
      }
    }
  }

  private static void tagged(PDStructureNode node, String type, List<PDStructureElement> out) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if (type.equals(e.getStructureType())) {
          out.add(e);
        }
        tagged(e, type, out);
      }
    }
  }

  private static void taggedRows(PDStructureNode node, List<List<PDStructureElement>> rows) {
    for (Object kid : node.getKids()) {
      if (!(kid instanceof PDStructureElement e)) {
        continue;
      }
      switch (e.getStructureType()) {
        case "THead", "TBody", "TFoot" -> taggedRows(e, rows);
        case "TR" -> {
          List<PDStructureElement> cells = new ArrayList<>();
          for (Object c : e.getKids()) {
            if (c instanceof PDStructureElement cell
                && ("TD".equals(cell.getStructureType()) || "TH".equals(cell.getStructureType()))) {
              cells.add(cell);
            }
          }
          rows.add(cells);
        }
        default -> {}
      }
    }
  }
}
