package org.briefing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translations;

/**
 * One paper as validated data: the one source of truth every output is built from. Immutable; build
 * it with the corpus reader.
 *
 * @param argument the paper's hypotheses or research questions, or none
 * @param translations the translations, by target language
 */
public record Corpus(
    Article article,
    List<Topic> topics,
    List<Actor> actors,
    List<Finding> findings,
    Argument argument,
    List<Table> tables,
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
    tables = List.copyOf(tables);
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
    return find(argument.items(), Hypothesis::id, id);
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
    return find(article.allSections(), Section::id, id);
  }

  public Optional<Event> event(String id) {
    return find(events, Event::id, id);
  }

  public Optional<Figure> figure(String id) {
    return find(figures, Figure::id, id);
  }

  public Optional<Table> table(String id) {
    return find(tables, Table::id, id);
  }

  public Optional<GlossaryTerm> term(String id) {
    return find(glossary, GlossaryTerm::id, id);
  }

  /**
   * The paper's summary table: the one article.yaml names, else the only table when there is
   * exactly one.
   */
  public Optional<Table> summaryTable() {
    if (article.summaryTable().isPresent()) {
      return table(article.summaryTable().get());
    }
    return tables.size() == 1 ? Optional.of(tables.get(0)) : Optional.empty();
  }

  public Optional<Footnote> footnote(int number) {
    return footnotes.stream().filter(f -> f.number() == number).findFirst();
  }

  /** The languages the corpus can be written in: English, then each translation language. */
  public List<Language> languages() {
    List<Language> out = new ArrayList<>(List.of(Language.EN));
    translations.keySet().stream().sorted().forEach(out::add);
    return List.copyOf(out);
  }

  /** The translations of one language (empty when there are none). */
  public Translations translations(Language language) {
    return translations.getOrDefault(language, Translations.empty(language));
  }

  /**
   * Dates as the corpus writes them, one of each kind (day, month, open period …), in corpus order,
   * at most three: for hints that quote the corpus's own forms.
   */
  public List<String> dateExamples() {
    java.util.Map<String, String> byKind = new java.util.LinkedHashMap<>();
    java.util.function.Consumer<PartialDate> add =
        d -> byKind.putIfAbsent(d.precision() + (d.openEnded() ? "+" : ""), d.text());
    findings.forEach(f -> f.date().ifPresent(add));
    events.forEach(e -> add.accept(e.date()));
    for (Table t : tables) {
      for (Table.Row r : t.rows()) {
        r.date().ifPresent(add);
        r.cells().values().forEach(c -> c.lines().forEach(l -> l.date().ifPresent(add)));
      }
    }
    return byKind.values().stream().limit(3).toList();
  }

  /** Ids of a kind, for "did you mean" hints. */
  public static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toList());
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    return items.stream().filter(i -> id.apply(i).equals(wanted)).findFirst();
  }
}
