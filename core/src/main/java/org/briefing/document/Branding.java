package org.briefing.document;

import java.util.Optional;
import org.briefing.diagnostics.SourcePosition;

/**
 * An organisation's look: its name, a logo embedded in the output, and an accent colour.
 *
 * @param logo the logo's bytes and media type, read from a local file
 * @param accent a CSS hex colour such as "#0b5394"
 */
public record Branding(String name, Optional<Logo> logo, Optional<String> accent) {

  /**
   * An image embedded in the output.
   *
   * @param position where the spec names the logo ({@code logo:}), so that a renderer's refusal of
   *     it is reported there; empty when not known
   */
  public record Logo(byte[] bytes, String mediaType, Optional<SourcePosition> position) {
    /** A logo with no known place in a spec. */
    public Logo(byte[] bytes, String mediaType) {
      this(bytes, mediaType, Optional.empty());
    }
  }
}
