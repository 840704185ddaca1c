package org.briefing.sections;

import java.util.List;
import org.briefing.i18n.UnitId;

/** The summary the paper gives of itself (a one-page summary), with its sub-headings. */
final class SummaryKind implements SectionKind<SummaryKind.Options> {
  record Options() {}

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public String description() {
    return "The paper's own summary, when it has one.";
  }

  @Override
  public List<Option> options() {
    return List.of();
  }

  @Override
  public Options read(OptionReader reader) {
    return new Options();
  }

  @Override
  public SectionContent build(Options options, SectionContext c) {
    if (c.corpus().article().summary().isEmpty()) {
      return SectionContent.nothing("the paper has no summary ('summary' in article.yaml)");
    }
    return SectionContent.of(c.voice().blocks(UnitId.summary(), c.level() + 1, c.id("")));
  }
}
