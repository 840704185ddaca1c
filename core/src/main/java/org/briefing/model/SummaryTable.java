package org.briefing.model;

import java.util.List;

/** The article's Table 1, cell for cell. */
public record SummaryTable(
    int number,
    String title,
    List<String> columns,
    List<TableRow> rows,
    TableNote note,
    String source,
    List<String> notes) {
  public SummaryTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }
}
