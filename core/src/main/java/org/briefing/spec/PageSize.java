package org.briefing.spec;

/** Paper size for paged formats. */
public enum PageSize {
  A4("A4"),
  LETTER("Letter");

  private final String key;

  PageSize(String key) {
    this.key = key;
  }

  /** The word used in specs and in {@link org.briefing.document.Meta#pageSize()}. */
  public String key() {
    return key;
  }
}
