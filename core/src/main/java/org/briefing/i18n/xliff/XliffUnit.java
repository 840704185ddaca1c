package org.briefing.i18n.xliff;

import java.util.Objects;
import java.util.Optional;
import org.briefing.diagnostics.SourcePosition;

/**
 * One {@code <unit>} read from an XLIFF file.
 *
 * @param unitId the unit id, one of the corpus's {@link org.briefing.i18n.UnitCatalog}
 * @param state the state of its least finished segment
 * @param target the translation, all segments joined; empty when the unit is not (fully) translated
 * @param position where the {@code <unit>} start tag is in the file
 * @param locked whether the file marks the unit {@code translate="no"}
 */
public record XliffUnit(
    String unitId,
    XliffState state,
    Optional<String> target,
    SourcePosition position,
    boolean locked) {
  public XliffUnit {
    Objects.requireNonNull(unitId);
    Objects.requireNonNull(state);
    Objects.requireNonNull(target);
    Objects.requireNonNull(position);
  }

  /** A unit the file does not lock. */
  public XliffUnit(
      String unitId, XliffState state, Optional<String> target, SourcePosition position) {
    this(unitId, state, target, position, false);
  }
}
