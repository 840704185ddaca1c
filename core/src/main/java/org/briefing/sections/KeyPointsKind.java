package org.briefing.sections;

import java.util.List;
import org.briefing.model.Finding;

/**
 * The findings that matter most for the briefing's filters: key findings first, then those that
 * support the hypotheses chosen, then the others, in corpus order.
 */
final class KeyPointsKind implements SectionKind<KeyPointsKind.Options> {
  static final int DEFAULT_LIMIT = 5;
  static final Option LIMIT =
      Option.integer("limit", "At most this many findings.", String.valueOf(DEFAULT_LIMIT));

  record Options(int limit) {}

  @Override
  public String name() {
    return "key-points";
  }

  @Override
  public String description() {
    return "The findings that matter most for the briefing's filters, as a bulleted list.";
  }

  @Override
  public List<Option> options() {
    return List.of(LIMIT);
  }

  @Override
  public Options read(OptionReader r) {
    return new Options(r.integer(LIMIT).orElse(DEFAULT_LIMIT));
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    List<Finding> ranked = c.selection().ranked();
    if (ranked.isEmpty()) {
      return SectionContent.nothing("no finding passes the briefing's filters");
    }
    return SectionContent.of(
        Claims.findings(c, ranked.subList(0, Math.min(o.limit(), ranked.size()))));
  }
}
