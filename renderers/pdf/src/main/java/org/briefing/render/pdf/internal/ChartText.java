package org.briefing.render.pdf.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.Map;
import org.briefing.build.Ahead;

/**
 * Readies, on another core, what the PDF's first chart would start on the main thread: Batik lays
 * out a chart's labels through AWT, and the first time it does, its font-family resolver lists
 * every font the system has (the JDK's font manager reads each font file's names) and AWT shapes
 * its first text. In a cold PDF build of the full article, when its bar charts were still SVG, that
 * was some 40 ms of the main thread, while it was still laying out the pages (docs/performance.md,
 * "Cold start-up, tenth pass"). Nothing depends on it: the painting does the same itself if it gets
 * there first, and what it draws is the same either way.
 *
 * <pre>{@code ChartText.prepareAhead(xhtml);}</pre>
 */
public final class ChartText {
  private ChartText() {}

  /**
   * Starts the preparation once per process when the page has an SVG chart.
   *
   * @return the thread it runs on, or null when there is nothing to start
   */
  public static Thread prepareAhead(String xhtml) {
    return hasChart(xhtml) ? Ahead.once(Map.of("render:pdf:chart-text", ChartText::prepare)) : null;
  }

  /**
   * Whether the page draws a chart through Batik: an inline SVG (a line chart, or bars on both
   * sides of zero; other bar charts are boxes of the page, which need no preparation).
   */
  static boolean hasChart(String xhtml) {
    return xhtml.contains("<svg");
  }

  static void prepare() {
    try {
      Class.forName(
          "org.apache.batik.bridge.DefaultFontFamilyResolver",
          true,
          ChartText.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return;
    }
    new TextLayout(
            "0", new Font("DejaVu Sans", Font.PLAIN, 13), new FontRenderContext(null, true, true))
        .getBounds();
  }
}
