package org.briefing.render;

import java.util.Optional;
import org.briefing.diagnostics.SourcePosition;

/** The document holds nothing a format can write (for example CSV of a briefing with no table). */
public final class UnsupportedContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the input names what cannot be written (a spec's {@code logo:}), or null. */
  private final transient SourcePosition position;

  /** What to do about it, or null. */
  private final String hint;

  public UnsupportedContentException(String message) {
    this(message, Optional.empty());
  }

  /**
   * @param position where the input names what cannot be written, so the error is reported there
   */
  public UnsupportedContentException(String message, Optional<SourcePosition> position) {
    this(message, position, null);
  }

  /**
   * @param position where the input names what cannot be written, so the error is reported there
   * @param hint what to do about it, printed under the error; null for none
   */
  public UnsupportedContentException(
      String message, Optional<SourcePosition> position, String hint) {
    super(message);
    this.position = position.orElse(null);
    this.hint = hint;
  }

  /** Where the input names what cannot be written, if known. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /** What to do about it, if anything helps. */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }
}
