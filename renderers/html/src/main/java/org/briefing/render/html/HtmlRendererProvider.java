package org.briefing.render.html;

import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;

/** Registers the "html" format (a self-contained web page) with the format registry. */
public final class HtmlRendererProvider implements RendererProvider {
  @Override
  public String format() {
    return "html";
  }

  @Override
  public String description() {
    return "self-contained HTML page (inline CSS and SVG charts)";
  }

  @Override
  public Renderer create() {
    return HtmlRenderer.builder().build();
  }

  /** Loads the style sheets and the renderer's classes (the page template is compiled Java). */
  @Override
  public void prepare() {
    HtmlRenderer.prepare();
  }
}
