package org.briefing.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.briefing.i18n.Language;

/** Block-level content. Every block is an immutable record. */
public sealed interface Block extends Node {

  /** A heading; {@code level} 1 is the document title level, 2 a section. */
  record Heading(int level, String id, List<Inline> content) implements Block {
    public Heading {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A bulleted or numbered list; each item is a list of blocks. */
  record ListBlock(boolean ordered, List<List<Block>> items) implements Block {
    public ListBlock {
      items = items.stream().map(List::copyOf).toList();
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * A table with header rows, body rows, and notes printed under it (the source line, a note).
   *
   * @param id an anchor id
   * @param caption the table's title ("Table 1. Summary of …")
   */
  record Table(String id, List<Inline> caption, List<Row> head, List<Row> body, List<Block> notes)
      implements Block {
    public Table {
      caption = List.copyOf(caption);
      head = List.copyOf(head);
      body = List.copyOf(body);
      notes = List.copyOf(notes);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A table row. */
  record Row(List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A table cell.
   *
   * @param header true for a header cell (column header in the head, row header in the body)
   */
  record Cell(boolean header, List<Block> content) {
    public Cell {
      content = List.copyOf(content);
    }
  }

  /**
   * A chart: its numbers, a text alternative and its source line. Renderers draw it (SVG) and also
   * give the numbers as text.
   */
  record Figure(
      String id,
      List<Inline> caption,
      String unit,
      List<DataPoint> data,
      String altText,
      List<Inline> source)
      implements Block {
    public Figure {
      caption = List.copyOf(caption);
      data = List.copyOf(data);
      source = List.copyOf(source);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** One bar of a chart. {@code highlight} marks the bar the text is about. */
  record DataPoint(String label, BigDecimal value, String formatted, boolean highlight) {}

  /** A boxed note: a verdict, an editorial note, a draft-translation warning, a marking. */
  record Callout(CalloutKind kind, List<Inline> title, List<Block> content) implements Block {
    public Callout {
      title = List.copyOf(title);
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** What a callout is for, so renderers can style it. */
  enum CalloutKind {
    NOTE,
    KEY_POINT,
    VERDICT,
    EDITORIAL,
    DRAFT,
    WARNING
  }

  /** A quotation from the article. */
  record Quote(List<Block> content, List<Inline> attribution) implements Block {
    public Quote {
      content = List.copyOf(content);
      attribution = List.copyOf(attribution);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** The text of a footnote, pointed to by {@link Inline.NoteRef}s with the same id. */
  record Footnote(String id, String marker, List<Block> content) implements Block {
    public Footnote {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** Preformatted text (from free Markdown text in a spec). */
  record Code(String text) implements Block {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A thematic break. */
  record Rule() implements Block {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * A part of the document in one language (the English or Polish half of a sequential bilingual
   * briefing); renderers mark its language and may bookmark it.
   */
  record Part(String id, Language language, Optional<String> title, List<Block> content)
      implements Block {
    public Part {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * Two languages side by side, block aligned to block: each row holds the same content in the left
   * and the right language.
   */
  record Parallel(Language left, Language right, List<ParallelRow> rows) implements Block {
    public Parallel {
      rows = List.copyOf(rows);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** One aligned pair of a {@link Parallel} block. */
  record ParallelRow(List<Block> left, List<Block> right) {
    public ParallelRow {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }
  }
}
