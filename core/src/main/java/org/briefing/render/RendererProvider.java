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

  /**
   * Does ahead of time the one-time work of this format's first render in the process (loading its
   * classes, templates and fonts), so that a caller can run it on an idle core while it assembles
   * the document. Nothing depends on it: a render does whatever was not done. Safe to call from any
   * thread, at any time, any number of times; it throws nothing a render would not throw too. The
   * default does nothing.
   */
  default void prepare() {}
}
