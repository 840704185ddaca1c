package org.briefing.model;

import java.util.List;

/**
 * One dated line of the Effects column.
 *
 * @param marker a footnote marker written after the text ("*"), or empty
 */
public record TableEffect(PartialDate date, String text, String marker, List<String> notes) {
  public TableEffect {
    marker = marker == null ? "" : marker;
    notes = List.copyOf(notes);
  }

  /** The cell line as the article prints it: {@code date + ": " + text + marker}. */
  public String cellText() {
    return date.text() + ": " + text + marker;
  }
}
