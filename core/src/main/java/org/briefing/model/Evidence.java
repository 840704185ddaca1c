package org.briefing.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A finding that bears on a hypothesis, and how. */
public record Evidence(String finding, Stance stance) {

  /** How a finding bears on a hypothesis. */
  public enum Stance {
    /** It supports the hypothesis. */
    SUPPORTS,
    /** It argues against it, or shows its limits. */
    CHALLENGES,
    /** It gives context: neither for nor against. */
    CONTEXT;

    /** The word used in corpus files: supports, challenges, context. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stance> fromKey(String key) {
      return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
  }
}
