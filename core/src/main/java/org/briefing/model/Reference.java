package org.briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * A source the article cites, built from its in-text citations only: no invented titles, publishers
 * or URLs.
 *
 * @param suffix the letter after the year ("a" in "LRT, 2022a"), or empty
 * @param citedAs every form in which the article cites it, verbatim
 */
public record Reference(
    String id,
    List<String> authors,
    int year,
    String suffix,
    ReferenceKind kind,
    List<String> citedAs,
    Optional<String> url,
    List<String> notes) {
  public Reference {
    authors = List.copyOf(authors);
    suffix = suffix == null ? "" : suffix;
    citedAs = List.copyOf(citedAs);
    notes = List.copyOf(notes);
  }

  /** Author–year label as cited: "Kojala, Ivanauskas, 2015", "LRT, 2022a". */
  public String authorYear() {
    return String.join(", ", authors) + ", " + year + suffix;
  }
}
