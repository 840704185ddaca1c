package org.briefing.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.model.Corpus;
import org.briefing.model.Event;
import org.briefing.model.Finding;
import org.briefing.model.Hypothesis;
import org.briefing.model.PartialDate;
import org.briefing.spec.Filters;
import org.briefing.spec.Period;

/** The findings, hypotheses and events a briefing's filters choose, in corpus order. */
final class Selection {
  final List<Finding> findings;
  final List<Hypothesis> hypotheses;
  final List<Event> events;
  final List<String> topicFilter;

  Selection(Corpus corpus, Filters filters) {
    this.topicFilter = filters.topics();
    this.findings = corpus.findings().stream().filter(f -> admits(filters, f)).toList();
    Set<String> chosen = new LinkedHashSet<>(findings.stream().map(Finding::id).toList());
    this.hypotheses =
        corpus.hypotheses().stream()
            .filter(h -> filters.hypotheses().isEmpty() || filters.hypotheses().contains(h.id()))
            .filter(
                h ->
                    filters.coversAllFindings() || h.findings().stream().anyMatch(chosen::contains))
            .toList();
    this.events =
        corpus.events().stream()
            .filter(e -> anyOf(filters.topics(), e.topics()))
            .filter(e -> anyOf(filters.actors(), e.actors()))
            .filter(e -> filters.period().map(p -> p.admits(e.date())).orElse(true))
            .filter(e -> anyOf(filters.findings(), e.findings()))
            .sorted(Comparator.comparing(Event::date))
            .toList();
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
  boolean has(String findingId) {
    return findings.stream().anyMatch(f -> f.id().equals(findingId));
  }

  /**
   * The findings that matter most: those supporting the chosen hypotheses (in hypothesis order),
   * then the other chosen findings in corpus order.
   */
  List<Finding> ranked(Corpus corpus) {
    Set<String> order = new LinkedHashSet<>();
    for (Hypothesis h : hypotheses) {
      h.findings().stream().filter(this::has).forEach(order::add);
    }
    findings.forEach(f -> order.add(f.id()));
    List<Finding> out = new ArrayList<>();
    order.forEach(id -> corpus.finding(id).ifPresent(out::add));
    return out;
  }
}
