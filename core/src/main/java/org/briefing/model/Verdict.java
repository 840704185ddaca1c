package org.briefing.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the article concludes about a hypothesis. */
public enum Verdict {
  CONFIRMED,
  PARTIALLY_CONFIRMED,
  NOT_CONFIRMED,
  NEEDS_FURTHER_RESEARCH;

  /** The word used in the corpus files, such as {@code needs-further-research}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Verdict> fromKey(String key) {
    return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
  }
}
