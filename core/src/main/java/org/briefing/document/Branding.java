package org.briefing.document;

import java.util.Optional;

/**
 * An organisation's look: its name, a logo embedded in the output, and an accent colour.
 *
 * @param logo the logo's bytes and media type, read from a local file
 * @param accent a CSS hex colour such as "#0b5394"
 */
public record Branding(String name, Optional<Logo> logo, Optional<String> accent) {

  /** An image embedded in the output. */
  public record Logo(byte[] bytes, String mediaType) {}
}
