package org.briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * What the paper sets out to test or answer: hypotheses, research questions, or neither, each with
 * its verdict and the findings that bear on it.
 *
 * @param kind hypotheses or research questions ({@link Kind#NONE} when the paper has neither)
 * @param preface the paper's own sentence introducing its verdicts, if it has one
 * @param verdicts the verdict kinds the corpus uses (the defaults unless it declares its own)
 */
public record Argument(
    Kind kind, Optional<String> preface, List<VerdictKind> verdicts, List<Hypothesis> items) {
  public Argument {
    verdicts = List.copyOf(verdicts);
    items = List.copyOf(items);
  }

  /** What the paper's propositions are. */
  public enum Kind {
    HYPOTHESES,
    QUESTIONS,
    NONE
  }

  /** An argument with nothing in it. */
  public static Argument none() {
    return new Argument(Kind.NONE, Optional.empty(), VerdictKind.DEFAULTS, List.of());
  }

  public Optional<VerdictKind> verdict(String id) {
    return verdicts.stream().filter(v -> v.id().equals(id)).findFirst();
  }
}
