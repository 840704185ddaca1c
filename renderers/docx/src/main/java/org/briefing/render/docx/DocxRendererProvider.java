package org.briefing.render.docx;

import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;

/** Registers the {@code docx} format with {@link org.briefing.render.Formats}. */
public final class DocxRendererProvider implements RendererProvider {

  @Override
  public String format() {
    return DocxRenderer.FORMAT;
  }

  @Override
  public String description() {
    return "Word document (DOCX) with Word styles, lists, tables and footnotes";
  }

  @Override
  public Renderer create() {
    return DocxRenderer.builder().build();
  }
}
