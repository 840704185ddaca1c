package org.briefing.model;

import java.util.Optional;

/**
 * An in-text citation: a reference with an optional page locator, or a numbered note of the paper
 * (for papers that cite in footnotes).
 *
 * @param ref the reference id, empty for a note citation
 * @param locator page or page range as written ("867", "43–44"), or empty
 * @param note the footnote number, for a note citation
 */
public record Citation(String ref, String locator, Optional<Integer> note) {
  public Citation {
    ref = ref == null ? "" : ref;
    locator = locator == null ? "" : locator;
  }

  /** A citation of a reference. */
  public Citation(String ref, String locator) {
    this(ref, locator, Optional.empty());
  }

  /** A citation of the paper's footnote {@code number}. */
  public static Citation ofNote(int number) {
    return new Citation("", "", Optional.of(number));
  }

  public boolean hasLocator() {
    return !locator.isEmpty();
  }

  /** Whether this cites a footnote rather than a reference. */
  public boolean isNote() {
    return note.isPresent();
  }
}
