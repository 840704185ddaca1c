package org.briefing.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the tool writes. English is the source language. */
public enum Language {
  EN,
  PL;

  /** The ISO 639-1 code, as used in specs, files and {@code lang} attributes. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  public static Optional<Language> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
  }
}
