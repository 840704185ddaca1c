package org.briefing.spec;

import java.util.List;
import java.util.Optional;

/**
 * What a briefing is about. Every criterion given must hold (they combine with "and"); a list
 * criterion holds when any of its ids matches. With a period, undated findings and events are left
 * out.
 *
 * @param topics topic ids
 * @param actors actor ids
 * @param hypotheses hypothesis ids
 * @param findings finding ids
 */
public record Filters(
    List<String> topics,
    List<String> actors,
    Optional<Period> period,
    List<String> hypotheses,
    List<String> findings) {
  public Filters {
    topics = List.copyOf(topics);
    actors = List.copyOf(actors);
    hypotheses = List.copyOf(hypotheses);
    findings = List.copyOf(findings);
  }

  /** No filter: the whole article. */
  public static Filters none() {
    return new Filters(List.of(), List.of(), Optional.empty(), List.of(), List.of());
  }

  /** Whether the content criteria (topics, actors, period, findings) are all open. */
  public boolean coversAllFindings() {
    return topics.isEmpty() && actors.isEmpty() && period.isEmpty() && findings.isEmpty();
  }
}
