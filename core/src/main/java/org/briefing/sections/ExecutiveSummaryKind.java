package org.briefing.sections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.UnitId;
import org.briefing.model.Finding;
import org.briefing.model.Hypothesis;
import org.briefing.spec.Filters;
import org.briefing.spec.Period;

/**
 * The briefing's scope and what the paper concludes: the verdicts on the hypotheses (or answers to
 * the questions) the briefing bears on, in the paper's own words; for a paper without them, its key
 * findings.
 */
final class ExecutiveSummaryKind implements SectionKind<ExecutiveSummaryKind.Options> {
  static final int KEY_FINDINGS = 5;

  record Options() {}

  @Override
  public String name() {
    return "executive-summary";
  }

  @Override
  public String description() {
    return "The scope, and the verdicts in the paper's own words (or its key findings when it has"
        + " no hypotheses).";
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
    Voice v = c.voice();
    List<Block> conclusions = new ArrayList<>();
    List<Hypothesis> chosen = c.selection().hypotheses();
    if (!chosen.isEmpty()) {
      // The paper's sentence that introduces its verdicts, when the briefing gives them all.
      if (chosen.size() == c.corpus().argument().items().size()) {
        c.corpus()
            .argument()
            .preface()
            .ifPresent(p -> conclusions.add(new Block.Paragraph(v.unit(UnitId.argumentPreface()))));
      }
      // Hypotheses whose verdicts the paper states in one sentence are reported together.
      Map<String, List<Hypothesis>> groups = new LinkedHashMap<>();
      for (Hypothesis h : chosen) {
        groups
            .computeIfAbsent(
                h.verdict().orElse("") + "|" + h.verdictSentence(), x -> new ArrayList<>())
            .add(h);
      }
      for (List<Hypothesis> group : groups.values()) {
        Hypothesis first = group.get(0);
        String who = ArgumentLabels.several(c, group);
        String label =
            first
                .verdict()
                .map(id -> who + ": " + ArgumentLabels.verdict(c, id, group.size() > 1))
                .orElse(who);
        List<Inline> content = new ArrayList<>();
        content.add(new Inline.Strong(List.of(new Inline.Text(label + "."))));
        content.add(new Inline.Text(" "));
        content.addAll(v.unit(UnitId.verdictSentence(first.id())));
        conclusions.add(new Block.Paragraph(content));
      }
    } else {
      List<Finding> key = c.selection().findings().stream().filter(Finding::key).toList();
      if (!key.isEmpty()) {
        conclusions.add(
            new Block.Paragraph(List.of(new Inline.Strong(List.of(v.labelText("key-findings"))))));
        conclusions.addAll(Claims.findings(c, key.subList(0, Math.min(KEY_FINDINGS, key.size()))));
      }
    }
    if (conclusions.isEmpty()) {
      return SectionContent.nothing(
          "no hypothesis, research question or key finding bears on the briefing's filters");
    }
    List<Block> out = new ArrayList<>(scope(c));
    out.addAll(conclusions);
    return SectionContent.of(out);
  }

  /** The filters, said in words: topics, actors, period. */
  private static List<Block> scope(SectionContext c) {
    Voice v = c.voice();
    Filters f = c.spec().filters();
    List<Block> out = new ArrayList<>();
    if (!f.topics().isEmpty()) {
      out.add(list(v, "scope.topics", f.topics().stream().map(UnitId::topicLabel)));
    }
    if (!f.actors().isEmpty()) {
      out.add(list(v, "scope.actors", f.actors().stream().map(UnitId::actorName)));
    }
    f.period().ifPresent(p -> out.add(period(v, p)));
    return out;
  }

  private static Block list(Voice v, String labelKey, Stream<UnitId> units) {
    List<Inline> content = new ArrayList<>();
    content.add(new Inline.Strong(List.of(v.labelText(labelKey))));
    content.add(new Inline.Text(": "));
    List<UnitId> ids = units.toList();
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        content.add(new Inline.Text(", "));
      }
      content.addAll(v.unit(ids.get(i)));
    }
    return new Block.Paragraph(content);
  }

  private static Block period(Voice v, Period p) {
    List<String> parts = new ArrayList<>();
    p.from().ifPresent(d -> parts.add(v.label("period.from", v.date(d))));
    p.to().ifPresent(d -> parts.add(v.label("period.to", v.date(d))));
    return new Block.Paragraph(
        List.of(
            new Inline.Strong(List.of(v.labelText("scope.period"))),
            new Inline.Text(": " + String.join(" ", parts))));
  }
}
