package org.briefing.render.html.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefing.document.Block;
import org.briefing.i18n.Language;

/**
 * Draws a {@link Block.Figure}'s numbers as an accessible horizontal bar chart in inline SVG:
 * {@code role="img"}, a {@code <title>} and a {@code <desc>} named by {@code aria-labelledby}, the
 * drawing itself hidden from screen readers (the numbers are also given as a table by the caller).
 *
 * <p>Each bar has its label on a line above it, a little clear of the axis, and its formatted value
 * after it, so labels of any length fit a phone screen. Colours are presentation attributes that
 * the page's style sheet may override (dark theme); the PDF engine, which does not apply page CSS
 * to SVG, uses them as they are.
 *
 * <p>For the PDF, a chart of bars none of which is below zero is drawn as boxes of the page instead
 * ({@link #drawing}). A line chart is drawn by {@link LineChart}.
 *
 * <pre>
 * {@code new BarChart(figure, "fig-1", false, "#0b5394").drawing() // "<svg xmlns=... role=\"img\" ...>"}
 * </pre>
 */
public final class BarChart {
  static final int WIDTH = 480;
  private static final int PAD = 8;
  private static final int LINE = 17;
  private static final int BAR = 18;
  private static final int GAP = 12;
  private static final int VALUE_ROOM = 90;
  private static final int LABEL_GAP = 6;
  private static final int CHARS_PER_LINE = 58;
  private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

  private final Block.Figure figure;
  private final String id;
  private final boolean forPdf;
  private final String accent;
  private final Language around;

  /**
   * @param id the figure's id, prefix of the ids of the SVG's title and description
   * @param forPdf adds the {@code alt} attribute the PDF engine reads for PDF/UA
   * @param accent the {@code #rrggbb} colour of highlighted bars
   * @param around the language of the text around the chart: a label in another language (an
   *     English label without a translation in a Polish briefing) carries its own {@code lang}
   */
  public BarChart(Block.Figure figure, String id, boolean forPdf, String accent, Language around) {
    this.figure = figure;
    this.id = id;
    this.forPdf = forPdf;
    this.accent = accent;
    this.around = around;
  }

  /**
   * The chart as the page draws it: boxes of the page for the PDF when the chart has no value below
   * zero (the bars start at the axis), else the SVG (on the screen, and in the PDF for bars on both
   * sides of zero).
   */
  public String drawing() {
    Range range = range();
    return forPdf && range.min() >= 0 ? boxes(range) : svg(range);
  }

  /** The smallest and largest value of the chart, zero included. */
  private record Range(double min, double max) {
    /** The span of the value axis; 1 for a chart whose values are all zero. */
    double span() {
      return max - min == 0 ? 1 : max - min;
    }
  }

  private Range range() {
    double min = 0;
    double max = 0;
    for (Block.Series s : figure.chart().series()) {
      for (Block.Value value : s.values()) {
        if (value.number() != null) {
          double v = value.number().doubleValue();
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    return new Range(min, max);
  }

  /**
   * The same bars as the SVG as boxes of the page for the PDF engine (a bar chart with no value
   * below zero): each category's label on a line above its bars, a bar as wide as its share of the
   * largest value, the formatted value after it, the axis the chart's left border. The engine lays
   * them out and sets their text in the document's own fonts; an SVG chart it hands to Batik, which
   * lays out each label through AWT (a tenth of a cold build of a page with two charts:
   * docs/performance.md). The text is real text, tagged as the rest of the page is; the drawing
   * (bars, axis) is painted as decoration. Widths are shares of the chart's width, so that a chart
   * in a narrow column keeps its proportions, as the scaled SVG did.
   */
  private String boxes(Range range) {
    Block.Chart chart = figure.chart();
    double span = range.span();
    double area = WIDTH - 2 * PAD - VALUE_ROOM;
    Markup out = new Markup();
    out.open("div", "class", "bar-chart");
    for (int c = 0; c < chart.categories().size(); c++) {
      out.open(
              "div",
              "class",
              "bar-label",
              "lang",
              Block.Chart.otherThan(chart.categoryLanguage(c), around))
          .text(chart.categories().get(c))
          .close("div");
      boolean highlight = chart.highlighted().get(c);
      for (Block.Series s : chart.series()) {
        Block.Value value = s.values().get(c);
        if (value.number() == null) {
          continue;
        }
        double v = value.number().doubleValue();
        double width = Math.max(v / span * area, v == 0 ? 0 : 1);
        out.open("div", "class", "bar-row")
            .empty(
                "span",
                "class",
                "bar",
                "style",
                "width: "
                    + num(width / (WIDTH - PAD) * 100)
                    + "%; background-color: "
                    + (highlight ? accent : "#8c96a0"))
            .open("span", "class", highlight ? "bar-value highlight" : "bar-value");
        valueLabel(out, "span", s, value, around);
        out.close("span").close("div");
      }
    }
    return out.close("div").toString();
  }

  /**
   * A bar's value after it, "Name: 78,4%": the series name and the unit each in an element of
   * {@code tag} ({@code span}, or {@code tspan} in the SVG) with its {@code lang} when it is
   * written in another language than the text around the chart.
   */
  private void valueLabel(
      Markup m, String tag, Block.Series s, Block.Value value, Language inside) {
    Block.Chart chart = figure.chart();
    if (!s.name().isEmpty()) {
      foreign(m, tag, s.name(), s.nameLanguage(), inside);
      m.text(": ");
    }
    m.text(value.formatted());
    foreign(m, tag, chart.unit(), chart.unitLanguage(), inside);
  }

  /**
   * Text, inside an element of {@code tag} with its {@code lang} when not in {@code inside}, the
   * language of the element it is in.
   */
  private void foreign(
      Markup m, String tag, String text, Optional<Language> written, Language inside) {
    String lang = lang(written, around, inside);
    if (lang == null || text.isEmpty()) {
      m.text(text);
    } else {
      m.open(tag, "lang", lang).text(text).close(tag);
    }
  }

  /** The SVG element. */
  private String svg(Range range) {
    Block.Chart chart = figure.chart();
    double min = range.min();
    double span = range.span();
    double area = WIDTH - 2 * PAD - VALUE_ROOM;
    double zeroX = PAD + (0 - min) / span * area;
    Language inside = svgLanguage(figure, forPdf, around);

    Markup bars = new Markup();
    int y = PAD;
    for (int c = 0; c < chart.categories().size(); c++) {
      String lang = lang(chart.categoryLanguage(c), around, inside);
      for (String line : wrap(chart.categories().get(c))) {
        y += LINE;
        // Clear of the axis, which is at the left edge when no value is below zero.
        label(bars, PAD + LABEL_GAP, y - 4, null, line, lang);
      }
      boolean highlight = chart.highlighted().get(c);
      for (Block.Series s : chart.series()) {
        Block.Value value = s.values().get(c);
        if (value.number() == null) {
          continue;
        }
        y = bar(bars, s, value, highlight, y, min, span, area, zeroX, inside);
      }
    }
    int height = y + PAD - GAP;

    Markup drawing = new Markup();
    drawing.empty(
        "line",
        "x1",
        num(zeroX),
        "y1",
        num(PAD),
        "x2",
        num(zeroX),
        "y2",
        num(height - PAD),
        "class",
        "chart-axis",
        "stroke",
        "#555555",
        "stroke-width",
        "1");
    drawing.raw(bars.toString());
    return picture(figure, id, forPdf, around, "chart-svg", height, drawing.toString());
  }

  /**
   * A label of a chart's drawing at (x, y), aligned by {@code anchor} (null: from its start), with
   * its language {@code lang} when it is not the language around the chart (null: none).
   */
  static void label(Markup m, double x, double y, String anchor, String text, String lang) {
    m.open(
            "text",
            "x",
            num(x),
            "y",
            num(y),
            "text-anchor",
            anchor,
            "class",
            "chart-label",
            "fill",
            "#1a1a1a",
            "lang",
            lang)
        .text(text)
        .close("text");
  }

  /**
   * The {@code lang} of a chart's text written in {@code written} (empty: in {@code around}, the
   * language of the text around the chart) inside an element in {@code inside}: null when it is in
   * that language.
   */
  static String lang(Optional<Language> written, Language around, Language inside) {
    return Block.Chart.otherThan(Optional.of(written.orElse(around)), inside);
  }

  /**
   * The language of a chart's SVG element: for the PDF, the language of most of its text
   * alternative, which the engine reads from the element with the {@code alt} (its {@code /Lang});
   * on the screen the language around it (the {@code <desc>} carries its own).
   */
  static Language svgLanguage(Block.Figure figure, boolean forPdf, Language around) {
    return forPdf ? figure.alt().language(around) : around;
  }

  /**
   * Whether the page describes a chart in an element of its own beside the SVG, where each part of
   * its text alternative carries its language ({@code <span lang>}): on the screen, for a text
   * alternative in more than one language (a Polish sentence naming English labels), which a {@code
   * <desc>} (plain text) cannot mark part by part.
   */
  static boolean describedApart(Block.Figure figure, boolean forPdf, Language around) {
    return !forPdf && figure.alt().mixed(around);
  }

  /**
   * A chart as an accessible picture: an {@code <svg role="img">} named by its {@code <title>} (the
   * figure's caption) and {@code <desc>} (its alt text, also the PDF's), the drawing inside a group
   * hidden from screen readers. Every chart's drawing is {@value #WIDTH} wide. A text alternative
   * in one language other than {@code around} carries it ({@code <desc lang>}, the PDF's {@code
   * <svg lang>}); one in several languages ({@link #describedApart}) describes the picture through
   * {@code aria-describedby} from the element beside it (id {@code ID-desc}), its {@code <desc>}
   * marked with the language of most of it.
   */
  static String picture(
      Block.Figure figure,
      String id,
      boolean forPdf,
      Language around,
      String cls,
      int height,
      String drawing) {
    Block.AltText alt = figure.alt();
    String lang = Block.Chart.otherThan(Optional.of(alt.language(around)), around);
    boolean apart = describedApart(figure, forPdf, around);
    Markup svg = new Markup();
    svg.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "class",
        cls,
        "role",
        "img",
        "aria-labelledby",
        apart ? id + "-title" : id + "-title " + id + "-desc",
        "aria-describedby",
        apart ? id + "-desc" : null,
        "alt",
        forPdf ? alt.text() : null,
        "lang",
        forPdf ? lang : null,
        "viewBox",
        "0 0 " + WIDTH + " " + height,
        "width",
        Integer.toString(WIDTH),
        "height",
        Integer.toString(height),
        "font-family",
        FONT,
        "font-size",
        "13");
    svg.open("title", "id", id + "-title").text(PlainText.of(figure.caption())).close("title");
    svg.open("desc", "id", apart ? null : id + "-desc", "lang", forPdf ? null : lang)
        .text(alt.text())
        .close("desc");
    svg.open("g", "aria-hidden", "true");
    svg.raw(drawing);
    svg.close("g").close("svg");
    return svg.toString();
  }

  private int bar(
      Markup bars,
      Block.Series s,
      Block.Value value,
      boolean highlight,
      int y,
      double min,
      double span,
      double area,
      double zeroX,
      Language inside) {
    double v = value.number().doubleValue();
    double x = PAD + (v - min) / span * area;
    double left = Math.min(x, zeroX);
    double width = Math.max(Math.abs(x - zeroX), v == 0 ? 0 : 1);
    bars.empty(
        "rect",
        "x",
        num(left),
        "y",
        num(y + 2),
        "width",
        num(width),
        "height",
        num(BAR),
        "class",
        highlight ? "chart-bar chart-bar-highlight" : "chart-bar",
        "fill",
        highlight ? accent : "#8c96a0");
    bars.open(
        "text",
        "x",
        num(Math.max(x, zeroX) + 6),
        "y",
        num(y + 2 + BAR - 4),
        "class",
        "chart-value",
        "fill",
        "#1a1a1a",
        "font-weight",
        highlight ? "bold" : null);
    valueLabel(bars, "tspan", s, value, inside);
    bars.close("text");
    return y + BAR + 2 + GAP;
  }

  /** Breaks a label into lines of at most {@value #CHARS_PER_LINE} characters at spaces. */
  static List<String> wrap(String label) {
    return wrap(label, CHARS_PER_LINE);
  }

  /**
   * Breaks a label into lines of at most {@code chars} characters at spaces (a longer word alone).
   */
  static List<String> wrap(String label, int chars) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > chars) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String num(double v) {
    return new BigDecimal(v)
        .setScale(1, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString()
        .toLowerCase(Locale.ROOT);
  }
}
