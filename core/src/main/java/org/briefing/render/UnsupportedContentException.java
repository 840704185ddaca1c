package org.briefing.render;

/** The document holds nothing a format can write (for example CSV of a briefing with no table). */
public final class UnsupportedContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsupportedContentException(String message) {
    super(message);
  }
}
