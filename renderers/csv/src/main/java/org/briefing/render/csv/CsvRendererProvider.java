package org.briefing.render.csv;

import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;

/** Registers the {@code csv} format with {@link org.briefing.render.Formats}. */
public final class CsvRendererProvider implements RendererProvider {

  @Override
  public String format() {
    return CsvRenderer.FORMAT;
  }

  @Override
  public String description() {
    return "CSV of the summary table (RFC 4180, UTF-8)";
  }

  @Override
  public Renderer create() {
    return CsvRenderer.builder().build();
  }
}
