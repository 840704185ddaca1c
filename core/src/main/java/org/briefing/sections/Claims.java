package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.UnitId;
import org.briefing.model.Event;
import org.briefing.model.Finding;

/** Findings and events as list items: the claim, its citations, and its editorial notes. */
final class Claims {
  private Claims() {}

  /** A finding as a list item, optionally after a bold prefix ("June 2022: …"). */
  static List<Block> finding(SectionContext c, Finding f, String prefix) {
    List<Inline> content = new ArrayList<>();
    if (!prefix.isEmpty()) {
      content.add(new Inline.Strong(List.of(new Inline.Text(prefix))));
      content.add(new Inline.Text(": "));
    }
    content.addAll(c.voice().unit(UnitId.findingStatement(f.id())));
    content.addAll(c.citations(f.citations()));
    List<Block> item = new ArrayList<>();
    item.add(new Block.Paragraph(content));
    item.addAll(c.notes(f.notes()));
    return item;
  }

  /** Findings as a bulleted list; nothing for none. */
  static List<Block> findings(SectionContext c, List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Block.ListBlock(false, findings.stream().map(f -> finding(c, f, "")).toList()));
  }

  /** An event as a list item: its date in bold, its text and citations. */
  static List<Block> event(SectionContext c, Event e) {
    List<Inline> content = new ArrayList<>();
    content.add(new Inline.Strong(List.of(new Inline.Text(c.voice().date(e.date())))));
    content.add(new Inline.Text(": "));
    content.addAll(c.voice().unit(UnitId.eventText(e.id())));
    content.addAll(c.citations(e.citations()));
    List<Block> item = new ArrayList<>(List.of(new Block.Paragraph(content)));
    item.addAll(c.notes(e.notes()));
    return item;
  }
}
