package org.briefing.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.i18n.Language;
import org.briefing.i18n.LocalizedText;
import org.briefing.i18n.Localizer;
import org.briefing.model.Corpus;
import org.briefing.model.Event;
import org.briefing.model.Finding;
import org.briefing.model.Hypothesis;
import org.briefing.model.Reference;
import org.briefing.model.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing list KIND}: lists what the corpus holds, with filters. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List findings, hypotheses, events, references or topics of the corpus.")
final class ListCommand implements Callable<Integer> {

  enum Kind {
    findings,
    hypotheses,
    events,
    references,
    topics
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}.")
  Kind kind;

  @Option(names = "--topic", paramLabel = "ID", description = "Only items filed under this topic.")
  List<String> topics = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "ID", description = "Only items naming this actor.")
  List<String> actors = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only dated items that may fall on or after DATE ('March 2022').")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only dated items that may fall on or before DATE ('May 2022').")
  String to;

  @Option(
      names = {"-l", "--language"},
      paramLabel = "LANG",
      description = "en (default) or pl.")
  String language = "en";

  @Mixin CorpusOption corpusOption;

  @Override
  public Integer call() {
    Corpora.Loaded loaded = Corpora.load(corpusOption.dir);
    Corpus corpus = loaded.corpus();
    Language lang = Cli.language(language);
    int year = corpus.article().year();
    LocalDate fromDate = from == null ? null : Cli.date("--from", from, year).start();
    LocalDate toDate = to == null ? null : Cli.date("--to", to, year).end().orElse(LocalDate.MAX);
    checkIds("--topic", topics, Corpus.ids(corpus.topics(), Topic::id));
    checkIds("--actor", actors, Corpus.ids(corpus.actors(), a -> a.id()));
    Localizer loc = Localizer.of(corpus, lang);
    PrintWriter out = spec.commandLine().getOut();
    boolean dateFilter = fromDate != null || toDate != null;
    switch (kind) {
      case findings -> {
        for (Finding f : corpus.findings()) {
          if (matches(f.topics(), f.actors())
              && (!dateFilter || f.date().map(d -> d.overlaps(fromDate, toDate)).orElse(false))) {
            out.println(
                row(
                    f.id(),
                    f.date().map(d -> d.format(lang)).orElse(""),
                    text(loc, "finding." + f.id() + ".statement")));
          }
        }
      }
      case hypotheses -> {
        for (Hypothesis h : corpus.hypotheses()) {
          out.println(
              row(h.id(), h.verdict().key(), text(loc, "hypothesis." + h.id() + ".statement")));
        }
      }
      case events -> {
        corpus.events().stream()
            .sorted(Comparator.comparing(Event::date))
            .filter(e -> matches(e.topics(), e.actors()))
            .filter(e -> e.date().overlaps(fromDate, toDate))
            .forEach(
                e ->
                    out.println(
                        row(
                            e.id(),
                            e.date().format(lang),
                            text(loc, "event." + e.id() + ".text"))));
      }
      case references -> {
        for (Reference r : corpus.references()) {
          out.println(row(r.id(), r.authorYear(), r.url().orElse("")));
        }
      }
      case topics -> {
        for (Topic t : corpus.topics()) {
          long n = corpus.findings().stream().filter(f -> f.topics().contains(t.id())).count();
          out.println(row(t.id(), n + " findings", text(loc, "topic." + t.id() + ".label")));
        }
      }
    }
    return Main.OK;
  }

  private boolean matches(List<String> itemTopics, List<String> itemActors) {
    return (topics.isEmpty() || itemTopics.stream().anyMatch(topics::contains))
        && (actors.isEmpty() || itemActors.stream().anyMatch(actors::contains));
  }

  private static void checkIds(String option, List<String> given, List<String> known) {
    List<Diagnostic> errors = new ArrayList<>();
    for (String id : given) {
      if (!known.contains(id)) {
        errors.add(
            Diagnostic.error(
                SourcePosition.file("<command line>"),
                option + ": unknown id '" + id + "'",
                Optional.ofNullable(Suggestions.didYouMean(id, known))
                    .orElse("see './briefing list " + option.substring(2) + "s'")));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static String text(Localizer loc, String unit) {
    LocalizedText t = loc.text(unit);
    return t.isDraft()
        ? t.text() + " [" + (t.missing() ? "untranslated" : t.stale() ? "stale" : "draft") + "]"
        : t.text();
  }

  private static String row(String id, String middle, String text) {
    return String.format("%-34s %-22s %s", id, middle, text).stripTrailing();
  }
}
