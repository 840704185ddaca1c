package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.assemble.Blocks;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.UnitId;
import org.briefing.model.Corpus;
import org.briefing.model.PartialDate;
import org.briefing.model.Table;
import org.briefing.spec.Period;

/** A table of the paper as a document table, whole or cut down by rows and a period. */
public final class Tables {
  private static final Pattern URL = Pattern.compile("https?://\\S+?(?=[.,;:)]?(\\s|$))");

  private Tables() {}

  /** The anchor of a table: from its number when it has one, else from its id. */
  public static String anchor(Table t) {
    return "table-" + t.number().map(String::valueOf).orElse(t.id());
  }

  /**
   * The table's caption: "Table 3. Title", or the title alone for a table without a number.
   *
   * @param v the language to write it in
   */
  public static List<Inline> caption(Voice v, Table t) {
    String prefix = t.number().map(n -> v.label("table") + " " + n + ". ").orElse("");
    return v.unit(UnitId.tableTitle(t.id()), prefix, "");
  }

  /**
   * The table in a language.
   *
   * @param rows row ids to keep (all when empty)
   * @param period keep only rows and dated lines in this period; rows with no date in it are left
   *     out
   * @param cite records the references the table's notes cite
   */
  public static Block.Table build(
      Voice v,
      Corpus corpus,
      Table t,
      String id,
      List<String> rows,
      Optional<Period> period,
      java.util.function.Consumer<String> cite) {
    Predicate<PartialDate> inPeriod = d -> period.map(p -> p.admits(d)).orElse(true);
    List<Block.Cell> head = new ArrayList<>();
    for (Table.Column col : t.columns()) {
      head.add(
          new Block.Cell(
              true, List.of(new Block.Paragraph(v.unit(UnitId.tableColumn(t.id(), col.id()))))));
    }
    List<Block.Row> body = new ArrayList<>();
    List<String> markers = new ArrayList<>();
    for (Table.Row r : t.rows()) {
      if (!rows.isEmpty() && !rows.contains(r.id())) {
        continue;
      }
      boolean rowInPeriod = r.date().map(inPeriod::test).orElse(false);
      boolean anyDatedInPeriod = false;
      List<Block.Cell> cells = new ArrayList<>();
      for (Table.Column col : t.columns()) {
        Optional<Table.Cell> cell = r.cell(col.id());
        List<Block> lines = new ArrayList<>();
        if (cell.isPresent()) {
          List<Table.Line> all = cell.get().lines();
          for (int i = 0; i < all.size(); i++) {
            Table.Line line = all.get(i);
            if (period.isPresent() && line.date().isPresent()) {
              if (!inPeriod.test(line.date().get())) {
                continue;
              }
              anyDatedInPeriod = true;
            }
            UnitId unit =
                cell.get().list()
                    ? UnitId.tableCellLine(t.id(), r.id(), col.id(), i + 1)
                    : UnitId.tableCell(t.id(), r.id(), col.id());
            String before = line.date().map(d -> v.date(d) + ": ").orElse("");
            lines.add(new Block.Paragraph(v.unit(unit, before, line.marker())));
            if (!line.marker().isEmpty()) {
              markers.add(line.marker());
            }
          }
        }
        cells.add(new Block.Cell(col.rowHeader(), lines));
      }
      if (period.isPresent() && !rowInPeriod && !anyDatedInPeriod) {
        continue;
      }
      body.add(new Block.Row(cells));
    }
    List<Block> notes = new ArrayList<>();
    for (int i = 0; i < t.tableNotes().size(); i++) {
      Table.TableNote n = t.tableNotes().get(i);
      if (!n.marker().isEmpty() && !markers.contains(n.marker())) {
        continue;
      }
      String before = n.marker().isEmpty() ? "" : n.marker() + " ";
      notes.add(new Block.Paragraph(linked(v.unit(UnitId.tableNote(t.id(), i + 1), before, ""))));
      n.ref().ifPresent(cite);
    }
    if (t.source().isPresent()) {
      notes.add(
          new Block.Paragraph(v.unit(UnitId.tableSource(t.id()), v.label("source") + ": ", "")));
    }
    return markedOnce(
        v, new Block.Table(id, caption(v, t), List.of(new Block.Row(head)), body, notes));
  }

  /**
   * One mark for the table instead of one a cell: when every cell carries a translation badge, the
   * most frequent one (a draft translation, say) is taken off every part of the table and put once
   * at its caption, with a note first under the table that names it. A part whose badge differs
   * keeps its own, so a reader still sees which text is in which state. A table with cells that
   * carry none (checked text) keeps its marks where they are.
   */
  static Block.Table markedOnce(Voice v, Block.Table table) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    int cells = 0;
    for (Block.Row r : concat(table.head(), table.body())) {
      for (Block.Cell c : r.cells()) {
        if (c.content().isEmpty()) {
          continue;
        }
        cells++;
        Optional<String> badge = badgeOf(c.content());
        if (badge.isEmpty()) {
          return table;
        }
        counts.merge(badge.get(), 1, Integer::sum);
      }
    }
    if (cells < 2 || counts.isEmpty()) {
      return table;
    }
    String key =
        counts.entrySet().stream()
            .max(java.util.Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();
    List<Inline> caption = new ArrayList<>(without(table.caption(), key));
    // A caption that carries a mark of its own (an English title for want of a translation) keeps
    // it alone: two marks side by side would read as one text in two states. The note under the
    // table still names the table's.
    boolean ownMark = caption.stream().anyMatch(Inline.Badge.class::isInstance);
    if (!ownMark) {
      caption.add(new Inline.Text(" "));
      caption.add(new Inline.Badge(key));
    }
    List<Block> notes = new ArrayList<>();
    notes.add(new Block.Paragraph(List.of(v.labelText("table-translation." + key))));
    table.notes().forEach(n -> notes.add(without(n, key)));
    return new Block.Table(
        table.id(), caption, rows(table.head(), key), rows(table.body(), key), notes);
  }

  private static List<Block.Row> concat(List<Block.Row> a, List<Block.Row> b) {
    List<Block.Row> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The badge of a cell: the one its paragraphs carry, if they all carry the same one. */
  private static Optional<String> badgeOf(List<Block> content) {
    String found = null;
    for (Block b : content) {
      if (!(b instanceof Block.Paragraph p)) {
        return Optional.empty();
      }
      String key =
          p.content().stream()
              .filter(Inline.Badge.class::isInstance)
              .map(i -> ((Inline.Badge) i).labelKey())
              .findFirst()
              .orElse(null);
      if (key == null || (found != null && !found.equals(key))) {
        return Optional.empty();
      }
      found = key;
    }
    return Optional.ofNullable(found);
  }

  private static List<Block.Row> rows(List<Block.Row> rows, String key) {
    return rows.stream()
        .map(r -> r.mapContent(content -> content.stream().map(b -> without(b, key)).toList()))
        .toList();
  }

  private static Block without(Block b, String key) {
    return Blocks.withoutBadge(b, key);
  }

  private static List<Inline> without(List<Inline> inlines, String key) {
    return Blocks.withoutBadge(inlines, key);
  }

  /** Web addresses in a note's text as links. */
  private static List<Inline> linked(List<Inline> unit) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : unit) {
      if (i instanceof Inline.Text t) {
        out.addAll(linked(t.text()));
      } else if (i instanceof Inline.LangSpan span
          && span.content().size() == 1
          && span.content().get(0) instanceof Inline.Text t) {
        out.add(new Inline.LangSpan(span.language(), linked(t.text())));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Inline> linked(String text) {
    List<Inline> out = new ArrayList<>();
    Matcher m = URL.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        out.add(new Inline.Text(text.substring(last, m.start())));
      }
      out.add(new Inline.Link(m.group(), List.of(new Inline.Text(m.group()))));
      last = m.end();
    }
    if (last < text.length()) {
      out.add(new Inline.Text(text.substring(last)));
    }
    return out;
  }
}
