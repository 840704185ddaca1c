package org.briefing.render.docx.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.briefing.document.Block;
import org.briefing.i18n.Language;
import org.briefing.i18n.Numbers;

/**
 * Draws a chart's numbers as a PNG picture with Java2D (headless): horizontal bars ({@link
 * Block.ChartKind#BAR}, each category's label above its bars, each bar's value after it, a zero
 * line where values go negative) or lines over the categories ({@link Block.ChartKind#LINE}, a
 * value axis with round ticks that always includes zero). Several series get distinct colours, a
 * legend and, for bars, their name beside each value; highlighted categories are in the accent
 * colour (bars) or bold (labels).
 *
 * <p>Text is set in DejaVu Sans, shipped with this module, so the picture is the same on every
 * machine; it is drawn at twice its size on the page, so it stays sharp when printed.
 *
 * <pre>{@code ChartPicture.Png png = ChartPicture.draw(chart, "#0b5394", Language.EN);}</pre>
 */
public final class ChartPicture {
  /** The picture's width in layout units (points at 100 %), drawn at {@link #SCALE} pixels each. */
  static final int WIDTH = 600;

  static final int SCALE = 2;
  private static final int PAD = 10;
  private static final int LINE = 16;
  private static final int BAR = 16;
  private static final int GAP = 10;
  private static final float FONT_SIZE = 12f;
  private static final Color TEXT = new Color(0x1a1a1a);
  private static final Color MUTED = new Color(0x8c96a0);
  private static final Color AXIS = new Color(0x555555);
  private static final Color GRID = new Color(0xd9d9d9);

  /** Colours for series after the first (Okabe–Ito, told apart with colour-blind eyes too). */
  private static final Color[] PALETTE = {
    new Color(0xe69f00),
    new Color(0x009e73),
    new Color(0xcc79a7),
    new Color(0x56b4e9),
    new Color(0xd55e00),
    new Color(0x000000),
    new Color(0xf0e442)
  };

  static final Font REGULAR = font("DejaVuSans.ttf");
  static final Font BOLD = font("DejaVuSans-Bold.ttf");

  /** A drawn picture: its PNG bytes and its size in pixels. */
  public record Png(byte[] bytes, int width, int height) {}

  private final Block.Chart chart;
  private final Color accent;
  private final Locale locale;
  private final Font regular = REGULAR.deriveFont(FONT_SIZE);
  private final Font bold = BOLD.deriveFont(FONT_SIZE);

  private ChartPicture(Block.Chart chart, Color accent, Language language) {
    this.chart = chart;
    this.accent = accent;
    this.locale = language.locale();
  }

  /**
   * Draws a chart.
   *
   * @param accent the {@code #rrggbb} colour of the first series and of highlighted bars
   * @param language the language whose number format the value axis uses
   */
  public static Png draw(Block.Chart chart, String accent, Language language) {
    ChartPicture p = new ChartPicture(chart, Color.decode(accent), language);
    int height = p.paint(null);
    BufferedImage image =
        new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(SCALE, SCALE);
      p.paint(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Png(out.toByteArray(), image.getWidth(), image.getHeight());
  }

  /** Lays the chart out, drawing when {@code g} is not null; returns the height used. */
  private int paint(Graphics2D g) {
    Measure m = new Measure(g);
    return chart.kind() == Block.ChartKind.LINE ? line(m) : bars(m);
  }

  private Color seriesColour(int index) {
    return index == 0 ? accent : PALETTE[(index - 1) % PALETTE.length];
  }

  private String valueLabel(Block.Series s, Block.Value v) {
    String value = v.formatted() + (chart.unit() == null ? "" : chart.unit());
    return chart.multiSeries() && !s.name().isEmpty() ? s.name() + ": " + value : value;
  }

  // Bars

  private int bars(Measure m) {
    double min = 0;
    double max = 0;
    int valueRoom = 0;
    for (Block.Series s : chart.series()) {
      for (Block.Value v : s.values()) {
        if (v.number() != null) {
          min = Math.min(min, v.number().doubleValue());
          max = Math.max(max, v.number().doubleValue());
          valueRoom = Math.max(valueRoom, (int) Math.ceil(m.width(bold, valueLabel(s, v))));
        }
      }
    }
    valueRoom = Math.min(valueRoom + 8, WIDTH / 2);
    double span = max - min == 0 ? 1 : max - min;
    double area = WIDTH - 2 * PAD - valueRoom;
    double zeroX = PAD + (0 - min) / span * area;

    int y = PAD;
    if (chart.multiSeries()) {
      y = legend(m, y);
    }
    int top = y;
    for (int c = 0; c < chart.categories().size(); c++) {
      boolean highlight = chart.highlighted().get(c);
      Font labelFont = highlight ? bold : regular;
      for (String line : m.wrap(labelFont, chart.categories().get(c), WIDTH - 2 * PAD)) {
        y += LINE;
        m.text(labelFont, TEXT, line, PAD, y - 4);
      }
      for (int s = 0; s < chart.series().size(); s++) {
        Block.Series series = chart.series().get(s);
        Block.Value value = series.values().get(c);
        if (value.number() == null) {
          continue;
        }
        double v = value.number().doubleValue();
        double x = PAD + (v - min) / span * area;
        double left = Math.min(x, zeroX);
        double width = Math.max(Math.abs(x - zeroX), v == 0 ? 0 : 1);
        Color fill = chart.multiSeries() ? seriesColour(s) : highlight ? accent : MUTED;
        m.fill(fill, new Rectangle2D.Double(left, y + 2, width, BAR));
        m.text(
            highlight ? bold : regular,
            TEXT,
            valueLabel(series, value),
            Math.max(x, zeroX) + 6,
            y + 2 + BAR - 4);
        y += BAR + 2 + GAP / 2;
      }
      y += GAP / 2;
    }
    int bottom = y;
    m.stroke(AXIS, 1f, new Line2D.Double(zeroX, top, zeroX, bottom));
    return bottom + PAD;
  }

  /** A legend row (a swatch and a name per series), wrapped to the width; returns the new y. */
  private int legend(Measure m, int y) {
    double x = PAD;
    y += LINE;
    for (int s = 0; s < chart.series().size(); s++) {
      String name = chart.series().get(s).name();
      double w = 14 + m.width(regular, name) + 14;
      if (x > PAD && x + w > WIDTH - PAD) {
        x = PAD;
        y += LINE + 2;
      }
      m.fill(seriesColour(s), new Rectangle2D.Double(x, y - 10, 10, 10));
      m.text(regular, TEXT, name, x + 14, y - 1);
      x += w;
    }
    return y + GAP;
  }

  // Lines

  private int line(Measure m) {
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
    Ticks ticks = Ticks.of(min, max);
    int y = PAD;
    if (chart.multiSeries()) {
      y = legend(m, y);
    }
    String unit = chart.unit() == null ? "" : chart.unit().strip();
    if (!unit.isEmpty()) {
      y += LINE;
      m.text(regular, AXIS, unit, PAD, y - 4);
    }
    double axisRoom = 0;
    for (double t = ticks.low(); t <= ticks.high() + ticks.step() / 2; t += ticks.step()) {
      axisRoom = Math.max(axisRoom, m.width(regular, Numbers.format(t, ticks.decimals(), locale)));
    }
    double left = PAD + axisRoom + 6;
    double right = WIDTH - PAD - 10;
    double plotTop = y + 8;
    double plotHeight = 220;
    double plotBottom = plotTop + plotHeight;
    double span = ticks.high() - ticks.low();

    for (double t = ticks.low(); t <= ticks.high() + ticks.step() / 2; t += ticks.step()) {
      double ty = plotBottom - (t - ticks.low()) / span * plotHeight;
      m.stroke(
          Math.abs(t) < ticks.step() / 1000 ? AXIS : GRID,
          1f,
          new Line2D.Double(left, ty, right, ty));
      String label = Numbers.format(t, ticks.decimals(), locale);
      m.text(regular, AXIS, label, left - 6 - m.width(regular, label), ty + 4);
    }

    int n = chart.categories().size();
    double stepX = n <= 1 ? 0 : (right - left - 20) / (n - 1);
    double firstX = n <= 1 ? (left + right) / 2 : left + 10;
    for (int s = 0; s < chart.series().size(); s++) {
      Color colour = seriesColour(s);
      Path2D.Double path = new Path2D.Double();
      boolean open = false;
      List<double[]> points = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        BigDecimal v = chart.series().get(s).values().get(c).number();
        if (v == null) {
          open = false;
          continue;
        }
        double px = firstX + c * stepX;
        double py = plotBottom - (v.doubleValue() - ticks.low()) / span * plotHeight;
        if (open) {
          path.lineTo(px, py);
        } else {
          path.moveTo(px, py);
          open = true;
        }
        points.add(new double[] {px, py, chart.highlighted().get(c) ? 1 : 0});
      }
      m.stroke(colour, 2f, path);
      for (double[] p : points) {
        double r = p[2] == 1 ? 4.5 : 3;
        m.fill(colour, new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
      }
    }

    // Category labels: every k-th one when they would crowd each other.
    double widest = 0;
    for (String c : chart.categories()) {
      widest = Math.max(widest, m.width(regular, c));
    }
    int every = 1;
    if (n > 1) {
      while (every < n && stepX * every < Math.min(widest, 110) + 8) {
        every++;
      }
    }
    double room = n <= 1 ? right - left : Math.max(stepX * every - 6, 40);
    int labelLines = 1;
    for (int c = 0; c < n; c += every) {
      Font f = chart.highlighted().get(c) ? bold : regular;
      List<String> lines = m.wrap(f, chart.categories().get(c), room);
      labelLines = Math.max(labelLines, lines.size());
      double ly = plotBottom + 4;
      for (String l : lines) {
        ly += LINE;
        m.text(f, TEXT, l, firstX + c * stepX - m.width(f, l) / 2, ly - 4);
      }
    }
    m.stroke(AXIS, 1f, new Line2D.Double(left, plotTop, left, plotBottom));
    return (int) Math.ceil(plotBottom + 4 + labelLines * LINE + PAD);
  }

  /** Round tick marks over a range that includes zero. */
  record Ticks(double low, double high, double step, int decimals) {
    static Ticks of(double min, double max) {
      double lo = Math.min(0, min);
      double hi = Math.max(0, max);
      if (hi - lo == 0) {
        hi = lo + 1;
      }
      double raw = (hi - lo) / 5;
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double fraction = raw / magnitude;
      double nice =
          fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
      double step = nice * magnitude;
      int decimals =
          Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9) + (nice == 2.5 ? 1 : 0));
      return new Ticks(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step, decimals);
    }
  }

  /** Measures text and, when it has a graphics context, draws. */
  private static final class Measure {
    private final Graphics2D g;
    private final java.awt.font.FontRenderContext frc =
        new java.awt.font.FontRenderContext(null, true, true);

    Measure(Graphics2D g) {
      this.g = g;
    }

    double width(Font f, String text) {
      return f.getStringBounds(text, frc).getWidth();
    }

    void text(Font f, Color c, String text, double x, double y) {
      if (g != null && !text.isEmpty()) {
        g.setFont(f);
        g.setColor(c);
        g.drawString(text, (float) x, (float) y);
      }
    }

    void fill(Color c, java.awt.Shape s) {
      if (g != null) {
        g.setColor(c);
        g.fill(s);
      }
    }

    void stroke(Color c, float width, java.awt.Shape s) {
      if (g != null) {
        g.setColor(c);
        g.setStroke(new BasicStroke(width));
        g.draw(s);
      }
    }

    /** Breaks text into lines no wider than {@code width} at spaces (a long word stays whole). */
    List<String> wrap(Font f, String text, double width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.strip().split("\\s+")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (line.length() > 0 && width(f, candidate) > width) {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        } else {
          line.setLength(0);
          line.append(candidate);
        }
      }
      if (line.length() > 0 || lines.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }

    @SuppressWarnings("unused")
    FontMetrics metrics(Font f) {
      return g == null ? null : g.getFontMetrics(f);
    }
  }

  private static Font font(String name) {
    try (InputStream in = ChartPicture.class.getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing font " + name);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bad font " + name, e);
    }
  }
}
