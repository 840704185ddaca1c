package org.briefing.render.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where a page's sharing marking stands in its running head and foot, read back from the PDF: the
 * glyphs drawn as artifacts (untagged content, what the engine draws in the page's margin boxes and
 * a table head's repeated copies), in the order drawn, in which the marking's characters follow one
 * another; the page's tagged glyphs (its content); and the colour behind a glyph, from the page
 * drawn as a picture.
 *
 * <pre>{@code
 * RunningMarking.Page page = RunningMarking.read(document, 0);
 * List<List<RunningMarking.Glyph>> inHead = page.find("TLP:RED", true);
 * }</pre>
 */
final class RunningMarking {
  private static final float DPI = 144;

  private RunningMarking() {}

  /** A glyph: its text, left and right x, baseline y (from the page's top), size in pt, RGB. */
  record Glyph(String text, float left, float right, float baseline, float size, int rgb) {
    /** The top of the font's tallest letters (DejaVu's ascent, 0.93 em). */
    float top() {
      return baseline - size * 0.93f;
    }

    /** The foot of the font's descenders (0.24 em). */
    float bottom() {
      return baseline + size * 0.24f;
    }
  }

  /** A page's artifact glyphs (in the order drawn) and tagged glyphs, and the page as a picture. */
  record Page(
      float width, float height, List<Glyph> artifacts, List<Glyph> tagged, BufferedImage image) {

    /**
     * The artifact glyphs of a text (its characters but spaces, one after another in the order
     * drawn) in the upper half of the page ({@code head}) or the lower: one list per time it is
     * there.
     */
    List<List<Glyph>> find(String text, boolean head) {
      List<Glyph> half = new ArrayList<>();
      for (Glyph g : artifacts) {
        if (!g.text().isBlank() && (g.baseline() < height / 2) == head) {
          half.add(g);
        }
      }
      StringBuilder drawn = new StringBuilder();
      List<Integer> owner = new ArrayList<>();
      for (int i = 0; i < half.size(); i++) {
        for (char c : half.get(i).text().toCharArray()) {
          drawn.append(c);
          owner.add(i);
        }
      }
      String wanted = text.replaceAll("\\s+", "");
      List<List<Glyph>> found = new ArrayList<>();
      for (int at = drawn.indexOf(wanted); at >= 0; at = drawn.indexOf(wanted, at + 1)) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = owner.get(at); i <= owner.get(at + wanted.length() - 1); i++) {
          glyphs.add(half.get(i));
        }
        found.add(glyphs);
      }
      return found;
    }

    /** The colour of the page drawn at a point (in points from the top left), as RGB. */
    int colourAt(float x, float y) {
      return image.getRGB(Math.round(x * DPI / 72), Math.round(y * DPI / 72)) & 0xFFFFFF;
    }
  }

  /** The page at a zero-based index. */
  static Page read(PDDocument document, int index) throws IOException {
    PDPage page = document.getPage(index);
    Map<TextPosition, Integer> colours = new IdentityHashMap<>();
    PDFMarkedContentExtractor extractor =
        new PDFMarkedContentExtractor() {
          {
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
          }

          @Override
          protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            try {
              colours.put(text, getGraphicsState().getNonStrokingColor().toRGB());
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        };
    extractor.setSuppressDuplicateOverlappingText(false);
    extractor.processPage(page);
    List<Glyph> artifacts = new ArrayList<>();
    List<Glyph> tagged = new ArrayList<>();
    for (PDMarkedContent mc : extractor.getMarkedContents()) {
      collect(mc, "Artifact".equals(mc.getTag()), colours, artifacts, tagged);
    }
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, DPI);
    return new Page(
        page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), artifacts, tagged, image);
  }

  private static void collect(
      PDMarkedContent mc,
      boolean artifact,
      Map<TextPosition, Integer> colours,
      List<Glyph> artifacts,
      List<Glyph> tagged) {
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition p) {
        Glyph g =
            new Glyph(
                p.getUnicode(),
                p.getXDirAdj(),
                p.getXDirAdj() + p.getWidthDirAdj(),
                p.getYDirAdj(),
                p.getFontSizeInPt(),
                colours.getOrDefault(p, 0));
        (artifact ? artifacts : tagged).add(g);
      } else if (o instanceof PDMarkedContent inner) {
        collect(inner, artifact || "Artifact".equals(inner.getTag()), colours, artifacts, tagged);
      }
    }
  }
}
