package org.briefing.i18n;

import org.briefing.model.Corpus;

/**
 * Gives the text of a unit in a language: English source text, or its translation with status and
 * staleness; falls back to English, marked missing, when no translation exists.
 *
 * <pre>{@code
 * Localizer pl = Localizer.of(corpus, Language.PL);
 * LocalizedText t = pl.text("finding.gipl.statement");
 * }</pre>
 */
public final class Localizer {
  private final UnitCatalog catalog;
  private final Language language;
  private final Translations translations;

  private Localizer(UnitCatalog catalog, Language language, Translations translations) {
    this.catalog = catalog;
    this.language = language;
    this.translations = translations;
  }

  public static Localizer of(Corpus corpus, Language language) {
    // English is the source: its text needs no translation file (so an English build reads none).
    return new Localizer(
        UnitCatalog.of(corpus),
        language,
        language.isSource() ? Translations.empty(language) : corpus.translations(language));
  }

  /** The unit catalog of a corpus. */
  public static UnitCatalog units(Corpus c) {
    return UnitCatalog.of(c);
  }

  public Language language() {
    return language;
  }

  /** The text of a unit in this localizer's language. */
  public LocalizedText text(UnitId unit) {
    return text(unit.value());
  }

  /** The text of a unit in this localizer's language. */
  public LocalizedText text(String unitId) {
    String english = catalog.english(unitId);
    if (language.isSource()) {
      return LocalizedText.source(english);
    }
    return translations
        .unit(unitId)
        .map(t -> new LocalizedText(t.text(), language, t.status(), t.isStaleFor(english), false))
        .orElseGet(() -> new LocalizedText(english, Language.EN, null, false, true));
  }
}
