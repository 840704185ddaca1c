package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.UnitId;

/** The paper's abstract (paragraphs and sub-headings as the paper has them) and its keywords. */
final class AbstractKind implements SectionKind<AbstractKind.Options> {
  record Options() {}

  @Override
  public String name() {
    return "abstract";
  }

  @Override
  public String description() {
    return "The paper's abstract and keywords.";
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
    List<Block> out =
        new ArrayList<>(c.voice().blocks(UnitId.articleAbstract(), c.level() + 1, c.id("")));
    if (!c.corpus().article().keywords().isEmpty()) {
      List<Inline> keywords = new ArrayList<>();
      keywords.add(new Inline.Strong(List.of(c.voice().labelText("keywords"))));
      keywords.add(new Inline.Text(": "));
      keywords.addAll(c.voice().unit(UnitId.keywords()));
      out.add(new Block.Paragraph(keywords));
    }
    return SectionContent.of(out);
  }
}
