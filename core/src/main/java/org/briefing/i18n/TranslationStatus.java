package org.briefing.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a translation comes from, and how far it can be trusted. */
public enum TranslationStatus {
  /** The paper's own text in that language. */
  ARTICLE,
  /** Translated here, not yet checked by a translator. */
  DRAFT,
  /** A draft a translator has checked. */
  REVIEWED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TranslationStatus> fromKey(String key) {
    return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
  }
}
