package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.LocalizedText;
import org.briefing.i18n.UnitId;

/**
 * The paper's abstract (paragraphs and sub-headings as the paper has them) and its keywords. Its
 * heading is the language's "Abstract" label, or the paper's own heading when the corpus names the
 * section that holds it ({@code abstract-section}: a report's "Summary"), as translated.
 */
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

  /**
   * The paper's own heading for its abstract: the title of its {@code abstract-section}, in the
   * voice's language when translated (else the label stands). A draft heading over an abstract that
   * is not a draft carries its own badge; otherwise the abstract's badge covers both.
   */
  @Override
  public Optional<List<Inline>> title(Options options, SectionContext c) {
    Optional<String> section = c.corpus().article().abstractSection();
    if (section.isEmpty()) {
      return Optional.empty();
    }
    Voice v = c.voice();
    LocalizedText heading = v.localized(UnitId.sectionTitle(section.get()));
    if (heading.missing() || heading.stale()) {
      return Optional.empty();
    }
    List<Inline> out = new ArrayList<>();
    Inline text = new Inline.Text(Voice.typeset(heading.text(), heading.language()));
    out.add(
        heading.language() == v.language()
            ? text
            : new Inline.LangSpan(heading.language(), List.of(text)));
    if (heading.isDraft() && !v.localized(UnitId.articleAbstract()).isDraft()) {
      Voice.badge(heading).ifPresent(b -> out.addAll(List.of(new Inline.Text(" "), b)));
    }
    return Optional.of(out);
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
