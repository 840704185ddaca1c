package org.briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * Figure data: a numbered figure of the article, or numbers a footnote gives.
 *
 * @param number the figure number, empty for data that is not a numbered figure
 * @param footnote the footnote that gives the data, if any
 */
public record Figure(
    String id,
    Optional<Integer> number,
    String title,
    String source,
    String unit,
    Optional<Integer> footnote,
    List<DataPoint> series,
    List<String> notes) {
  public Figure {
    series = List.copyOf(series);
    notes = List.copyOf(notes);
  }
}
