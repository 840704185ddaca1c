package org.briefing.render.pdf.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * The engine's settings for every briefing, in one place for the renderer and for the tests that
 * lay a page out as the renderer does: data URIs only (nothing is fetched), ICU's line breaking and
 * bidirectional text for the briefing's language, PDF/A-2b and PDF/UA, inline SVG charts (line
 * charts, bars on both sides of zero) through Batik, and the page content left uncompressed, since
 * {@link ContentCompaction} reads it back, rewrites and compresses it. What belongs to one document
 * (its XHTML, fonts, producer, style sheets) the caller sets.
 *
 * <pre>{@code EngineOptions.apply(builder, "pl");}</pre>
 */
public final class EngineOptions {
  private EngineOptions() {}

  /** Sets the engine's options for a briefing written in {@code language} (a BCP 47 code). */
  public static PdfRendererBuilder apply(PdfRendererBuilder builder, String language) {
    builder.useUriResolver((base, uri) -> uri.startsWith("data:") ? uri : null);
    builder.useUnicodeLineBreaker(new IcuLineBreaker(language));
    builder.useUnicodeBidiSplitter(IcuBidi.SPLITTERS);
    builder.useUnicodeBidiReorderer(IcuBidi.REORDERER);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
    builder.usePdfUaAccessibility(true);
    // Page content uncompressed (the flag's only effect in openhtmltopdf 1.1.65).
    builder.testMode(true);
    builder.useSVGDrawer(new BatikSVGDrawer());
    return builder;
  }
}
