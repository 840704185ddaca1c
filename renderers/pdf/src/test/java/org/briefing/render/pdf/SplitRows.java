package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * Finds each short table row that the page break splits, read from the tag tree: a {@code TR} each
 * of whose cells holds under 320 characters (a parallel layout's keywords, a data table's row)
 * whose glyphs lie on more than one page. A reader then meets one language, or half a row, at the
 * foot of a page and the rest at the head of the next.
 *
 * <pre>{@code List<String> faults = SplitRows.of(pdDocument);}</pre>
 */
final class SplitRows {
  static final int SHORT = 320;

  private final PDDocument document;
  private final TaggedText text = new TaggedText();
  private final List<String> faults = new ArrayList<>();

  private SplitRows(PDDocument document) {
    this.document = document;
  }

  /** One line per split row: its pages and the start of its text. */
  static List<String> of(PDDocument document) throws IOException {
    SplitRows s = new SplitRows(document);
    s.walk(TaggedText.root(document), null);
    return s.faults;
  }

  private void walk(PDStructureNode node, PDPage inherited) throws IOException {
    PDPage page = inherited;
    if (node instanceof PDStructureElement e) {
      if (e.getPage() != null) {
        page = e.getPage();
      }
      if ("TR".equals(e.getStandardStructureType())) {
        check(e, page);
        return;
      }
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, page);
      }
    }
  }

  private void check(PDStructureElement row, PDPage page) throws IOException {
    List<Integer> pages = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Object kid : row.getKids()) {
      if (!(kid instanceof PDStructureElement cell)) {
        continue;
      }
      PDPage cellPage = cell.getPage() != null ? cell.getPage() : page;
      StringBuilder cellText = new StringBuilder();
      for (TaggedText.Glyph g : text.glyphs(cell, cellPage)) {
        String u = g.position().getUnicode();
        cellText.append(u);
        if (!u.isBlank()) {
          int p = document.getPages().indexOf(g.page());
          if (!pages.contains(p)) {
            pages.add(p);
          }
        }
      }
      if (cellText.toString().strip().length() >= SHORT) {
        return;
      }
      all.append(cellText).append(" | ");
    }
    if (pages.size() > 1) {
      String s = all.toString().replaceAll("\\s+", " ").strip();
      faults.add(
          "a short row is split over pages "
              + pages.stream().map(p -> Integer.toString(p + 1)).toList()
              + ": \""
              + (s.length() > 60 ? s.substring(0, 60) + "…" : s)
              + "\"");
    }
  }
}
