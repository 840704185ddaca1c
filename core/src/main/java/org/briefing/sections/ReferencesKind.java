package org.briefing.sections;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefing.assemble.Anchors;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.model.Reference;

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
    Collator collator = Collator.getInstance(ULocale.forLocale(c.voice().language().locale()));
    List<Reference> refs =
        c.corpus().references().stream()
            .filter(r -> c.cited().contains(r.id()))
            .sorted(
                Comparator.comparing(Reference::label, collator::compare)
                    .thenComparing(Reference::id))
            .toList();
    if (refs.isEmpty()) {
      return SectionContent.nothing("the briefing cites no reference");
    }
    List<List<Block>> items = new ArrayList<>();
    for (Reference r : refs) {
      List<Inline> content = new ArrayList<>();
      content.add(new Inline.Anchor(Anchors.reference(r.id())));
      content.addAll(c.referenceEntry(r));
      items.add(List.of(new Block.Paragraph(content)));
    }
    return SectionContent.of(List.of(new Block.ListBlock(false, items)));
  }
}
