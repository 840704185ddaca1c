package org.briefing.render.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType hinting left in a PDF's embedded font programs: the tables that exist only for it
 * ({@code fpgm}, {@code prep}, {@code cvt }) and each glyph's instructions, read from the {@code
 * glyf} table as the TrueType specification lays it out (FontBox does not expose them).
 */
final class FontHinting {
  private static final Set<String> HINTING_TABLES = Set.of("fpgm", "prep", "cvt ");
  private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
  private static final int WE_HAVE_A_SCALE = 0x0008;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
  private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

  private FontHinting() {}

  /**
   * One line per embedded TrueType font of the pages that carries hinting ("ABCDEF+DejaVuSerif:
   * fpgm", "…: 12 glyphs with instructions"); none when no font does.
   */
  static List<String> of(PDDocument pdf) throws IOException {
    List<String> found = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (PDPage page : pdf.getPages()) {
      PDResources res = page.getResources();
      for (COSName n : res.getFontNames()) {
        PDFont font = res.getFont(n);
        if (!seen.add(font.getName())) {
          continue;
        }
        PDFontDescriptor descriptor =
            font instanceof PDType0Font t0
                ? t0.getDescendantFont().getFontDescriptor()
                : font.getFontDescriptor();
        PDStream program = descriptor == null ? null : descriptor.getFontFile2();
        if (program != null) {
          found.addAll(hinting(font.getName(), program.toByteArray()));
        }
      }
    }
    return found;
  }

  /** The hinting in one TrueType font program. */
  static List<String> hinting(String name, byte[] program) throws IOException {
    List<String> found = new ArrayList<>();
    try (TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(program))) {
      for (String tag : ttf.getTableMap().keySet()) {
        if (HINTING_TABLES.contains(tag)) {
          found.add(name + ": " + tag.trim());
        }
      }
      TTFTable glyf = ttf.getTableMap().get("glyf");
      long[] offsets = ttf.getIndexToLocation().getOffsets();
      ByteBuffer glyphs = ByteBuffer.wrap(ttf.getTableBytes(glyf));
      int instructed = 0;
      for (int g = 0; g + 1 < offsets.length; g++) {
        if (offsets[g + 1] > offsets[g] && instructionLength(glyphs, (int) offsets[g]) > 0) {
          instructed++;
        }
      }
      if (instructed > 0) {
        found.add(name + ": " + instructed + " glyphs with instructions");
      }
    }
    return found;
  }

  /** The length of the instructions of the glyph at {@code at} in the glyf table. */
  private static int instructionLength(ByteBuffer glyf, int at) {
    int contours = glyf.getShort(at);
    int p = at + 10; // numberOfContours and the bounding box
    if (contours >= 0) {
      return Short.toUnsignedInt(glyf.getShort(p + 2 * contours));
    }
    int flags;
    do {
      flags = Short.toUnsignedInt(glyf.getShort(p));
      p += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
      if ((flags & WE_HAVE_A_SCALE) != 0) {
        p += 2;
      } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
        p += 4;
      } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
        p += 8;
      }
    } while ((flags & MORE_COMPONENTS) != 0);
    return (flags & WE_HAVE_INSTRUCTIONS) != 0 ? Short.toUnsignedInt(glyf.getShort(p)) : 0;
  }
}
