package org.briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * A hypothesis or research question of the paper, with its verdict and the findings that bear on
 * it.
 *
 * @param statement the hypothesis or question, as the paper words it
 * @param verdict the id of its verdict kind; empty for a question the paper answers without one
 * @param verdictSentence the paper's own sentence giving the verdict (or the answer)
 * @param evidence the findings that bear on it, each with its stance
 */
public record Hypothesis(
    String id,
    int number,
    String statement,
    Optional<String> verdict,
    String verdictSentence,
    List<Evidence> evidence,
    List<String> notes) {
  public Hypothesis {
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
  }

  /** The ids of the findings with this stance, in order. */
  public List<String> findings(Evidence.Stance stance) {
    return evidence.stream().filter(e -> e.stance() == stance).map(Evidence::finding).toList();
  }

  /** The ids of every finding that bears on it, in order. */
  public List<String> findings() {
    return evidence.stream().map(Evidence::finding).toList();
  }
}
