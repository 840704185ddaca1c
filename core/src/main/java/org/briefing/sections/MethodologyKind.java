package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import org.briefing.document.Block;
import org.briefing.i18n.UnitId;

/** The paper's paragraphs on method. */
final class MethodologyKind implements SectionKind<MethodologyKind.Options> {
  record Options() {}

  @Override
  public String name() {
    return "methodology";
  }

  @Override
  public String description() {
    return "The paper's paragraphs on method.";
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
    List<Block> out = new ArrayList<>();
    int n = c.corpus().article().methodology().size();
    for (int i = 1; i <= n; i++) {
      out.addAll(c.voice().blocks(UnitId.methodology(i), c.level() + 1, c.id(i + "-")));
    }
    return out.isEmpty()
        ? SectionContent.nothing("the paper has no paragraphs on method ('methodology')")
        : SectionContent.of(out);
  }
}
