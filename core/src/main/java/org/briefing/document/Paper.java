package org.briefing.document;

import java.util.List;
import java.util.Optional;

/**
 * The paper a briefing is made from, as its corpus describes it: what renderers write into
 * machine-readable metadata (PDF Author and XMP, HTML {@code citation_*} tags). Only what the paper
 * gives is here; everything else is empty.
 *
 * @param published the publication date as the paper writes it ("April 8, 2024"), or empty
 * @param publishedIso the same date as ISO 8601 ("2024-04-08", "2024-04", "2024"), or empty
 * @param journal the journal or series title, or empty
 */
public record Paper(
    String title,
    List<Person> authors,
    String published,
    String publishedIso,
    String publisher,
    String journal,
    String volume,
    String issue,
    String pages,
    String reportNumber,
    Optional<String> doi,
    Optional<String> url,
    String licence,
    String language) {
  public Paper {
    authors = List.copyOf(authors);
  }

  /**
   * A person who wrote the paper.
   *
   * @param affiliation where they work, or empty
   * @param orcid their ORCID iD ("0000-0002-1825-0097"), or empty
   */
  public record Person(String name, String affiliation, String orcid) {}
}
