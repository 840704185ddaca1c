package org.briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * One claim of the paper, in its own words (hedges kept), with its citations and where it stands in
 * the paper.
 *
 * @param statement the claim, inline Markdown
 * @param key whether the paper's authors (or the corpus editor) mark it as a key finding
 * @param citations one citation group, printed as one parenthesis
 */
public record Finding(
    String id,
    String statement,
    boolean key,
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
