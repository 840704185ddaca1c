package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.UnitId;
import org.briefing.model.Argument;
import org.briefing.model.Evidence;
import org.briefing.model.Finding;
import org.briefing.model.Hypothesis;

/**
 * Each hypothesis (or research question) the briefing bears on, with its verdict in the paper's
 * words and, if asked, the findings that bear on it under their stance: supporting, challenging,
 * context.
 */
final class HypothesesKind implements SectionKind<HypothesesKind.Options> {
  static final Option WITH_FINDINGS =
      Option.bool(
          "with-findings",
          "List the findings that bear on each one (that pass the filters), by stance.",
          false);

  record Options(boolean withFindings) {}

  @Override
  public String name() {
    return "hypotheses";
  }

  @Override
  public String description() {
    return "Each hypothesis or research question with its verdict.";
  }

  @Override
  public List<Option> options() {
    return List.of(WITH_FINDINGS);
  }

  @Override
  public Options read(OptionReader r) {
    return new Options(r.bool(WITH_FINDINGS).orElse(false));
  }

  @Override
  public Optional<String> headingLabel() {
    return Optional.empty();
  }

  @Override
  public Optional<List<Inline>> title(Options o, SectionContext c) {
    String key =
        c.corpus().argument().kind() == Argument.Kind.QUESTIONS
            ? "section.questions"
            : "section.hypotheses";
    return Optional.of(List.of(c.voice().labelText(key)));
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    Voice v = c.voice();
    List<Hypothesis> chosen = c.selection().hypotheses();
    if (chosen.isEmpty()) {
      return SectionContent.nothing(
          c.corpus().argument().items().isEmpty()
              ? "the paper has no hypotheses or research questions"
              : "no hypothesis bears on the briefing's filters");
    }
    List<Block> out = new ArrayList<>();
    for (Hypothesis h : chosen) {
      out.add(
          new Block.Heading(
              c.level() + 1, c.id(h.id()), List.of(new Inline.Text(ArgumentLabels.one(c, h)))));
      out.add(new Block.Paragraph(ArgumentLabels.sentence(c, h)));
      List<Block> verdict = List.of(new Block.Paragraph(v.unit(UnitId.verdictSentence(h.id()))));
      out.add(
          new Block.Callout(
              Block.CalloutKind.VERDICT,
              h.verdict()
                  .map(id -> List.<Inline>of(new Inline.Text(ArgumentLabels.verdict(c, id, false))))
                  .orElse(List.of(v.labelText("answer"))),
              verdict));
      if (o.withFindings()) {
        for (Evidence.Stance stance : Evidence.Stance.values()) {
          List<Finding> findings =
              h.findings(stance).stream()
                  .filter(c.selection()::has)
                  .map(id -> c.corpus().finding(id))
                  .flatMap(Optional::stream)
                  .toList();
          if (!findings.isEmpty()) {
            out.add(
                new Block.Paragraph(
                    List.of(new Inline.Strong(List.of(v.labelText("evidence." + stance.key()))))));
            out.addAll(Claims.findings(c, findings));
          }
        }
      }
      out.addAll(c.notes(h.notes()));
    }
    return SectionContent.of(out);
  }
}
