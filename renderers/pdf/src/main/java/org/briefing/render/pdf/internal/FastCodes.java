package org.briefing.render.pdf.internal;

import java.lang.invoke.VarHandle;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.IdentityTwoByteCMap;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Gives an embedded font the direct code reading of {@link IdentityTwoByteCMap}: PDFBox keeps a
 * font's encoding CMap in a private field and offers no way to set it, so it is set by reflection,
 * once per font a document loads. Where that field is not there (another PDFBox release), or the
 * font's CMap is not FontBox's own {@code Identity-H}, the font is left as it is: slower, the same.
 *
 * <pre>{@code PDType0Font font = FastCodes.install(PDType0Font.load(document, ttf, true));}</pre>
 */
final class FastCodes {
  private static final VarHandle CMAP = PdfBoxFields.find(PDType0Font.class, "cMap", CMap.class);

  private FastCodes() {}

  /** Whether fonts get the direct code reading in this JVM (false if PDFBox changed). */
  static boolean available() {
    return CMAP != null;
  }

  /** {@code font}, its encoding CMap replaced by the direct one where it is FontBox's own. */
  static PDType0Font install(PDType0Font font) {
    if (CMAP != null) {
      CMap cmap = (CMap) CMAP.get(font);
      CMap fast = IdentityTwoByteCMap.wrap(cmap);
      if (fast != cmap && font.getCMap() == cmap) {
        CMAP.set(font, fast);
      }
    }
    return font;
  }
}
