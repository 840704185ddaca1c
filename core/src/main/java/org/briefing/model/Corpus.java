package org.briefing.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translations;

/**
 * The whole article as validated data: the one source of truth every output is built from.
 * Immutable; build it with the corpus reader.
 */
public record Corpus(
    Article article,
    List<Topic> topics,
    List<Actor> actors,
    List<Finding> findings,
    List<Hypothesis> hypotheses,
    SummaryTable table,
    List<Event> events,
    List<Figure> figures,
    List<Footnote> footnotes,
    List<Reference> references,
    List<GlossaryTerm> glossary,
    Map<Language, Translations> translations) {

  public Corpus {
    topics = List.copyOf(topics);
    actors = List.copyOf(actors);
    findings = List.copyOf(findings);
    hypotheses = List.copyOf(hypotheses);
    events = List.copyOf(events);
    figures = List.copyOf(figures);
    footnotes = List.copyOf(footnotes);
    references = List.copyOf(references);
    glossary = List.copyOf(glossary);
    translations = Map.copyOf(translations);
  }

  public Optional<Finding> finding(String id) {
    return find(findings, Finding::id, id);
  }

  public Optional<Hypothesis> hypothesis(String id) {
    return find(hypotheses, Hypothesis::id, id);
  }

  public Optional<Reference> reference(String id) {
    return find(references, Reference::id, id);
  }

  public Optional<Topic> topic(String id) {
    return find(topics, Topic::id, id);
  }

  public Optional<Actor> actor(String id) {
    return find(actors, Actor::id, id);
  }

  public Optional<Section> section(String id) {
    return find(article.sections(), Section::id, id);
  }

  public Optional<Event> event(String id) {
    return find(events, Event::id, id);
  }

  public Optional<Figure> figure(String id) {
    return find(figures, Figure::id, id);
  }

  public Optional<Footnote> footnote(int number) {
    return footnotes.stream().filter(f -> f.number() == number).findFirst();
  }

  /** The languages the corpus can be written in: English, then each translation language. */
  public List<Language> languages() {
    List<Language> out = new java.util.ArrayList<>(List.of(Language.EN));
    translations.keySet().stream().sorted().forEach(out::add);
    return List.copyOf(out);
  }

  /** The translations of one language (empty when there are none). */
  public Translations translations(Language language) {
    return translations.getOrDefault(language, Translations.empty(language));
  }

  /** Ids of a kind, for "did you mean" hints. */
  public static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toList());
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    return items.stream().filter(i -> id.apply(i).equals(wanted)).findFirst();
  }
}
