package org.briefing.i18n;

import java.util.List;

/**
 * One translated unit.
 *
 * @param fingerprint the {@link Fingerprint} of the English text this translates
 * @param notes the translator's notes on this translation (why it departs from the English)
 */
public record Translation(
    String unitId, TranslationStatus status, String fingerprint, String text, List<String> notes) {
  public Translation {
    notes = List.copyOf(notes);
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
