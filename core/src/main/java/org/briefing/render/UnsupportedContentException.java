package org.briefing.render;

import java.util.Optional;
import org.briefing.diagnostics.SourcePosition;

/** The document holds nothing a format can write (for example CSV of a briefing with no table). */
public final class UnsupportedContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the input names what cannot be written (a spec's {@code logo:}), or null. */
  private final transient SourcePosition position;

  public UnsupportedContentException(String message) {
    this(message, Optional.empty());
  }

  /**
   * @param position where the input names what cannot be written, so the error is reported there
   */
  public UnsupportedContentException(String message, Optional<SourcePosition> position) {
    super(message);
    this.position = position.orElse(null);
  }

  /** Where the input names what cannot be written, if known. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }
}
