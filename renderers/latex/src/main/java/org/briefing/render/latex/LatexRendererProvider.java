package org.briefing.render.latex;

import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;

/** Registers the {@code latex} format with {@link org.briefing.render.Formats}. */
public final class LatexRendererProvider implements RendererProvider {

  @Override
  public String format() {
    return LatexRenderer.FORMAT;
  }

  @Override
  public String description() {
    return "LaTeX source (xelatex or pdflatex; longtable, booktabs, hyperref)";
  }

  @Override
  public Renderer create() {
    return LatexRenderer.builder().build();
  }
}
