package org.briefing.render.pdf.internal;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.lang.invoke.VarHandle;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Keeps openhtmltopdf from writing its own XMP packet, which {@link PdfMetadata} replaces anyway.
 * With PDF/A or PDF/UA on, the engine builds the packet while it paints the first page: ten xmpbox
 * type mappings, each made by reflection, and a serialization, about a tenth of a one-page note's
 * render, all of it thrown away. The engine has no switch for it (the packet is tied to the same
 * flags that turn tagging and PDF/A font checks on, which stay on), so its two private flags that
 * guard the packet alone are cleared once the renderer is built.
 *
 * <p>What else the engine writes with the packet is written here at the same moment and in the same
 * order, so the file is the same, byte for byte: the catalog's {@code /Metadata} (a placeholder
 * until {@link PdfMetadata} writes the packet), {@code /MarkInfo} (marked), {@code /Lang} and
 * {@code /ViewerPreferences} (show the title). If a later engine renames the flags, nothing is
 * skipped and the engine writes its packet as before.
 *
 * <pre>{@code EnginePacket.skip(renderer, pdDocument, "en");}</pre>
 */
public final class EnginePacket {
  // Variable handles, not reflection: a reflective field write made the JVM spin five
  // method-handle classes at run time, which no start-up cache holds, and had C1 compile the JDK's
  // class-file writer for them (docs/performance.md, "Cold start-up, twelfth pass").
  private static final VarHandle PDF_A =
      PdfBoxFields.find(PdfBoxRenderer.class, "_pdfAConformance", PdfAConformance.class);
  private static final VarHandle PDF_UA =
      PdfBoxFields.find(PdfBoxRenderer.class, "_pdfUaConformance", boolean.class);

  private EnginePacket() {}

  /**
   * Before the renderer paints: the engine writes no XMP packet, and the catalog gets the entries
   * the engine writes with it. Whether the packet is skipped (false: the engine writes it).
   */
  public static boolean skip(PdfBoxRenderer renderer, PDDocument document, String language) {
    if (PDF_A == null || PDF_UA == null) {
      return false;
    }
    try {
      PDF_A.set(renderer, PdfAConformance.NONE);
      PDF_UA.set(renderer, false);
    } catch (RuntimeException e) {
      return false;
    }
    renderer.setListener(
        new PDFCreationListener() {
          @Override
          public void preOpen(PdfBoxRenderer r) {}

          @Override
          public void preWrite(PdfBoxRenderer r, int pageCount) {
            catalogEntries(document, language);
          }

          @Override
          public void onClose(PdfBoxRenderer r) {}
        });
    return true;
  }

  /** The catalog entries the engine writes along with its packet, in its order. */
  private static void catalogEntries(PDDocument document, String language) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setMetadata(new PDMetadata(document));
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    catalog.setLanguage(language);
    catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
    catalog.getViewerPreferences().setDisplayDocTitle(true);
  }
}
