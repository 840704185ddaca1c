package org.briefing.render.pdf.internal;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text (Hebrew, Arabic) for the PDF engine, by the Unicode bidirectional algorithm as
 * ICU4J implements it: runs split by direction, right-to-left runs drawn in visual order with
 * mirrored brackets, Arabic letters shaped.
 *
 * <pre>{@code
 * builder.useUnicodeBidiSplitter(IcuBidi.SPLITTERS);
 * builder.useUnicodeBidiReorderer(IcuBidi.REORDERER);
 * }</pre>
 */
public final class IcuBidi {
  private IcuBidi() {}

  /** A new splitter per paragraph; the engine asks the factory. */
  public static final BidiSplitterFactory SPLITTERS = Splitter::new;

  /** Stateless, shared. */
  public static final BidiReorderer REORDERER = new Reorderer();

  private static final class Splitter implements BidiSplitter {
    private Bidi bidi;

    @Override
    public void setParagraph(String paragraph, byte direction) {
      byte level =
          direction == RTL ? Bidi.RTL : direction == LTR ? Bidi.LTR : Bidi.LEVEL_DEFAULT_LTR;
      bidi = new Bidi();
      bidi.setPara(paragraph, level, null);
    }

    @Override
    public int countTextRuns() {
      return bidi.countRuns();
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
      BidiRun run = bidi.getVisualRun(index);
      return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
    }

    @Override
    public byte getBaseDirection(String paragraph) {
      byte d = Bidi.getBaseDirection(paragraph);
      return d == Bidi.RTL ? RTL : d == Bidi.LTR ? LTR : NEUTRAL;
    }
  }

  private static final class Reorderer implements BidiReorderer {
    @Override
    public String reorderRTLTextToLTR(String text) {
      return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
      try {
        return new ArabicShaping(ArabicShaping.LETTERS_SHAPE).shape(text);
      } catch (ArabicShapingException e) {
        return text;
      }
    }

    @Override
    public String deshapeText(String text) {
      try {
        return new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE).shape(text);
      } catch (ArabicShapingException e) {
        return text;
      }
    }

    @Override
    public boolean isLiveImplementation() {
      return true;
    }
  }
}
