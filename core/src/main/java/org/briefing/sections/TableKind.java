package org.briefing.sections;

import java.util.List;
import java.util.Optional;
import org.briefing.model.Corpus;
import org.briefing.model.Table;
import org.briefing.spec.Period;

/** One of the paper's tables, cell for cell, whole or cut down by rows and a period. */
class TableKind implements SectionKind<TableKind.Options> {
  static final Option TABLE = Option.id("table", "The table to show.", IdKind.TABLE, true);
  static final Option ROWS = Option.strings("rows", "Row ids to keep (all when omitted).");
  static final Option PERIOD =
      Option.period(
          "period",
          "Keep only rows and dated cell lines in this period; rows with no date in it are left"
              + " out.");

  /**
   * @param table the table's id
   * @param rows row ids to keep (all when empty)
   */
  record Options(String table, List<String> rows, Optional<Period> period) {
    Options {
      rows = List.copyOf(rows);
    }
  }

  @Override
  public String name() {
    return "table";
  }

  @Override
  public String description() {
    return "One of the paper's tables, whole or cut down by rows and a period.";
  }

  @Override
  public List<Option> options() {
    return List.of(TABLE, ROWS, PERIOD);
  }

  @Override
  public Options read(OptionReader r) {
    Optional<String> id = r.id(TABLE);
    return id.map(t -> readRows(r, t)).orElse(null);
  }

  /** Reads rows and period for the table {@code id}, checking row ids against it. */
  Options readRows(OptionReader r, String id) {
    Table t = r.corpus().table(id).orElseThrow();
    List<String> rows = r.strings(ROWS);
    r.checkAgainst(ROWS, Corpus.ids(t.rows(), Table.Row::id), "row of table '" + id + "'");
    return new Options(id, rows, r.period(PERIOD));
  }

  @Override
  public Optional<String> headingLabel() {
    return Optional.empty();
  }

  @Override
  public Optional<String> tableId(Options o) {
    return Optional.of(o.table());
  }

  @Override
  public String idBase(Options o, Corpus corpus, org.briefing.i18n.Language main) {
    return Tables.anchor(corpus.table(o.table()).orElseThrow());
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    Table t = c.corpus().table(o.table()).orElseThrow();
    var table = Tables.build(c.voice(), c.corpus(), t, c.id(), o.rows(), o.period(), c::cite);
    if (table.body().isEmpty()) {
      return SectionContent.nothing(
          o.period().isPresent()
              ? "no row of table '" + t.id() + "' falls in the period asked for"
              : "table '" + t.id() + "' has no rows to show");
    }
    return SectionContent.of(List.of(table));
  }
}
