package org.briefing.spec;

import java.util.Optional;
import org.briefing.diagnostics.Problems;
import org.briefing.model.Corpus;
import org.briefing.model.PartialDate;
import org.briefing.yaml.MappingReader;

/**
 * Reads a period {@code {from: …, to: …}} of a spec, its dates read as the corpus reads its own
 * (the corpus's year for dates that name none), with hints that quote date forms the corpus uses.
 */
public final class PeriodReader {
  private PeriodReader() {}

  /** The period, or empty when it cannot be read (the problems say why). */
  public static Optional<Period> read(MappingReader r, Corpus corpus, Problems problems) {
    Optional<PartialDate> from = r.text("from").flatMap(t -> date(t, "from", r, corpus, problems));
    Optional<PartialDate> to = r.text("to").flatMap(t -> date(t, "to", r, corpus, problems));
    r.finish();
    if (!r.has("from") && !r.has("to")) {
      problems.error(r.position(), "a period needs 'from', 'to' or both");
    }
    if (from.isEmpty() && to.isEmpty()) {
      return Optional.empty();
    }
    Period p = new Period(from, to);
    reversed(p).ifPresent(m -> problems.error(r.positionOf("to"), m));
    return Optional.of(p);
  }

  /** What is wrong with a period that ends before it starts, if it does. */
  public static Optional<String> reversed(Period p) {
    if (p.firstDay() != null && p.lastDay() != null && p.lastDay().isBefore(p.firstDay())) {
      return Optional.of(
          "the period ends ("
              + p.to().get().text()
              + ") before it starts ("
              + p.from().get().text()
              + ")");
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> date(
      String text, String key, MappingReader r, Corpus corpus, Problems problems) {
    try {
      return Optional.of(PartialDate.parse(text, corpus.article().year()));
    } catch (IllegalArgumentException e) {
      problems.error(
          r.positionOf(key), "'" + key + "' is not a date: " + e.getMessage(), hint(corpus));
      return Optional.empty();
    }
  }

  /** A hint that quotes forms the corpus itself writes, then every form the tool reads. */
  public static String hint(Corpus corpus) {
    var examples = corpus.dateExamples();
    String quoted =
        examples.isEmpty()
            ? ""
            : "write dates as the corpus does, such as '" + String.join("', '", examples) + "'; ";
    return quoted + "the forms read are " + PartialDate.acceptedForms();
  }
}
