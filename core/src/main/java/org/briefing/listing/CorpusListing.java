package org.briefing.listing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefing.assemble.Blocks;
import org.briefing.assemble.Voice;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.i18n.Language;
import org.briefing.i18n.LocalizedText;
import org.briefing.i18n.UnitId;
import org.briefing.model.Corpus;
import org.briefing.model.Event;
import org.briefing.model.Finding;
import org.briefing.model.Hypothesis;
import org.briefing.model.PartialDate;
import org.briefing.model.Reference;
import org.briefing.model.Table;
import org.briefing.model.Topic;
import org.briefing.spec.Period;

/**
 * What a corpus holds, one row per item, for {@code briefing list}: its id, a short detail (a date,
 * a verdict, a count, a kind) and its text in a language, with a mark on text that is not a checked
 * translation. The detail is written in the listing's language too: a verdict, an actor's or a
 * figure's kind and the mark of an undated key finding by their labels ("Potwierdzona", not the
 * corpus's {@code confirmed}); the ids stay as the corpus writes them.
 *
 * <pre>{@code
 * CorpusListing.of(corpus, Language.PL)
 *     .topics(List.of("energy"))
 *     .rows(CorpusListing.Kind.FINDINGS);
 * }</pre>
 */
public final class CorpusListing {

  /** What can be listed. */
  public enum Kind {
    FINDINGS,
    HYPOTHESES,
    EVENTS,
    REFERENCES,
    TOPICS,
    ACTORS,
    TABLES,
    FIGURES,
    TERMS;

    /** The word used on the command line: {@code findings}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromKey(String key) {
      return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
  }

  /** One listed item. */
  public record Row(String id, String detail, String text) {
    /** The row in columns, as {@code briefing list} prints it. */
    public String format() {
      return String.format("%-34s %-22s %s", id, detail, text).stripTrailing();
    }
  }

  private final Corpus corpus;
  private final Language language;
  private final List<String> topics;
  private final List<String> actors;
  private final Optional<Period> period;

  private CorpusListing(
      Corpus corpus,
      Language language,
      List<String> topics,
      List<String> actors,
      Optional<Period> period) {
    this.corpus = corpus;
    this.language = language;
    this.topics = List.copyOf(topics);
    this.actors = List.copyOf(actors);
    this.period = period;
  }

  /** A listing of everything, texts in {@code language}. */
  public static CorpusListing of(Corpus corpus, Language language) {
    return new CorpusListing(corpus, language, List.of(), List.of(), Optional.empty());
  }

  /**
   * Only items filed under one of these topics.
   *
   * @throws InvalidInputException for an id the corpus does not have
   */
  public CorpusListing topics(List<String> ids) {
    check("--topic", ids, Corpus.ids(corpus.topics(), Topic::id), "topics");
    return new CorpusListing(corpus, language, ids, actors, period);
  }

  /**
   * Only items naming one of these actors.
   *
   * @throws InvalidInputException for an id the corpus does not have
   */
  public CorpusListing actors(List<String> ids) {
    check("--actor", ids, Corpus.ids(corpus.actors(), a -> a.id()), "actors");
    return new CorpusListing(corpus, language, topics, ids, period);
  }

  /**
   * Only dated items that may fall in this period, its dates as the corpus writes them.
   *
   * @throws InvalidInputException for a date the tool cannot read
   */
  public CorpusListing period(String from, String to) {
    if (from == null && to == null) {
      return this;
    }
    Period p = new Period(date("--from", from), date("--to", to));
    org.briefing.spec.PeriodReader.reversed(p)
        .ifPresent(
            m -> {
              throw new InvalidInputException(
                  Diagnostic.error(SourcePosition.file("<command line>"), "--to: " + m));
            });
    return new CorpusListing(corpus, language, topics, actors, Optional.of(p));
  }

  private Optional<PartialDate> date(String option, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text, corpus.article().year()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file("<command line>"),
              option + ": " + e.getMessage(),
              org.briefing.spec.PeriodReader.hint(corpus)));
    }
  }

  /** The rows of one kind, in corpus order (events by date). */
  public List<Row> rows(Kind kind) {
    Voice v = Voice.of(corpus, language);
    List<Row> out = new ArrayList<>();
    switch (kind) {
      case FINDINGS -> {
        for (Finding f : corpus.findings()) {
          if (matches(f.topics(), f.actors())
              && (period.isEmpty() || f.date().map(d -> period.get().admits(d)).orElse(false))) {
            out.add(
                new Row(
                    f.id(),
                    f.date().map(v::date).orElse(f.key() ? v.label("list.key-finding") : ""),
                    text(v, UnitId.findingStatement(f.id()))));
          }
        }
      }
      case HYPOTHESES -> {
        for (Hypothesis h : corpus.argument().items()) {
          out.add(
              new Row(
                  h.id(),
                  h.verdict().map(id -> v.verdict(id, false)).orElse(""),
                  text(v, UnitId.hypothesisStatement(h.id()))));
        }
      }
      case EVENTS ->
          corpus.events().stream()
              .sorted(Comparator.comparing(Event::date))
              .filter(e -> matches(e.topics(), e.actors()))
              .filter(e -> period.map(p -> p.admits(e.date())).orElse(true))
              .forEach(
                  e ->
                      out.add(
                          new Row(e.id(), v.date(e.date()), text(v, UnitId.eventText(e.id())))));
      case REFERENCES -> {
        for (Reference r : corpus.references()) {
          out.add(new Row(r.id(), r.label(), r.url().orElse(r.title())));
        }
      }
      case TOPICS -> {
        for (Topic t : corpus.topics()) {
          long n = corpus.findings().stream().filter(f -> f.topics().contains(t.id())).count();
          out.add(
              new Row(t.id(), v.label("count.findings", n), text(v, UnitId.topicLabel(t.id()))));
        }
      }
      case ACTORS ->
          corpus
              .actors()
              .forEach(
                  a ->
                      out.add(
                          new Row(
                              a.id(),
                              a.kind() == null ? "" : v.label("actor-kind." + a.kind().key()),
                              text(v, UnitId.actorName(a.id())))));
      case TABLES -> {
        for (Table t : corpus.tables()) {
          out.add(
              new Row(
                  t.id(),
                  v.label("count.rows", t.rows().size()),
                  Blocks.plainText(org.briefing.sections.Tables.caption(v, t))));
        }
      }
      case FIGURES ->
          corpus
              .figures()
              .forEach(
                  f ->
                      out.add(
                          new Row(
                              f.id(),
                              v.label("figure-kind." + f.kind().key()),
                              text(v, UnitId.figureTitle(f.id())))));
      case TERMS ->
          corpus
              .glossary()
              .forEach(g -> out.add(new Row(g.id(), "", text(v, UnitId.glossaryTerm(g.id())))));
    }
    return out;
  }

  private boolean matches(List<String> itemTopics, List<String> itemActors) {
    return (topics.isEmpty() || itemTopics.stream().anyMatch(topics::contains))
        && (actors.isEmpty() || itemActors.stream().anyMatch(actors::contains));
  }

  private void check(String option, List<String> given, List<String> known, String kind) {
    List<Diagnostic> errors = new ArrayList<>();
    for (String id : given) {
      if (!known.contains(id)) {
        errors.add(
            Diagnostic.error(
                SourcePosition.file("<command line>"),
                option + ": unknown id '" + id + "'",
                Optional.ofNullable(Suggestions.didYouMean(id, known))
                    .orElse(
                        "see '"
                            + ToolCommand.of("list", kind).corpus(corpus.folder()).text()
                            + "'")));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** A unit's text, marked when it is not a checked translation. */
  private static String text(Voice v, UnitId unit) {
    LocalizedText t = v.localized(unit);
    String mark =
        t.missing()
            ? "missing-translation"
            : t.stale() ? "stale-translation" : t.isDraft() ? "draft-translation" : null;
    return mark == null ? t.text() : t.text() + " [" + v.labels().get(mark) + "]";
  }
}
