package org.briefing.model;

import java.util.List;

/** One row of the summary table: a country or organisation, its priorities and dated effects. */
public record TableRow(
    String id,
    String label,
    List<String> actors,
    List<String> topics,
    List<String> priorities,
    List<TableEffect> effects) {
  public TableRow {
    actors = List.copyOf(actors);
    topics = List.copyOf(topics);
    priorities = List.copyOf(priorities);
    effects = List.copyOf(effects);
  }
}
