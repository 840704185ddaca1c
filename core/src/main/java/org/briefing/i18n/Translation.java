package org.briefing.i18n;

/**
 * One translated unit.
 *
 * @param fingerprint the {@link Fingerprint} of the English text this translates
 */
public record Translation(
    String unitId, TranslationStatus status, String fingerprint, String text) {

  /** Whether the English has changed since this was translated. */
  public boolean isStaleFor(String english) {
    return !Fingerprint.of(english).equals(fingerprint);
  }
}
