package org.briefing.spec;

import java.nio.file.Path;
import java.util.Optional;
import org.briefing.diagnostics.SourcePosition;

/**
 * The organisation a briefing is made for.
 *
 * @param logo the logo file, resolved against the spec's folder and checked to stay inside it; the
 *     CLI reads its bytes
 * @param accent a colour written {@code #rrggbb}
 * @param logoPosition where the spec writes {@code logo:} (its value), so that a problem with the
 *     logo found when the briefing is built is reported there; present when {@code logo} is
 */
public record Organisation(
    String name,
    Optional<Path> logo,
    Optional<String> accent,
    Optional<SourcePosition> logoPosition) {

  /** An organisation whose logo, if any, has no known place in a spec. */
  public Organisation(String name, Optional<Path> logo, Optional<String> accent) {
    this(name, logo, accent, Optional.empty());
  }

  /** Where to report a problem with the logo: at {@code logo:}, else at {@code fallback}. */
  public SourcePosition logoPositionOr(SourcePosition fallback) {
    return logoPosition.orElse(fallback);
  }
}
