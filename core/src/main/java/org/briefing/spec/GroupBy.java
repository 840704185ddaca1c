package org.briefing.spec;

import java.util.Locale;

/** How a findings section orders its findings. */
public enum GroupBy {
  /** Under a heading per topic, in the corpus's topic order. */
  TOPIC,
  /** By date, earliest first; undated findings last. */
  DATE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
