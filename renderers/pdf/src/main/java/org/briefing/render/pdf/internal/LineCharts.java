package org.briefing.render.pdf.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Draws a line chart ({@link Block.ChartKind#LINE}) as lines in the PDF: the HTML renderer draws
 * every chart as bars, so the PDF renderer replaces the drawing of each line-chart figure (found by
 * its id) with an SVG of its own: one polyline per series with a point and the value with its unit
 * ("22.6 trillion", "91.6%") at each category, the categories along the bottom, a zero line when
 * values are negative, and a legend for several series. Text alternative and title are kept.
 *
 * <pre>{@code LineCharts.replace(modelDocument, xhtmlDom);}</pre>
 */
public final class LineCharts {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final int WIDTH = 480;
  private static final int HEIGHT = 240;
  private static final int LEFT = 20;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;
  private static final String[] COLOURS = {"#1f4e79", "#b35900", "#2e7d32", "#6a1b9a", "#555555"};

  private LineCharts() {}

  /** Replaces the drawing of every line chart of {@code model} that has an id in {@code dom}. */
  public static void replace(org.briefing.document.Document model, Document dom) {
    Map<String, Block.Figure> lines = new LinkedHashMap<>();
    // Every line-chart figure with an id, in any block's nested blocks.
    AbstractVisitor charts =
        new AbstractVisitor() {
          @Override
          public void visit(Block.Figure f) {
            if (f.chart().kind() == Block.ChartKind.LINE
                && !f.id().isEmpty()
                && !f.chart().categories().isEmpty()) {
              lines.putIfAbsent(f.id(), f);
            }
          }
        };
    model.blocks().forEach(b -> b.accept(charts));
    if (lines.isEmpty()) {
      return;
    }
    // The figures by id, found in one walk (the parsed XHTML declares no attribute an ID, so
    // Document.getElementById finds none; a walk per chart would grow with charts × size).
    Map<String, Element> figures = new LinkedHashMap<>();
    NodeList all = dom.getElementsByTagNameNS("*", "figure");
    for (int i = 0; i < all.getLength(); i++) {
      Element f = (Element) all.item(i);
      figures.putIfAbsent(f.getAttribute("id"), f);
    }
    for (Map.Entry<String, Block.Figure> e : lines.entrySet()) {
      Element figure = figures.get(e.getKey());
      if (figure == null) {
        continue;
      }
      NodeList svgs = figure.getElementsByTagNameNS(SVG_NS, "svg");
      if (svgs.getLength() == 0) {
        continue;
      }
      Element old = (Element) svgs.item(0);
      old.getParentNode().replaceChild(svg(dom, e.getValue(), old), old);
    }
  }

  /** The value as written with its unit: a word unit after a space, a sign such as % without. */
  static String withUnit(String formatted, String unit) {
    if (unit == null || unit.isBlank()) {
      return formatted;
    }
    return Character.isLetter(unit.strip().codePointAt(0))
        ? formatted + " " + unit.strip()
        : formatted + unit.strip();
  }

  private static Element svg(Document dom, Block.Figure figure, Element old) {
    Block.Chart chart = figure.chart();
    double min = 0;
    double max = 0;
    for (Block.Series s : chart.series()) {
      for (Block.Value v : s.values()) {
        if (v.number() != null) {
          min = Math.min(min, v.number().doubleValue());
          max = Math.max(max, v.number().doubleValue());
        }
      }
    }
    double span = max - min == 0 ? 1 : max - min;
    int legend = chart.multiSeries() ? 18 * chart.series().size() : 0;
    int height = HEIGHT + legend;
    int n = chart.categories().size();
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    Element svg = dom.createElementNS(SVG_NS, "svg");
    for (String a : List.of("class", "role", "aria-labelledby", "alt", "font-family")) {
      if (old.hasAttribute(a)) {
        svg.setAttribute(a, old.getAttribute(a));
      }
    }
    svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
    svg.setAttribute("width", Integer.toString(WIDTH));
    svg.setAttribute("height", Integer.toString(height));
    svg.setAttribute("font-size", "11");
    for (String tag : List.of("title", "desc")) {
      NodeList l = old.getElementsByTagNameNS(SVG_NS, tag);
      if (l.getLength() > 0) {
        svg.appendChild(l.item(0).cloneNode(true));
      }
    }
    Element g = el(dom, svg, "g", "aria-hidden", "true");
    double zeroY = TOP + (max - 0) / span * plotH;
    el(
        dom,
        g,
        "line",
        "x1",
        num(LEFT),
        "y1",
        num(zeroY),
        "x2",
        num(WIDTH - RIGHT),
        "y2",
        num(zeroY),
        "stroke",
        "#555555",
        "stroke-width",
        "1");
    for (int c = 0; c < n; c++) {
      double x = n == 1 ? LEFT + plotW / 2 : LEFT + c * plotW / (n - 1);
      Element label =
          el(
              dom,
              g,
              "text",
              "x",
              num(x),
              "y",
              num(HEIGHT - BOTTOM + 16),
              "text-anchor",
              c == 0 ? "start" : c == n - 1 ? "end" : "middle",
              "fill",
              "#1a1a1a");
      label.setTextContent(chart.categories().get(c));
    }
    for (int s = 0; s < chart.series().size(); s++) {
      Block.Series series = chart.series().get(s);
      String colour = COLOURS[s % COLOURS.length];
      List<String> points = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        Block.Value v = series.values().get(c);
        if (v.number() == null) {
          continue;
        }
        double x = n == 1 ? LEFT + plotW / 2 : LEFT + c * plotW / (n - 1);
        double y = TOP + (max - v.number().doubleValue()) / span * plotH;
        points.add(num(x) + "," + num(y));
        el(dom, g, "circle", "cx", num(x), "cy", num(y), "r", "3", "fill", colour);
        Element value =
            el(
                dom,
                g,
                "text",
                "x",
                num(x),
                "y",
                num(y - 6),
                "text-anchor",
                c == 0 ? "start" : c == n - 1 ? "end" : "middle",
                "fill",
                "#1a1a1a");
        value.setTextContent(withUnit(v.formatted(), chart.unit()));
      }
      if (points.size() > 1) {
        el(
            dom,
            g,
            "polyline",
            "points",
            String.join(" ", points),
            "fill",
            "none",
            "stroke",
            colour,
            "stroke-width",
            "2");
      }
      if (chart.multiSeries()) {
        double y = HEIGHT + 18 * s + 4;
        el(
            dom,
            g,
            "line",
            "x1",
            num(LEFT),
            "y1",
            num(y),
            "x2",
            num(LEFT + 24),
            "y2",
            num(y),
            "stroke",
            colour,
            "stroke-width",
            "2");
        el(dom, g, "text", "x", num(LEFT + 30), "y", num(y + 4), "fill", "#1a1a1a")
            .setTextContent(series.name());
      }
    }
    return svg;
  }

  private static Element el(Document dom, Element parent, String tag, String... attrs) {
    Element e = dom.createElementNS(SVG_NS, tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      e.setAttribute(attrs[i], attrs[i + 1]);
    }
    parent.appendChild(e);
    return e;
  }

  private static String num(double v) {
    return new BigDecimal(v)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString()
        .toLowerCase(Locale.ROOT);
  }
}
