package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import org.briefing.assemble.Anchors;
import org.briefing.cite.CitationProcessor;
import org.briefing.document.Block;
import org.briefing.document.Inline;

/**
 * The references cited anywhere in the briefing, and only those: built once, after every other
 * section, in the main language (a bilingual briefing names the section in both).
 */
final class ReferencesKind implements SectionKind<ReferencesKind.Options> {
  record Options() {}

  @Override
  public String name() {
    return "references";
  }

  @Override
  public String description() {
    return "The references cited anywhere in the briefing, and only those.";
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
  public boolean listsReferences() {
    return true;
  }

  @Override
  public boolean once() {
    return true;
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    List<CitationProcessor.Entry> entries = c.referenceList(c.cited());
    if (c.cited().isEmpty()) {
      return SectionContent.nothing("the briefing cites no reference");
    }
    if (entries.isEmpty()) {
      // Chicago notes and bibliography, for one, lists no unpublished document ("type: document").
      return SectionContent.nothing(
          "the citation style lists none of the sources the briefing cites");
    }
    List<List<Block>> items = new ArrayList<>();
    for (CitationProcessor.Entry e : entries) {
      List<Inline> content = new ArrayList<>();
      content.add(new Inline.Anchor(Anchors.reference(e.id())));
      content.addAll(e.content());
      items.add(List.of(new Block.Paragraph(content)));
    }
    return SectionContent.of(List.of(new Block.ListBlock(false, items)));
  }
}
