package org.briefing.model;

import java.util.List;
import java.util.Optional;

/** One factual claim of the article, with its citations and where it stands in the article. */
public record Finding(
    String id,
    String statement,
    List<String> topics,
    List<String> actors,
    Optional<PartialDate> date,
    List<Citation> citations,
    Provenance source,
    List<String> notes) {
  public Finding {
    topics = List.copyOf(topics);
    actors = List.copyOf(actors);
    citations = List.copyOf(citations);
    notes = List.copyOf(notes);
  }
}
