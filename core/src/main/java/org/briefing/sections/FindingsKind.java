package org.briefing.sections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.document.Block;
import org.briefing.i18n.UnitId;
import org.briefing.model.Finding;
import org.briefing.model.PartialDate;

/** The findings that pass the filters, grouped by topic or ordered by date. */
final class FindingsKind implements SectionKind<FindingsKind.Options> {
  static final Option GROUP_BY =
      Option.choice(
          "group-by",
          "Group findings by topic or order them by date.",
          List.of("topic", "date"),
          "topic");
  static final Option LIMIT = Option.integer("limit", "At most this many findings.", "");

  record Options(String groupBy, int limit) {}

  @Override
  public String name() {
    return "findings";
  }

  @Override
  public String description() {
    return "The findings that pass the filters.";
  }

  @Override
  public List<Option> options() {
    return List.of(GROUP_BY, LIMIT);
  }

  @Override
  public Options read(OptionReader r) {
    return new Options(
        r.choice(GROUP_BY).orElse("topic"), r.integer(LIMIT).orElse(Integer.MAX_VALUE));
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    List<Finding> chosen = c.selection().findings();
    boolean byDate = o.groupBy().equals("date");
    if (byDate) {
      chosen =
          chosen.stream()
              .sorted(
                  (a, b) -> {
                    // Undated findings last (written out: see PartialDate's order).
                    PartialDate x = a.date().orElse(null);
                    PartialDate y = b.date().orElse(null);
                    return x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
                  })
              .toList();
    }
    chosen = chosen.subList(0, Math.min(o.limit(), chosen.size()));
    if (chosen.isEmpty()) {
      return SectionContent.nothing("no finding passes the briefing's filters");
    }
    List<Block> out = new ArrayList<>();
    if (byDate) {
      List<List<Block>> dated = new ArrayList<>();
      List<Finding> undated = new ArrayList<>();
      for (Finding f : chosen) {
        if (f.date().isPresent()) {
          dated.add(Claims.finding(c, f, c.voice().date(f.date().get())));
        } else {
          undated.add(f);
        }
      }
      if (!dated.isEmpty()) {
        out.add(new Block.ListBlock(false, dated));
      }
      if (!undated.isEmpty()) {
        if (!dated.isEmpty()) {
          out.add(
              new Block.Heading(
                  c.level() + 1, c.id("undated"), List.of(c.voice().labelText("undated"))));
        }
        out.addAll(Claims.findings(c, undated));
      }
      return SectionContent.of(out);
    }
    // By topic: each finding under the first of its topics that the filters admit.
    List<String> wanted = c.spec().filters().topics();
    Map<String, List<Finding>> byTopic = new LinkedHashMap<>();
    c.corpus().topics().forEach(t -> byTopic.put(t.id(), new ArrayList<>()));
    List<Finding> noTopic = new ArrayList<>();
    for (Finding f : chosen) {
      f.topics().stream()
          .filter(t -> wanted.isEmpty() || wanted.contains(t))
          .findFirst()
          .or(() -> f.topics().stream().findFirst())
          .ifPresentOrElse(
              home -> byTopic.computeIfAbsent(home, x -> new ArrayList<>()).add(f),
              () -> noTopic.add(f));
    }
    byTopic.values().removeIf(List::isEmpty);
    if (byTopic.isEmpty()) {
      return SectionContent.of(Claims.findings(c, noTopic));
    }
    for (Map.Entry<String, List<Finding>> e : byTopic.entrySet()) {
      out.add(
          new Block.Heading(
              c.level() + 1, c.id(e.getKey()), c.voice().unit(UnitId.topicLabel(e.getKey()))));
      out.addAll(Claims.findings(c, e.getValue()));
    }
    out.addAll(Claims.findings(c, noTopic));
    return SectionContent.of(out);
  }
}
