package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * Table cells whose text crosses into the next cell of the row: from the tag tree, each row's cells
 * ({@code TH}, {@code TD}) in order, and on each page the rightmost glyph edge of a cell must stay
 * left of the leftmost glyph of the cell after it. A cell whose text overflowed its border would
 * run under or over its neighbour's.
 *
 * <pre>{@code List<String> faults = TableCells.crossings(document);}</pre>
 */
final class TableCells {
  private static final float TOLERANCE = 0.5f;

  private TableCells() {}

  static List<String> crossings(PDDocument document) throws IOException {
    List<String> faults = new ArrayList<>();
    walk(TaggedText.root(document), document, new TaggedText(), faults, new int[1]);
    return faults;
  }

  /** How many tagged table rows the PDF has, so that a check over none is noticed. */
  static int rows(PDDocument document) throws IOException {
    int[] rows = {0};
    walk(TaggedText.root(document), document, new TaggedText(), new ArrayList<>(), rows);
    return rows[0];
  }

  private static void walk(
      PDStructureNode node, PDDocument document, TaggedText glyphs, List<String> faults, int[] rows)
      throws IOException {
    if (node instanceof PDStructureElement e && "TR".equals(e.getStructureType())) {
      rows[0]++;
      row(e, document, glyphs, faults);
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, document, glyphs, faults, rows);
      }
    }
  }

  private static void row(
      PDStructureElement tr, PDDocument document, TaggedText glyphs, List<String> faults)
      throws IOException {
    List<List<Span>> cells = new ArrayList<>();
    for (Object kid : tr.getKids()) {
      if (kid instanceof PDStructureElement c
          && ("TD".equals(c.getStructureType()) || "TH".equals(c.getStructureType()))) {
        List<Span> spans = new ArrayList<>();
        for (TaggedText.Glyph g : glyphs.glyphs(c, c.getPage())) {
          float left = g.position().getXDirAdj();
          spans.add(
              new Span(
                  document.getPages().indexOf(g.page()) + 1,
                  g.position().getUnicode(),
                  left,
                  left + g.position().getWidthDirAdj()));
        }
        cells.add(spans);
      }
    }
    crossing(cells).ifPresent(faults::add);
  }

  /** A glyph of a cell: its page (from 1), text and horizontal extent. */
  record Span(int page, String text, float left, float right) {}

  /** The first glyph of a row's cell that reaches past a glyph of the next cell on its page. */
  static Optional<String> crossing(List<List<Span>> cells) {
    for (int i = 0; i + 1 < cells.size(); i++) {
      for (Span g : cells.get(i)) {
        for (Span n : cells.get(i + 1)) {
          if (n.page() == g.page()
              && !g.text().isBlank()
              && !n.text().isBlank()
              && g.right() > n.left() + TOLERANCE) {
            return Optional.of(
                "page %d: cell %d's \"%s\" reaches x=%.1f, past cell %d's \"%s\" at x=%.1f"
                    .formatted(g.page(), i + 1, g.text(), g.right(), i + 2, n.text(), n.left()));
          }
        }
      }
    }
    return Optional.empty();
  }
}
