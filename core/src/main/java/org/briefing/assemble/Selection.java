package org.briefing.assemble;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.model.Corpus;
import org.briefing.model.Event;
import org.briefing.model.Evidence;
import org.briefing.model.Finding;
import org.briefing.model.Hypothesis;
import org.briefing.model.PartialDate;
import org.briefing.spec.Filters;
import org.briefing.spec.Period;

/**
 * The findings, hypotheses and events a briefing's filters choose, in corpus order.
 *
 * <pre>{@code
 * Selection s = Selection.of(corpus, spec.filters());
 * s.findings();   // the findings that pass every filter
 * s.ranked();     // key findings first, then supporting evidence, then the rest
 * }</pre>
 */
public final class Selection {
  private final Corpus corpus;
  private final List<Finding> findings;
  private final Set<String> findingIds;
  private final List<Hypothesis> hypotheses;
  private final List<Event> events;

  private Selection(Corpus corpus, Filters filters) {
    this.corpus = corpus;
    this.findings = corpus.findings().stream().filter(f -> admits(filters, f)).toList();
    this.findingIds = new LinkedHashSet<>(findings.stream().map(Finding::id).toList());
    this.hypotheses =
        corpus.argument().items().stream()
            .filter(h -> filters.hypotheses().isEmpty() || filters.hypotheses().contains(h.id()))
            .filter(
                h ->
                    filters.coversAllFindings()
                        || h.findings().stream().anyMatch(findingIds::contains))
            .toList();
    this.events =
        corpus.events().stream()
            .filter(e -> anyOf(filters.topics(), e.topics()))
            .filter(e -> anyOf(filters.actors(), e.actors()))
            .filter(e -> filters.period().map(p -> p.admits(e.date())).orElse(true))
            .filter(e -> anyOf(filters.findings(), e.findings()))
            .sorted((a, b) -> a.date().compareTo(b.date()))
            .toList();
  }

  /** What {@code filters} choose from {@code corpus}. */
  public static Selection of(Corpus corpus, Filters filters) {
    return new Selection(corpus, filters);
  }

  /** The findings that pass every filter, in corpus order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The hypotheses (or questions) chosen that some chosen finding bears on. */
  public List<Hypothesis> hypotheses() {
    return hypotheses;
  }

  /** The events that pass the filters, earliest first. */
  public List<Event> events() {
    return events;
  }

  private static boolean admits(Filters f, Finding finding) {
    return anyOf(f.topics(), finding.topics())
        && anyOf(f.actors(), finding.actors())
        && (f.findings().isEmpty() || f.findings().contains(finding.id()))
        && f.period().map(p -> inPeriod(p, finding.date())).orElse(true);
  }

  private static boolean inPeriod(Period p, Optional<PartialDate> date) {
    return date.map(p::admits).orElse(false);
  }

  /** An empty filter list admits everything; otherwise one shared id is enough. */
  private static boolean anyOf(List<String> wanted, List<String> have) {
    return wanted.isEmpty() || have.stream().anyMatch(wanted::contains);
  }

  /** Whether a finding is chosen. */
  public boolean has(String findingId) {
    return findingIds.contains(findingId);
  }

  /**
   * The findings that matter most: key findings first, then those supporting the chosen hypotheses
   * (in hypothesis order), then the other chosen findings in corpus order.
   */
  public List<Finding> ranked() {
    Set<String> order = new LinkedHashSet<>();
    findings.stream().filter(Finding::key).forEach(f -> order.add(f.id()));
    for (Hypothesis h : hypotheses) {
      h.findings(Evidence.Stance.SUPPORTS).stream().filter(this::has).forEach(order::add);
    }
    findings.forEach(f -> order.add(f.id()));
    List<Finding> out = new ArrayList<>();
    order.forEach(id -> corpus.finding(id).ifPresent(out::add));
    return out;
  }
}
