package org.briefing.render.docx.internal;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * The font an SVG picture's text is drawn in for Word: DejaVu Sans, shipped with this module (its
 * bold face for bold text), whatever family the picture names, as the tool's own charts are ({@link
 * ChartPicture}). Batik would otherwise look each family up among the machine's fonts, and the same
 * picture would give other pixels on another machine, or none for a family it lacks.
 *
 * <pre>{@code
 * userAgent.getFontFamilyResolver() // ShippedFontFamily.RESOLVER
 * }</pre>
 */
final class ShippedFontFamily implements GVTFontFamily {
  /** Resolves every family to the shipped face; a picture's own fonts are not loaded. */
  static final FontFamilyResolver RESOLVER =
      new FontFamilyResolver() {
        @Override
        public GVTFontFamily resolve(String familyName) {
          return new ShippedFontFamily(new GVTFontFace(familyName));
        }

        @Override
        public GVTFontFamily resolve(String familyName, FontFace fontFace) {
          return new ShippedFontFamily(fontFace);
        }

        @Override
        public GVTFontFamily loadFont(InputStream in, FontFace fontFace) {
          return new ShippedFontFamily(fontFace);
        }

        @Override
        public GVTFontFamily getDefault() {
          return new ShippedFontFamily(new GVTFontFace(NAME));
        }

        @Override
        public GVTFontFamily getFamilyThatCanDisplay(char c) {
          return ChartPicture.REGULAR.canDisplay(c) ? getDefault() : null;
        }
      };

  private static final String NAME = "DejaVu Sans";

  private final GVTFontFace face;

  private ShippedFontFamily(GVTFontFace face) {
    this.face = face;
  }

  @Override
  public String getFamilyName() {
    return NAME;
  }

  @Override
  public GVTFontFace getFontFace() {
    return face;
  }

  @Override
  public GVTFont deriveFont(float size, AttributedCharacterIterator aci) {
    return deriveFont(size, aci.getAttributes());
  }

  /** The bold face from semibold up; an italic or oblique posture slanted from the upright face. */
  @Override
  @SuppressWarnings("rawtypes")
  public GVTFont deriveFont(float size, Map attrs) {
    Object weight = attrs.get(TextAttribute.WEIGHT);
    Font font =
        weight instanceof Float w && w >= TextAttribute.WEIGHT_SEMIBOLD
            ? ChartPicture.BOLD
            : ChartPicture.REGULAR;
    Object posture = attrs.get(TextAttribute.POSTURE);
    if (posture instanceof Float p && p > 0) {
      font = font.deriveFont(Map.of(TextAttribute.POSTURE, p));
    }
    return new AWTGVTFont(font, size);
  }

  @Override
  public boolean isComplex() {
    return false;
  }
}
