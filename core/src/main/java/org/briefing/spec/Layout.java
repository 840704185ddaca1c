package org.briefing.spec;

import java.util.Locale;

/** How a bilingual briefing places its two languages. */
public enum Layout {
  /** Side by side, block aligned to block. */
  PARALLEL,
  /** One language after the other, each in its own part. */
  SEQUENTIAL;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
