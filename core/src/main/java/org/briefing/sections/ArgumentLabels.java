package org.briefing.sections;

import com.ibm.icu.text.ListFormatter;
import java.util.List;
import org.briefing.document.Inline;
import org.briefing.i18n.UnitId;
import org.briefing.model.Hypothesis;

/** Labels of the paper's argument: "Hypothesis 2", "Research questions 1 and 2", verdicts. */
final class ArgumentLabels {
  private ArgumentLabels() {}

  private static String prefix(SectionContext c) {
    return switch (c.corpus().argument().kind()) {
      case QUESTIONS -> "question";
      default -> "hypothesis";
    };
  }

  /** "Hypothesis 2" or "Research question 2". */
  static String one(SectionContext c, Hypothesis h) {
    return c.voice().label(prefix(c), String.valueOf(h.number()));
  }

  /** "Hypotheses 1 and 2", formatted as a list in the voice's language. */
  static String several(SectionContext c, List<Hypothesis> group) {
    if (group.size() == 1) {
      return one(c, group.get(0));
    }
    String numbers =
        ListFormatter.getInstance(c.voice().language().locale())
            .format(group.stream().map(h -> String.valueOf(h.number())).toList());
    return c.voice().label(prefix(c) + ".several", numbers);
  }

  /** A verdict's label; {@code plural} for a verdict shared by several hypotheses. */
  static String verdict(SectionContext c, String verdictId, boolean plural) {
    return c.voice().verdict(verdictId, plural);
  }

  /** The statement displayed as a sentence: a capital letter first and a full stop last. */
  static List<Inline> sentence(SectionContext c, Hypothesis h) {
    return c.voice().sentence(UnitId.hypothesisStatement(h.id()));
  }
}
