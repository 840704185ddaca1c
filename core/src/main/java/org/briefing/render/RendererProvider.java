package org.briefing.render;

/**
 * Makes a renderer; found with {@link java.util.ServiceLoader}, so that a renderer module on the
 * class path adds its format and a heavy one (PDF) is loaded only when asked for.
 */
public interface RendererProvider {

  /** The format name used with {@code -f}. */
  String format();

  /** A short description for help text. */
  String description();

  Renderer create();
}
