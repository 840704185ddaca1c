package org.briefing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translations;

/**
 * One paper as validated data: the one source of truth every output is built from. Immutable; build
 * it with the corpus reader.
 *
 * <p>The translations may be held back until something asks for them ({@link
 * #translations(Language)}, {@link #languages()}, {@link #translations()}): the corpus reader then
 * parses and checks the translation files on that first question, so that an English build never
 * reads them. A translation file with errors makes that question throw the {@link
 * org.briefing.diagnostics.InvalidInputException} the whole read would have thrown, every time it
 * is asked. Safe to share between threads.
 */
public final class Corpus {
  private final Article article;
  private final List<Topic> topics;
  private final List<Actor> actors;
  private final List<Finding> findings;
  private final Argument argument;
  private final List<Table> tables;
  private final List<Event> events;
  private final List<Figure> figures;
  private final List<Footnote> footnotes;
  private final List<Reference> references;
  private final List<GlossaryTerm> glossary;

  /** The folder it was read from, as the reader was given it; empty for none (see #folder()). */
  private final Optional<String> folder;

  /** Reads the translations of this corpus; null once they are read. */
  private Function<Corpus, Map<Language, Translations>> pending;

  /** The translations once read (or given). */
  private Map<Language, Translations> translations;

  /** What reading the translations threw, to throw again on every later question. */
  private RuntimeException failure;

  /** The translation languages, known before the translations are read; null when given read. */
  private final List<Language> translated;

  /**
   * A corpus with its translations, by target language.
   *
   * @param argument the paper's hypotheses or research questions, or none
   * @param translations the translations, by target language
   */
  public Corpus(
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
    this(
        article,
        topics,
        actors,
        findings,
        argument,
        tables,
        events,
        figures,
        footnotes,
        references,
        glossary,
        null,
        (Function<Corpus, Map<Language, Translations>>) null,
        Optional.empty());
    this.translations = Map.copyOf(translations);
  }

  /**
   * A corpus whose translations are read on the first question about them, read from a folder.
   *
   * @param folder the folder it was read from, as the reader was given it (relative to the working
   *     folder, or absolute); empty for the corpus built into the tool or one held in memory
   * @see #folder()
   */
  public Corpus(
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
      List<Language> translated,
      Function<Corpus, Map<Language, Translations>> readTranslations,
      Optional<String> folder) {
    this.article = article;
    this.topics = List.copyOf(topics);
    this.actors = List.copyOf(actors);
    this.findings = List.copyOf(findings);
    this.argument = argument;
    this.tables = List.copyOf(tables);
    this.events = List.copyOf(events);
    this.figures = List.copyOf(figures);
    this.footnotes = List.copyOf(footnotes);
    this.references = List.copyOf(references);
    this.glossary = List.copyOf(glossary);
    this.translated = translated == null ? null : List.copyOf(translated);
    this.pending = readTranslations;
    this.folder = Objects.requireNonNull(folder);
  }

  /**
   * The folder the corpus was read from, as the reader was given it (relative to the folder where
   * the tool was run, or absolute); empty for the corpus built into the tool, or one held in
   * memory. A command that messages advise for this corpus names it with {@code --corpus} ({@link
   * org.briefing.diagnostics.ToolCommand#corpus}), since every command reads the built-in one by
   * default.
   */
  public Optional<String> folder() {
    return folder;
  }

  public Article article() {
    return article;
  }

  public List<Topic> topics() {
    return topics;
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<Finding> findings() {
    return findings;
  }

  public Argument argument() {
    return argument;
  }

  public List<Table> tables() {
    return tables;
  }

  public List<Event> events() {
    return events;
  }

  public List<Figure> figures() {
    return figures;
  }

  public List<Footnote> footnotes() {
    return footnotes;
  }

  public List<Reference> references() {
    return references;
  }

  public List<GlossaryTerm> glossary() {
    return glossary;
  }

  /**
   * The translations, by target language; reads them if they are not read yet.
   *
   * @throws org.briefing.diagnostics.InvalidInputException when a translation file has errors
   */
  public synchronized Map<Language, Translations> translations() {
    if (failure != null) {
      throw failure;
    }
    if (pending != null) {
      Function<Corpus, Map<Language, Translations>> read = pending;
      pending = null;
      try {
        translations = Map.copyOf(read.apply(this));
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    return translations;
  }

  /** Whether the translations are read (or were given): for tests of what a build reads. */
  public synchronized boolean translationsRead() {
    return pending == null;
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

  /**
   * The languages the corpus can be written in: English, then each translation language. Does not
   * read the translations when the corpus reader gave their languages.
   */
  public List<Language> languages() {
    List<Language> out = new ArrayList<>(List.of(Language.EN));
    (translated != null ? translated : translations().keySet()).stream().sorted().forEach(out::add);
    return List.copyOf(out);
  }

  /** The translations of one language (empty when there are none). */
  public Translations translations(Language language) {
    return translations().getOrDefault(language, Translations.empty(language));
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

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Corpus c
            && Objects.equals(article, c.article)
            && topics.equals(c.topics)
            && actors.equals(c.actors)
            && findings.equals(c.findings)
            && Objects.equals(argument, c.argument)
            && tables.equals(c.tables)
            && events.equals(c.events)
            && figures.equals(c.figures)
            && footnotes.equals(c.footnotes)
            && references.equals(c.references)
            && glossary.equals(c.glossary)
            && translations().equals(c.translations());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        article,
        topics,
        actors,
        findings,
        argument,
        tables,
        events,
        figures,
        footnotes,
        references,
        glossary,
        translations());
  }

  @Override
  public String toString() {
    return "Corpus["
        + (article == null ? "no article" : article.title())
        + ", "
        + findings.size()
        + " findings, "
        + references.size()
        + " references]";
  }
}
