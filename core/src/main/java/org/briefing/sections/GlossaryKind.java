package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.UnitId;
import org.briefing.model.GlossaryTerm;

/** The paper's glossary: each term with what it means, in the briefing's language. */
final class GlossaryKind implements SectionKind<GlossaryKind.Options> {
  static final Option TERMS =
      Option.ids("terms", "The terms to list (all when omitted).", IdKind.TERM);

  record Options(List<String> terms) {
    Options {
      terms = List.copyOf(terms);
    }
  }

  @Override
  public String name() {
    return "glossary";
  }

  @Override
  public String description() {
    return "The paper's glossary: terms and what they mean.";
  }

  @Override
  public List<Option> options() {
    return List.of(TERMS);
  }

  @Override
  public Options read(OptionReader r) {
    return new Options(r.ids(TERMS));
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    List<List<Block>> items = new ArrayList<>();
    for (GlossaryTerm t : c.corpus().glossary()) {
      if (!o.terms().isEmpty() && !o.terms().contains(t.id())) {
        continue;
      }
      List<Inline> content = new ArrayList<>();
      content.add(new Inline.Strong(c.voice().unit(UnitId.glossaryTerm(t.id()))));
      if (!t.definition().isEmpty()) {
        content.add(new Inline.Text(" \u2013 "));
        content.addAll(c.voice().unit(UnitId.glossaryDefinition(t.id())));
      }
      items.add(List.of(new Block.Paragraph(content)));
    }
    if (items.isEmpty()) {
      return SectionContent.nothing("the paper has no glossary (glossary.yaml)");
    }
    return SectionContent.of(List.of(new Block.ListBlock(false, items)));
  }
}
