package org.briefing.i18n.xliff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code state} of an XLIFF 2.0 segment, from least to most finished. A unit of several
 * segments is as finished as its least finished segment.
 */
public enum XliffState {
  /** Not translated, or a translation that needs looking at again (a stale one). */
  INITIAL,
  /** Translated, not yet reviewed: a draft. */
  TRANSLATED,
  /** Translated and reviewed. */
  REVIEWED,
  /** Finished: here, the paper's own text. */
  FINAL;

  /** The attribute value, such as {@code "translated"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<XliffState> fromKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
  }
}
