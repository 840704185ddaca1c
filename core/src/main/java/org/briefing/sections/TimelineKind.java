package org.briefing.sections;

import java.util.List;
import org.briefing.document.Block;
import org.briefing.model.Event;

/** The dated events that pass the filters, earliest first. */
final class TimelineKind implements SectionKind<TimelineKind.Options> {
  record Options() {}

  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public String description() {
    return "The dated events that pass the filters, earliest first.";
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
  public SectionContent build(Options o, SectionContext c) {
    List<Event> events = c.selection().events();
    if (events.isEmpty()) {
      return SectionContent.nothing(
          c.corpus().events().isEmpty()
              ? "the paper has no dated events (events.yaml)"
              : "no event passes the briefing's filters");
    }
    return SectionContent.of(
        List.of(new Block.ListBlock(false, events.stream().map(e -> Claims.event(c, e)).toList())));
  }
}
