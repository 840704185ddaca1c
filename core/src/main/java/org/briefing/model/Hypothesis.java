package org.briefing.model;

import java.util.List;

/**
 * One of the article's hypotheses, with its verdict.
 *
 * @param statement the Introduction's wording
 * @param verdictSentence the Conclusions' own wording of the verdict
 * @param findings ids of the findings that support it
 */
public record Hypothesis(
    String id,
    int number,
    String statement,
    Verdict verdict,
    String verdictSentence,
    List<String> findings,
    List<String> notes) {
  public Hypothesis {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }
}
