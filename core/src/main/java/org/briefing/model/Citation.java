package org.briefing.model;

/**
 * An in-text citation: a reference and, where the article gives one, a page locator.
 *
 * @param locator page or page range as written ("867", "43–44"), or empty
 */
public record Citation(String ref, String locator) {
  public Citation {
    locator = locator == null ? "" : locator;
  }

  public boolean hasLocator() {
    return !locator.isEmpty();
  }
}
