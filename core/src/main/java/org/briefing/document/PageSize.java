package org.briefing.document;

import java.util.Arrays;
import java.util.Optional;

/** Paper size for paged formats. */
public enum PageSize {
  A4("A4"),
  LETTER("Letter");

  private final String key;

  PageSize(String key) {
    this.key = key;
  }

  /** The word used in specs ("A4", "Letter"). */
  public String key() {
    return key;
  }

  /** The size a spec names, in any letter case. */
  public static Optional<PageSize> fromKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equalsIgnoreCase(key)).findFirst();
  }
}
