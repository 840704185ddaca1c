package org.briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * A footnote of the paper.
 *
 * @param originalLanguage set where the paper's footnote is not in English: then {@code text} is a
 *     translation and the original is in that language's translations
 */
public record Footnote(
    int number,
    String section,
    String text,
    Optional<String> originalLanguage,
    List<String> notes) {
  public Footnote {
    notes = List.copyOf(notes);
  }
}
