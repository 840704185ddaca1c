package org.briefing.render.pdf;

import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;

/** Registers the "pdf" format (PDF/A-2b, PDF/UA-1) with the format registry. */
public final class PdfRendererProvider implements RendererProvider {
  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public String description() {
    return "accessible archival PDF (PDF/A-2b, PDF/UA-1)";
  }

  @Override
  public Renderer create() {
    return PdfRenderer.builder().build();
  }

  /** Loads the engine's classes and parses the fonts the style sheets use most. */
  @Override
  public void prepare() {
    PdfRenderer.prepare();
  }
}
