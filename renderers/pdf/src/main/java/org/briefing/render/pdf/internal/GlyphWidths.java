package org.briefing.render.pdf.internal;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.briefing.render.GiveWay;

/**
 * The engine's text measuring, with each character's width looked up once per font. The engine
 * measures every word it breaks a line at (and again when it draws it) by PDFBox's {@link
 * PDFont#getStringWidth}, which encodes the whole string into a byte stream and reads the codes
 * back one at a time before it adds their widths: about a tenth of a warm full-article PDF render.
 * Here a string's width is the sum of its characters' widths, each asked of PDFBox once (with a
 * string of that one character) and then kept: PDFBox's own sum, in the same order, so the same
 * number to the bit. A string with a character the first font has no glyph for, or any failure, is
 * measured by the engine's own code (which then tries the fallback fonts), unchanged.
 *
 * <pre>{@code GlyphWidths.install(builder.buildPdfRenderer());}</pre>
 *
 * <p>Not thread-safe: one per layout, as the engine's own text renderer.
 */
public final class GlyphWidths extends PdfBoxTextRenderer {
  private final Map<PDFont, Widths> fonts = new IdentityHashMap<>();

  /**
   * When the render is to give way ({@link GiveWay}): asked at each string measured or drawn, the
   * engine's layout and painting stop within a few words.
   */
  private final BooleanSupplier stop = GiveWay.current();

  /** The renderer, measuring with a new {@code GlyphWidths}; call before its layout. */
  public static PdfBoxRenderer install(PdfBoxRenderer renderer) {
    renderer.getSharedContext().setTextRenderer(new GlyphWidths());
    return renderer;
  }

  /** How many fonts this renderer has measured with (tests). */
  int fontsMeasured() {
    return fonts.size();
  }

  @Override
  public void drawString(OutputDevice outputDevice, String string, float x, float y) {
    GiveWay.check(stop);
    super.drawString(outputDevice, string, x, y);
  }

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    GiveWay.check(stop);
    if (font instanceof PdfBoxFSFont fs) {
      List<FontDescription> descriptions = fs.getFontDescriptions();
      PDFont first =
          descriptions == null || descriptions.isEmpty() ? null : descriptions.get(0).getFont();
      if (first != null) {
        float units =
            fonts
                .computeIfAbsent(first, Widths::new)
                .of(TextRenderer.getEffectivePrintableString(string));
        if (!Float.isNaN(units)) {
          // The engine's own scaling and rounding (PdfBoxTextRenderer.getWidth).
          float width = units / 1000f * fs.getSize2D();
          if (width - Math.floor(width) < 0.01f) {
            return (int) width;
          }
          return (int) Math.ceil(width);
        }
      }
    }
    return super.getWidth(context, font, string);
  }

  /** One font's character widths, in thousandths of an em, as PDFBox gives them. */
  static final class Widths {
    /** Characters below this are kept in an array, the rest in a map. */
    private static final int LOW = 0x800;

    private final PDFont font;
    private final float[] low = new float[LOW];
    private final boolean[] lowKnown = new boolean[LOW];
    private final Map<Integer, Float> high = new HashMap<>();

    Widths(PDFont font) {
      this.font = font;
      Arrays.fill(low, Float.NaN);
    }

    /**
     * The width of a string, the widths of its characters added in order from zero as {@link
     * PDFont#getStringWidth} adds them; NaN if the font cannot give one of them.
     */
    float of(String text) {
      float sum = 0;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        float w = width(c);
        if (Float.isNaN(w)) {
          return Float.NaN;
        }
        sum += w;
      }
      return sum;
    }

    private float width(int c) {
      if (c < LOW) {
        if (!lowKnown[c]) {
          low[c] = measure(c);
          lowKnown[c] = true;
        }
        return low[c];
      }
      return high.computeIfAbsent(c, this::measure);
    }

    /** PDFBox's width of the one character (0 + its code's width); NaN if it has no glyph. */
    private float measure(int c) {
      try {
        return font.getStringWidth(new String(Character.toChars(c)));
      } catch (IOException | IllegalArgumentException e) {
        return Float.NaN;
      }
    }
  }
}
