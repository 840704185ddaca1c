package org.briefing.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of the paper, cell for cell: its own columns (any number), rows of cells holding inline
 * Markdown, the notes printed under it and its source line.
 *
 * @param number the table's number in the paper, if it has one
 * @param tableNotes the notes printed under the table, in order
 * @param source the source line (without the word "Source"), if the paper gives one
 * @param notes editorial notes
 */
public record Table(
    String id,
    Optional<Integer> number,
    String title,
    List<Column> columns,
    List<Row> rows,
    List<TableNote> tableNotes,
    Optional<String> source,
    List<String> notes) {
  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    tableNotes = List.copyOf(tableNotes);
    notes = List.copyOf(notes);
  }

  /**
   * A column.
   *
   * @param rowHeader whether its cells name their row (a row header, such as a country)
   */
  public record Column(String id, String label, boolean rowHeader) {}

  /**
   * A row: one cell per column id (a column may be left empty), with what the row is about for
   * filters.
   *
   * @param date when the row applies, for period filters
   */
  public record Row(
      String id,
      List<String> actors,
      List<String> topics,
      Optional<PartialDate> date,
      Map<String, Cell> cells,
      List<String> notes) {
    public Row {
      actors = List.copyOf(actors);
      topics = List.copyOf(topics);
      cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
      notes = List.copyOf(notes);
    }

    public Optional<Cell> cell(String columnId) {
      return Optional.ofNullable(cells.get(columnId));
    }
  }

  /**
   * A cell: one line, or several (a list in the paper).
   *
   * @param list whether the corpus writes the cell as a list of lines (their unit ids are numbered)
   */
  public record Cell(List<Line> lines, boolean list) {
    public Cell {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One line of a cell: inline Markdown, optionally dated ("June: …") and followed by a note marker
   * ("*").
   */
  public record Line(String text, Optional<PartialDate> date, String marker, List<String> notes) {
    public Line {
      marker = marker == null ? "" : marker;
      notes = List.copyOf(notes);
    }

    /** The line as the paper prints it: {@code date + ": " + text + marker}. */
    public String printed() {
      return date.map(d -> d.text() + ": ").orElse("") + text + marker;
    }
  }

  /**
   * A note under the table, with the marker that points to it from cells (empty for a note without
   * a marker) and the reference it cites, if any.
   */
  public record TableNote(String marker, String text, Optional<String> ref) {
    public TableNote {
      marker = marker == null ? "" : marker;
    }
  }
}
