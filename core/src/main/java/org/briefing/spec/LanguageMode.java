package org.briefing.spec;

import java.util.List;
import java.util.Locale;
import org.briefing.i18n.Language;

/** The language a briefing is written in: English, Polish, or both. */
public enum LanguageMode {
  EN(List.of(Language.EN)),
  PL(List.of(Language.PL)),
  BILINGUAL(List.of(Language.EN, Language.PL));

  private final List<Language> languages;

  LanguageMode(List<Language> languages) {
    this.languages = languages;
  }

  /** The word used in specs: {@code en}, {@code pl}, {@code bilingual}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The languages written, the main one first. */
  public List<Language> languages() {
    return languages;
  }

  public boolean bilingual() {
    return languages.size() > 1;
  }
}
