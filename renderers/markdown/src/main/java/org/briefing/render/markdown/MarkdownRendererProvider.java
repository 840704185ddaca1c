package org.briefing.render.markdown;

import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;

/** Registers the {@code md} format with {@link org.briefing.render.Formats}. */
public final class MarkdownRendererProvider implements RendererProvider {

  @Override
  public String format() {
    return MarkdownRenderer.FORMAT;
  }

  @Override
  public String description() {
    return "Markdown (CommonMark with GFM tables and footnotes)";
  }

  @Override
  public Renderer create() {
    return MarkdownRenderer.builder().build();
  }
}
