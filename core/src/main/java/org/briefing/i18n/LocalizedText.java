package org.briefing.i18n;

/**
 * A text in the language asked for, with where it comes from.
 *
 * @param status null for English source text
 * @param stale whether the English changed after this was translated
 * @param missing whether no translation exists and {@code text} is the English fallback
 */
public record LocalizedText(
    String text, Language language, TranslationStatus status, boolean stale, boolean missing) {

  public static LocalizedText source(String english) {
    return new LocalizedText(english, Language.EN, null, false, false);
  }

  /** Whether a reader should be told this is not a checked translation. */
  public boolean isDraft() {
    return status == TranslationStatus.DRAFT || stale || missing;
  }
}
