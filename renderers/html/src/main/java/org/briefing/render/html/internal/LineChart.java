package org.briefing.render.html.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.document.Block;
import org.briefing.i18n.Language;
import org.briefing.i18n.Numbers;

/**
 * Draws a line chart ({@link Block.ChartKind#LINE}) as an accessible line chart in inline SVG, for
 * the screen and, as it is, for the PDF: {@code role="img"}, a {@code <title>} and a {@code <desc>}
 * named by {@code aria-labelledby}, the drawing hidden from screen readers (the numbers are also
 * given as a table by the caller).
 *
 * <p>Each category has a slot of equal width along the bottom, its label centred under its point
 * (every second, third… label when they would not fit side by side); the value axis runs from a
 * rounded step at or below the smallest value (zero included) to one at or above the largest, its
 * steps as light lines with their values on the left. Each series is a polyline joining its points
 * (a missing value leaves a gap in the line's points but no point), the first in the accent colour,
 * the others in their own colour and dash pattern, named in a legend below. Each point's value is
 * written by it when the values fit their slots and points of different series are not too close
 * ({@link #placements}). A highlighted category's point is larger and its value bold. All text is
 * kept inside the drawing's width.
 *
 * <pre>
 * {@code new LineChart(figure, "fig-2", false, "#0b5394", Locale.ENGLISH).svg() // "<svg ..."}
 * </pre>
 */
public final class LineChart {
  private static final int WIDTH = BarChart.WIDTH;
  private static final int PAD = 8;
  private static final int LINE = 17;
  private static final int PLOT_HEIGHT = 180;

  /** A generous average advance of a character of the chart's font at its size, in SVG units. */
  private static final double CHAR = 8.5;

  private static final String[] COLOURS = {"#b35900", "#2e7d32", "#7b3fa0", "#5f6b75"};
  private static final String[] DASHES = {"7 4", "2 3", "9 3 2 3", "4 2"};

  private final Block.Figure figure;
  private final String id;
  private final boolean forPdf;
  private final String accent;
  private final Locale locale;
  private final Language around;

  /** The language of the SVG element, which the labels in another one mark. */
  private final Language inside;

  /**
   * @param id the figure's id, prefix of the ids of the SVG's title and description
   * @param forPdf adds the {@code alt} attribute the PDF engine reads for PDF/UA
   * @param accent the {@code #rrggbb} colour of the first series
   * @param around the language of the text around the chart, for the numbers of the value axis; a
   *     label in another language (an English label without a translation in a Polish briefing)
   *     carries its own {@code lang}
   */
  public LineChart(Block.Figure figure, String id, boolean forPdf, String accent, Language around) {
    this.figure = figure;
    this.id = id;
    this.forPdf = forPdf;
    this.accent = accent;
    this.locale = around.locale();
    this.around = around;
    this.inside = BarChart.svgLanguage(figure, forPdf, around);
  }

  /** The value axis: its lowest and highest value and the step between its lines. */
  record Scale(BigDecimal low, BigDecimal high, BigDecimal step) {
    /** The lines of the axis, from {@code low} to {@code high}. */
    List<BigDecimal> ticks() {
      List<BigDecimal> out = new ArrayList<>();
      for (BigDecimal t = low; t.compareTo(high) <= 0; t = t.add(step)) {
        out.add(t);
      }
      return out;
    }

    double span() {
      return high.subtract(low).doubleValue();
    }
  }

  /** A scale of about four steps of 1, 2, 2.5 or 5 times a power of ten, zero included. */
  static Scale scale(double min, double max) {
    min = Math.min(min, 0);
    max = Math.max(max, 0);
    if (max - min == 0) {
      max = 1;
    }
    double raw = (max - min) / 4;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = 10 * power;
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (m * power >= raw) {
        step = m * power;
        break;
      }
    }
    BigDecimal s = new BigDecimal(Double.toString(step)).stripTrailingZeros();
    BigDecimal low = s.multiply(BigDecimal.valueOf(Math.floor(min / step + 1e-9)));
    BigDecimal high = s.multiply(BigDecimal.valueOf(Math.ceil(max / step - 1e-9)));
    return new Scale(low.stripTrailingZeros(), high.stripTrailingZeros(), s);
  }

  /** The SVG element. */
  public String svg() {
    Block.Chart chart = figure.chart();
    int n = chart.categories().size();
    double min = 0;
    double max = 0;
    for (Block.Series s : chart.series()) {
      for (Block.Value value : s.values()) {
        if (value.number() != null) {
          min = Math.min(min, value.number().doubleValue());
          max = Math.max(max, value.number().doubleValue());
        }
      }
    }
    Scale scale = scale(min, max);
    List<BigDecimal> ticks = scale.ticks();
    List<String> tickNumbers = new ArrayList<>();
    int tickChars = 0;
    for (BigDecimal t : ticks) {
      String number = tickNumber(t, scale.step());
      tickNumbers.add(number);
      tickChars = Math.max(tickChars, figure.chart().withUnit(new Block.Value(t, number)).length());
    }
    double left = PAD + tickChars * CHAR + 6;
    double right = WIDTH - PAD;
    double slot = (right - left) / n;
    double top = PAD + LINE;
    double bottom = top + PLOT_HEIGHT;

    // Category labels: wrapped to their slot; every k-th when a word is wider than the slot.
    int slotChars = Math.max(1, (int) Math.floor((slot - 4) / CHAR));
    List<List<String>> categoryLines = new ArrayList<>();
    int widest = 0;
    for (String c : chart.categories()) {
      List<String> lines = BarChart.wrap(c, slotChars);
      categoryLines.add(lines);
      for (String line : lines) {
        widest = Math.max(widest, line.length());
      }
    }
    int every = Math.max(1, (int) Math.ceil((widest * CHAR + 4) / slot));
    int labelLines = 0;
    for (int c = 0; c < n; c += every) {
      labelLines = Math.max(labelLines, categoryLines.get(c).size());
    }
    if (every > 1) {
      // Labels several slots apart may use the room of the slots between them.
      categoryLines.clear();
      labelLines = 0;
      int chars = Math.max(1, (int) Math.floor((slot * every - 4) / CHAR));
      for (String c : chart.categories()) {
        List<String> lines = BarChart.wrap(c, chars);
        categoryLines.add(lines);
      }
      for (int c = 0; c < n; c += every) {
        labelLines = Math.max(labelLines, categoryLines.get(c).size());
      }
    }

    int[][] placed = placements(chart, scale, top, slot);
    boolean below = false;
    for (int[] p : placed) {
      for (int v : p) {
        below |= v < 0;
      }
    }
    // Room under the plot for values written below their points.
    double labelsTop = bottom + (below ? LINE + 4 : 0);

    Markup g = new Markup();
    for (int t = 0; t < ticks.size(); t++) {
      double y = y(ticks.get(t).doubleValue(), scale, top);
      boolean zero = ticks.get(t).signum() == 0;
      g.empty(
          "line",
          "x1",
          BarChart.num(left),
          "y1",
          BarChart.num(y),
          "x2",
          BarChart.num(right),
          "y2",
          BarChart.num(y),
          "class",
          zero ? "chart-axis" : "chart-grid",
          "stroke",
          zero ? "#555555" : "#d0d4d8",
          "stroke-width",
          "1");
      g.open(
              "text",
              "x",
              BarChart.num(left - 6),
              "y",
              BarChart.num(y + 4),
              "text-anchor",
              "end",
              "class",
              "chart-tick",
              "fill",
              "#4d4d4d")
          .raw(withUnit(new Block.Value(ticks.get(t), tickNumbers.get(t))))
          .close("text");
    }
    for (int c = 0; c < n; c += every) {
      List<String> lines = categoryLines.get(c);
      int chars = lines.stream().mapToInt(String::length).max().orElse(0);
      // Centred under its point, but kept inside the drawing.
      double half = chars * CHAR / 2;
      double x = Math.max(PAD + half, Math.min(WIDTH - PAD - half, x(c, left, slot)));
      String lang = BarChart.lang(chart.categoryLanguage(c), around, inside);
      for (int l = 0; l < lines.size(); l++) {
        BarChart.label(g, x, labelsTop + LINE * (l + 1), "middle", lines.get(l), lang);
      }
    }
    for (int s = 0; s < chart.series().size(); s++) {
      series(g, chart, s, scale, top, left, slot, placed[s]);
    }
    int height = (int) Math.ceil(labelsTop + LINE * labelLines + 6);
    if (chart.multiSeries()) {
      int chars = (int) Math.floor((right - PAD - 34) / CHAR);
      for (int s = 0; s < chart.series().size(); s++) {
        List<String> lines = BarChart.wrap(chart.series().get(s).name(), chars);
        double y = height + LINE / 2.0;
        g.empty(
            "line",
            "x1",
            BarChart.num(PAD),
            "y1",
            BarChart.num(y),
            "x2",
            BarChart.num(PAD + 26),
            "y2",
            BarChart.num(y),
            "class",
            s == 0 ? "chart-line" : null,
            "stroke",
            colour(s),
            "stroke-width",
            "2.5",
            "stroke-dasharray",
            dash(s));
        String lang = BarChart.lang(chart.series().get(s).nameLanguage(), around, inside);
        for (int l = 0; l < lines.size(); l++) {
          BarChart.label(g, PAD + 34, height + LINE * (l + 1) - 4, null, lines.get(l), lang);
        }
        height += LINE * lines.size() + 4;
      }
    }
    height += PAD;

    return BarChart.picture(
        figure, id, forPdf, around, "chart-svg chart-svg-line", height, g.toString());
  }

  private void series(
      Markup g,
      Block.Chart chart,
      int s,
      Scale scale,
      double top,
      double left,
      double slot,
      int[] placed) {
    Block.Series series = chart.series().get(s);
    List<String> points = new ArrayList<>();
    Markup marks = new Markup();
    for (int c = 0; c < series.values().size(); c++) {
      Block.Value value = series.values().get(c);
      if (value.number() == null) {
        continue;
      }
      boolean highlight = chart.highlighted().get(c);
      double x = x(c, left, slot);
      double y = y(value.number().doubleValue(), scale, top);
      points.add(BarChart.num(x) + "," + BarChart.num(y));
      marks.empty(
          "circle",
          "cx",
          BarChart.num(x),
          "cy",
          BarChart.num(y),
          "r",
          highlight ? "5.5" : "3.5",
          "class",
          s == 0 ? "chart-point" : null,
          "fill",
          colour(s));
      if (placed[c] != 0) {
        marks
            .open(
                "text",
                "x",
                BarChart.num(x),
                "y",
                BarChart.num(placed[c] > 0 ? y - 9 : y + 9 + 13),
                "text-anchor",
                "middle",
                "class",
                "chart-value",
                "fill",
                "#1a1a1a",
                "font-weight",
                highlight ? "bold" : null)
            .raw(withUnit(value))
            .close("text");
      }
    }
    if (points.size() > 1) {
      g.empty(
          "polyline",
          "points",
          String.join(" ", points),
          "class",
          s == 0 ? "chart-line" : null,
          "fill",
          "none",
          "stroke",
          colour(s),
          "stroke-width",
          "2.5",
          "stroke-linejoin",
          "round",
          "stroke-dasharray",
          dash(s));
    }
    g.raw(marks.toString());
  }

  /** Points closer than this (vertically) cannot both have their value above them. */
  private static final double LABEL_ROOM = 24;

  /**
   * For each series and category, whether the value is written above its point (1), below it (-1)
   * or not at all (0). Values are written when each fits its category's slot and, in every
   * category, the points are far enough apart for a value above each; of two close points, the
   * lower one's value is written below it. Otherwise no value is written (the table has them).
   */
  private static int[][] placements(Block.Chart chart, Scale scale, double top, double slot) {
    int n = chart.categories().size();
    int[][] out = new int[chart.series().size()][n];
    for (Block.Series s : chart.series()) {
      for (Block.Value value : s.values()) {
        if (value.number() != null && chart.withUnit(value).length() * CHAR + 4 > slot) {
          return out;
        }
      }
    }
    int[][] placed = new int[chart.series().size()][n];
    for (int c = 0; c < n; c++) {
      List<double[]> points = new ArrayList<>();
      for (int s = 0; s < chart.series().size(); s++) {
        Block.Value value = chart.series().get(s).values().get(c);
        if (value.number() != null) {
          points.add(new double[] {y(value.number().doubleValue(), scale, top), s});
        }
      }
      points.sort((a, b) -> Double.compare(a[0], b[0]));
      boolean apart = true;
      for (int i = 1; i < points.size(); i++) {
        apart &= points.get(i)[0] - points.get(i - 1)[0] >= LABEL_ROOM;
      }
      if (!apart && points.size() > 2) {
        return out;
      }
      for (int i = 0; i < points.size(); i++) {
        placed[(int) points.get(i)[1]][c] = apart || i == 0 ? 1 : -1;
      }
    }
    return placed;
  }

  private String colour(int series) {
    return series == 0 ? accent : COLOURS[(series - 1) % COLOURS.length];
  }

  private static String dash(int series) {
    return series == 0 ? null : DASHES[(series - 1) % DASHES.length];
  }

  private static double x(int category, double left, double slot) {
    return left + (category + 0.5) * slot;
  }

  private static double y(double value, Scale scale, double top) {
    return top + (scale.high().doubleValue() - value) / scale.span() * PLOT_HEIGHT;
  }

  /** A value of the axis as the document's language writes it. */
  private String tickNumber(BigDecimal value, BigDecimal step) {
    return Numbers.format(value, Math.max(0, step.stripTrailingZeros().scale()), locale);
  }

  /**
   * A value with the chart's unit as SVG text ({@link Block.Chart#withUnit}), the unit in a {@code
   * <tspan lang>} when it is written in another language than the text around the chart.
   */
  private String withUnit(Block.Value value) {
    Block.Chart chart = figure.chart();
    String all = chart.withUnit(value);
    String lang = BarChart.lang(chart.unitLanguage(), around, inside);
    String unit = chart.unit() == null ? "" : chart.unit().strip();
    if (lang == null || unit.isEmpty() || !all.endsWith(unit)) {
      return Markup.escape(all);
    }
    return Markup.escape(all.substring(0, all.length() - unit.length()))
        + new Markup().open("tspan", "lang", lang).text(unit).close("tspan");
  }
}
