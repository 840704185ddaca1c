package org.briefing.sections;

import java.util.List;
import java.util.Optional;

/**
 * The paper's summary table (the table its corpus names in {@code summary-table}), whole or cut
 * down by rows and a period.
 */
final class SummaryTableKind extends TableKind {
  @Override
  public String name() {
    return "summary-table";
  }

  @Override
  public String description() {
    return "The paper's summary table (named in article.yaml), whole or cut down.";
  }

  @Override
  public List<Option> options() {
    return List.of(TableKind.ROWS, TableKind.PERIOD);
  }

  @Override
  public Options read(OptionReader r) {
    Optional<String> id = r.corpus().summaryTable().map(t -> t.id());
    if (id.isEmpty()) {
      r.problems()
          .error(
              r.position(),
              "this corpus names no summary table",
              r.corpus().tables().isEmpty()
                  ? "the paper has no tables"
                  : "use '{type: table, table: "
                      + r.corpus().tables().get(0).id()
                      + "}', or name one in article.yaml with 'summary-table: ID'");
      return null;
    }
    return readRows(r, id.get());
  }
}
