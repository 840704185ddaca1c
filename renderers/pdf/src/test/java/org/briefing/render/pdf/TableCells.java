package org.briefing.render.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Table cells whose text crosses the cell's borders. For each row of the tag tree ({@code TR}) and
 * each page it is drawn on, the vertical borders drawn across the row's text are read from the
 * page's content stream (the engine fills each border as a thin shape); a row of n cells must have
 * n + 1 of them, and each cell's glyphs ({@code TH}, {@code TD}, in order) must lie between the
 * cell's own left and right border. A row drawn without borders (the two columns of a parallel
 * bilingual layout) is checked against its neighbours instead: the rightmost glyph edge of a cell
 * must stay left of the leftmost glyph of the cell after it.
 *
 * <pre>{@code List<String> faults = TableCells.crossings(document);}</pre>
 */
final class TableCells {
  private static final float TOLERANCE = 0.5f;

  /** A border is a filled shape at most this wide and at least this tall, in points. */
  private static final float RULE_WIDTH = 1.5f;

  private static final float RULE_HEIGHT = 4f;

  private TableCells() {}

  static List<String> crossings(PDDocument document) throws IOException {
    List<String> faults = new ArrayList<>();
    walk(TaggedText.root(document), document, new Context(), faults, new int[1]);
    return faults;
  }

  /** How many tagged table rows the PDF has, so that a check over none is noticed. */
  static int rows(PDDocument document) throws IOException {
    int[] rows = {0};
    walk(TaggedText.root(document), document, new Context(), new ArrayList<>(), rows);
    return rows[0];
  }

  /** How many rows (on one page each) were checked against drawn borders, not neighbours. */
  static int rowsWithinBorders(PDDocument document) throws IOException {
    Context context = new Context();
    walk(TaggedText.root(document), document, context, new ArrayList<>(), new int[1]);
    return context.bordered;
  }

  /** The glyphs and the vertical borders of each page, read once. */
  private static final class Context {
    final TaggedText glyphs = new TaggedText();
    int bordered;
    final Map<PDPage, List<Rule>> rules = new HashMap<>();

    List<Rule> rules(PDPage page) throws IOException {
      List<Rule> found = rules.get(page);
      if (found == null) {
        found = Rules.of(page);
        rules.put(page, found);
      }
      return found;
    }
  }

  private static void walk(
      PDStructureNode node, PDDocument document, Context context, List<String> faults, int[] rows)
      throws IOException {
    if (node instanceof PDStructureElement e && "TR".equals(e.getStructureType())) {
      rows[0]++;
      row(e, document, context, faults);
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, document, context, faults, rows);
      }
    }
  }

  private static void row(
      PDStructureElement tr, PDDocument document, Context context, List<String> faults)
      throws IOException {
    List<List<Span>> cells = new ArrayList<>();
    Map<PDPage, Integer> pages = new LinkedHashMap<>();
    for (Object kid : tr.getKids()) {
      if (kid instanceof PDStructureElement c
          && ("TD".equals(c.getStructureType()) || "TH".equals(c.getStructureType()))) {
        List<Span> spans = new ArrayList<>();
        for (TaggedText.Glyph g : context.glyphs.glyphs(c, c.getPage())) {
          float left = g.position().getXDirAdj();
          float baseline = g.position().getYDirAdj();
          int page = pages.computeIfAbsent(g.page(), p -> document.getPages().indexOf(p) + 1);
          spans.add(
              new Span(
                  page,
                  g.position().getUnicode(),
                  left,
                  left + g.position().getWidthDirAdj(),
                  baseline - g.position().getHeightDir(),
                  baseline));
        }
        cells.add(spans);
      }
    }
    for (Map.Entry<PDPage, Integer> page : pages.entrySet()) {
      List<List<Span>> here = onPage(cells, page.getValue());
      List<Rule> rules = context.rules(page.getKey());
      if (!bordersAcross(here, rules).isEmpty()) {
        context.bordered++;
      }
      outsideBorders(here, rules, page.getValue()).ifPresent(faults::add);
    }
  }

  private static List<List<Span>> onPage(List<List<Span>> cells, int page) {
    List<List<Span>> out = new ArrayList<>();
    for (List<Span> cell : cells) {
      out.add(cell.stream().filter(s -> s.page() == page).toList());
    }
    return out;
  }

  /** A glyph of a cell: its page (from 1), text, horizontal extent, and top and baseline. */
  record Span(int page, String text, float left, float right, float top, float baseline) {
    Span(int page, String text, float left, float right) {
      this(page, text, left, right, 0, 10);
    }
  }

  /** A vertical border as drawn: its horizontal extent and its top and bottom, from the top. */
  record Rule(float left, float right, float top, float bottom) {}

  /**
   * The first glyph of a row's cell (all on one page) that lies outside the cell's borders: the
   * vertical borders drawn across the row's text, one more than there are cells.
   */
  static Optional<String> outsideBorders(List<List<Span>> cells, List<Rule> rules, int page) {
    List<float[]> borders = bordersAcross(cells, rules);
    if (borders.isEmpty()) {
      return crossing(cells);
    }
    if (borders.size() != cells.size() + 1) {
      return Optional.of(
          "page %d: a row of %d cells has %d vertical borders across its text"
              .formatted(page, cells.size(), borders.size()));
    }
    for (int i = 0; i < cells.size(); i++) {
      float left = borders.get(i)[1];
      float right = borders.get(i + 1)[0];
      for (Span g : cells.get(i)) {
        if (!g.text().isBlank() && (g.left() < left - TOLERANCE || g.right() > right + TOLERANCE)) {
          return Optional.of(
              "page %d: cell %d's \"%s\" at x=%.1f-%.1f crosses its borders at x=%.1f and %.1f"
                  .formatted(page, i + 1, g.text(), g.left(), g.right(), left, right));
        }
      }
    }
    return Optional.empty();
  }

  /** The vertical borders drawn across a row's text, left to right, each as [left, right]. */
  private static List<float[]> bordersAcross(List<List<Span>> cells, List<Rule> rules) {
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (List<Span> cell : cells) {
      for (Span s : cell) {
        if (!s.text().isBlank()) {
          top = Math.min(top, s.top());
          bottom = Math.max(bottom, s.baseline());
        }
      }
    }
    List<Rule> across = new ArrayList<>();
    for (Rule r : rules) {
      if (top <= bottom && r.top() < bottom && r.bottom() > top) {
        across.add(r);
      }
    }
    return merged(across);
  }

  /** The borders from left to right, each as [left, right]; pieces that touch are one border. */
  private static List<float[]> merged(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort((a, b) -> Float.compare(a.left(), b.left()));
    List<float[]> out = new ArrayList<>();
    for (Rule r : sorted) {
      float[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r.left() <= last[1] + TOLERANCE) {
        last[1] = Math.max(last[1], r.right());
      } else {
        out.add(new float[] {r.left(), r.right()});
      }
    }
    return out;
  }

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

  /** The thin, tall shapes a page fills: the vertical borders of its tables (and other rules). */
  private static final class Rules extends PDFGraphicsStreamEngine {
    private final List<Rule> rules = new ArrayList<>();
    private final float height;
    private float minX;
    private float minY;
    private float maxX;
    private float maxY;
    private Point2D.Float current = new Point2D.Float();

    private Rules(PDPage page) {
      super(page);
      height = page.getMediaBox().getHeight();
      reset();
    }

    static List<Rule> of(PDPage page) throws IOException {
      Rules r = new Rules(page);
      r.processPage(page);
      return r.rules;
    }

    private void reset() {
      minX = Float.MAX_VALUE;
      minY = Float.MAX_VALUE;
      maxX = -Float.MAX_VALUE;
      maxY = -Float.MAX_VALUE;
    }

    private void add(Point2D p) {
      minX = Math.min(minX, (float) p.getX());
      maxX = Math.max(maxX, (float) p.getX());
      minY = Math.min(minY, (float) p.getY());
      maxY = Math.max(maxY, (float) p.getY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      add(p0);
      add(p1);
      add(p2);
      add(p3);
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
      add(current);
    }

    @Override
    public void lineTo(float x, float y) {
      current = new Point2D.Float(x, y);
      add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Float(x3, y3);
      add(new Point2D.Float(x1, y1));
      add(new Point2D.Float(x2, y2));
      add(current);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      reset();
    }

    @Override
    public void fillPath(int windingRule) {
      float w = maxX - minX;
      float h = maxY - minY;
      if (w > 0 && w <= RULE_WIDTH && h >= RULE_HEIGHT) {
        rules.add(new Rule(minX, maxX, height - maxY, height - minY));
      }
      reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      fillPath(windingRule);
    }

    @Override
    public void strokePath() {
      reset();
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
