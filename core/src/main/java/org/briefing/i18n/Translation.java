package org.briefing.i18n;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One translated unit.
 *
 * @param fingerprint the {@link Fingerprint} of the English text this translates
 * @param notes the translator's notes on this translation (why it departs from the English)
 * @param source the English text this was translated from, when the file keeps it (an import stores
 *     it), so that a stale translation can show how the English changed
 */
public record Translation(
    String unitId,
    TranslationStatus status,
    String fingerprint,
    String text,
    List<String> notes,
    Optional<String> source) {
  public Translation {
    notes = List.copyOf(notes);
    Objects.requireNonNull(source);
  }

  /** A translation that does not keep its English source. */
  public Translation(
      String unitId,
      TranslationStatus status,
      String fingerprint,
      String text,
      List<String> notes) {
    this(unitId, status, fingerprint, text, notes, Optional.empty());
  }

  /** A translation without notes. */
  public Translation(String unitId, TranslationStatus status, String fingerprint, String text) {
    this(unitId, status, fingerprint, text, List.of());
  }

  /** Whether the English has changed since this was translated. */
  public boolean isStaleFor(String english) {
    return !Fingerprint.of(english).equals(fingerprint);
  }
}
