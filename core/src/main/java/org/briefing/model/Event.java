package org.briefing.model;

import java.util.List;

/** A dated event of the timeline. */
public record Event(
    String id,
    PartialDate date,
    String text,
    List<String> topics,
    List<String> actors,
    List<String> findings,
    List<Citation> citations,
    Provenance source,
    List<String> notes) {
  public Event {
    topics = List.copyOf(topics);
    actors = List.copyOf(actors);
    findings = List.copyOf(findings);
    citations = List.copyOf(citations);
    notes = List.copyOf(notes);
  }
}
