package org.briefing.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.briefing.corpus.IdIndex.Kind;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;
import org.briefing.model.Actor;
import org.briefing.model.ActorKind;
import org.briefing.model.Article;
import org.briefing.model.Citation;
import org.briefing.model.DataPoint;
import org.briefing.model.Event;
import org.briefing.model.Figure;
import org.briefing.model.Finding;
import org.briefing.model.Footnote;
import org.briefing.model.GlossaryTerm;
import org.briefing.model.Hypothesis;
import org.briefing.model.PartialDate;
import org.briefing.model.Provenance;
import org.briefing.model.Reference;
import org.briefing.model.ReferenceKind;
import org.briefing.model.Section;
import org.briefing.model.SummaryTable;
import org.briefing.model.TableEffect;
import org.briefing.model.TableNote;
import org.briefing.model.TableRow;
import org.briefing.model.Topic;
import org.briefing.model.Verdict;
import org.briefing.yaml.MappingReader;
import org.briefing.yaml.YamlNode;

/**
 * Turns the YAML of each corpus file into model records, recording every problem. Records built
 * from a file with errors may hold nulls; the reader never hands them out, because it throws when
 * there is any error.
 */
final class CorpusBinder {
  /**
   * The year used to check dates when article.yaml gives none. Only for checking: a corpus without
   * a year has an error and is never returned.
   */
  private static final int CHECK_YEAR = 2000;

  private final Problems problems;
  private final IdIndex ids;
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

  private final Map<Integer, SourcePosition> originalAt = new HashMap<>();
  private int defaultYear = CHECK_YEAR;

  CorpusBinder(Problems problems, IdIndex ids) {
    this.problems = problems;
    this.ids = ids;
  }

  // --- article.yaml ---

  Article article(YamlNode root) {
    MappingReader m = MappingReader.of(root, "article.yaml", problems).orElse(null);
    if (m == null) {
      return null;
    }
    String id = m.requiredId("id");
    String title = m.requiredText("title");
    String abstractText = m.requiredText("abstract");
    List<String> keywords = m.textList("keywords");
    Integer year = m.requiredInteger("year");
    if (year != null) {
      defaultYear = year;
    }
    List<Section> sections = new ArrayList<>();
    for (MappingReader s : required(m, "sections", "section")) {
      String sid = id(s, Kind.SECTION);
      s.named("section '" + sid + "'");
      String stitle = s.requiredText("title");
      s.finish();
      sections.add(new Section(sid, stitle));
    }
    List<String> methodology = m.textList("methodology");
    List<String> notes = notes(m);
    m.finish();
    return new Article(
        id, title, abstractText, keywords, year == null ? 0 : year, sections, methodology, notes);
  }

  // --- topics.yaml, actors.yaml ---

  List<Topic> topics(YamlNode root) {
    List<Topic> out = new ArrayList<>();
    for (MappingReader t : top(root, "topics.yaml", "topics", "topic")) {
      String id = id(t, Kind.TOPIC);
      t.named("topic '" + id + "'");
      String label = t.requiredText("label");
      t.finish();
      out.add(new Topic(id, label));
    }
    return out;
  }

  List<Actor> actors(YamlNode root) {
    List<Actor> out = new ArrayList<>();
    for (MappingReader a : top(root, "actors.yaml", "actors", "actor")) {
      String id = id(a, Kind.ACTOR);
      a.named("actor '" + id + "'");
      String name = a.requiredText("name");
      ActorKind kind =
          choice(a, "kind", "an actor kind", ActorKind.values(), ActorKind::key).orElse(null);
      a.finish();
      out.add(new Actor(id, name, kind));
    }
    return out;
  }

  // --- findings.yaml ---

  List<Finding> findings(YamlNode root) {
    List<Finding> out = new ArrayList<>();
    for (MappingReader f : top(root, "findings.yaml", "findings", "finding")) {
      String id = id(f, Kind.FINDING);
      String who = "finding '" + id + "'";
      f.named(who);
      String statement = f.requiredText("statement");
      List<String> topics = refs(f, "topics", Kind.TOPIC, who);
      atLeastOne(f, "topics", topics, "a finding", "topic");
      List<String> actors = refs(f, "actors", Kind.ACTOR, who);
      Optional<PartialDate> date = date(f, "date", false);
      List<Citation> citations = citations(f, who);
      Provenance source = provenance(f, who);
      List<String> notes = notes(f);
      f.finish();
      out.add(new Finding(id, statement, topics, actors, date, citations, source, notes));
    }
    return out;
  }

  // --- hypotheses.yaml ---

  List<Hypothesis> hypotheses(YamlNode root) {
    List<Hypothesis> out = new ArrayList<>();
    for (MappingReader h : top(root, "hypotheses.yaml", "hypotheses", "hypothesis")) {
      String id = id(h, Kind.HYPOTHESIS);
      String who = "hypothesis '" + id + "'";
      h.named(who);
      Integer number = h.requiredInteger("number");
      String statement = h.requiredText("statement");
      Verdict verdict =
          choice(h, "verdict", "a verdict", Verdict.values(), Verdict::key).orElse(null);
      String verdictSentence = h.requiredText("verdict-sentence");
      List<String> findings = refs(h, "findings", Kind.FINDING, who);
      atLeastOne(h, "findings", findings, "a hypothesis", "finding");
      List<String> notes = notes(h);
      h.finish();
      out.add(
          new Hypothesis(
              id,
              number == null ? 0 : number,
              statement,
              verdict,
              verdictSentence,
              findings,
              notes));
    }
    return out;
  }

  // --- table.yaml ---

  SummaryTable table(YamlNode root) {
    MappingReader t = MappingReader.of(root, "table.yaml", problems).orElse(null);
    if (t == null) {
      return null;
    }
    Integer number = t.requiredInteger("number");
    String title = t.requiredText("title");
    List<String> columns = t.textList("columns");
    atLeastOne(t, "columns", columns, "the table", "column");
    List<TableRow> rows = new ArrayList<>();
    List<TableEffect> allEffects = new ArrayList<>();
    for (MappingReader r : required(t, "rows", "table row")) {
      String id = id(r, Kind.TABLE_ROW);
      String who = "table row '" + id + "'";
      r.named(who);
      String label = r.requiredText("label");
      List<String> actors = refs(r, "actors", Kind.ACTOR, who);
      List<String> topics = refs(r, "topics", Kind.TOPIC, who);
      List<String> priorities = r.textList("priorities");
      List<TableEffect> effects = new ArrayList<>();
      for (MappingReader e : r.mappings("effects", "table effect")) {
        e.named("an effect of " + who);
        PartialDate date = date(e, "date", true).orElse(null);
        String text = e.requiredText("text");
        String marker = e.text("marker").orElse("");
        List<String> notes = notes(e);
        e.finish();
        if (date != null && text != null) {
          TableEffect effect = new TableEffect(date, text, marker, notes);
          effects.add(effect);
          allEffects.add(effect);
          checkMarker(t, e, marker);
        }
      }
      r.finish();
      rows.add(new TableRow(id, label, actors, topics, priorities, effects));
    }
    TableNote note = null;
    Optional<MappingReader> n = t.mapping("note", "the table note");
    if (n.isPresent()) {
      MappingReader nr = n.get();
      String marker = nr.requiredText("marker");
      String text = nr.requiredText("text");
      String ref = nr.text("ref").orElse(null);
      ids.expect(Kind.REFERENCE, ref, nr.positionOf("ref"), "the table note");
      nr.finish();
      note = new TableNote(marker, text, ref);
    }
    String source = t.requiredText("source");
    List<String> notes = notes(t);
    t.finish();
    return new SummaryTable(number == null ? 0 : number, title, columns, rows, note, source, notes);
  }

  /** A marker in a cell must be the marker of the note under the table. */
  private void checkMarker(MappingReader table, MappingReader effect, String marker) {
    if (marker.isEmpty()) {
      return;
    }
    Optional<String> noteMarker =
        table
            .node("note")
            .filter(YamlNode.Mapping.class::isInstance)
            .map(YamlNode.Mapping.class::cast)
            .map(nm -> nm.entries().get("marker"))
            .map(YamlNode.Entry::value)
            .filter(YamlNode.Scalar.class::isInstance)
            .map(v -> ((YamlNode.Scalar) v).value().strip());
    if (noteMarker.isEmpty() || !noteMarker.get().equals(marker)) {
      problems.error(
          effect.positionOf("marker"),
          "marker '" + marker + "' has no note under the table",
          noteMarker.map(x -> "the table note's marker is '" + x + "'").orElse("add a 'note:'"));
    }
  }

  // --- events.yaml ---

  List<Event> events(YamlNode root) {
    List<Event> out = new ArrayList<>();
    for (MappingReader e : top(root, "events.yaml", "events", "event")) {
      String id = id(e, Kind.EVENT);
      String who = "event '" + id + "'";
      e.named(who);
      PartialDate date = date(e, "date", true).orElse(null);
      String text = e.requiredText("text");
      List<String> topics = refs(e, "topics", Kind.TOPIC, who);
      List<String> actors = refs(e, "actors", Kind.ACTOR, who);
      List<String> findings = refs(e, "findings", Kind.FINDING, who);
      List<Citation> citations = citations(e, who);
      Provenance source = provenance(e, who);
      List<String> notes = notes(e);
      e.finish();
      out.add(new Event(id, date, text, topics, actors, findings, citations, source, notes));
    }
    return out;
  }

  // --- figures.yaml ---

  List<Figure> figures(YamlNode root) {
    List<Figure> out = new ArrayList<>();
    for (MappingReader f : top(root, "figures.yaml", "figures", "figure")) {
      String id = id(f, Kind.FIGURE);
      String who = "figure '" + id + "'";
      f.named(who);
      Optional<Integer> number = f.integer("number");
      String title = f.requiredText("title");
      String source = f.requiredText("source");
      String unit = f.requiredText("unit");
      Optional<Integer> footnote = f.integer("footnote");
      footnote.ifPresent(
          fn -> ids.expect(Kind.FOOTNOTE, String.valueOf(fn), f.positionOf("footnote"), who));
      List<DataPoint> series = new ArrayList<>();
      for (MappingReader p : required(f, "series", "data point")) {
        p.named("a data point of " + who);
        String label = p.requiredText("label");
        BigDecimal value = p.requiredDecimal("value");
        p.finish();
        series.add(new DataPoint(label, value));
      }
      List<String> notes = notes(f);
      f.finish();
      out.add(new Figure(id, number, title, source, unit, footnote, series, notes));
    }
    return out;
  }

  // --- footnotes.yaml ---

  List<Footnote> footnotes(YamlNode root) {
    List<Footnote> out = new ArrayList<>();
    for (MappingReader f : top(root, "footnotes.yaml", "footnotes", "footnote")) {
      Integer number = f.requiredInteger("number");
      if (number != null) {
        ids.define(Kind.FOOTNOTE, String.valueOf(number), f.positionOf("number"));
      }
      String who = "footnote " + (number == null ? "" : number);
      f.named(who);
      String section = f.requiredText("section");
      ids.expect(Kind.SECTION, section, f.positionOf("section"), who);
      String text = f.requiredText("text");
      Optional<String> original = f.text("original-language");
      if (original.isPresent() && number != null) {
        originalAt.put(number, f.positionOf("original-language"));
      }
      if (original.isPresent()
          && Language.fromCode(original.get()).filter(l -> !l.isSource()).isEmpty()) {
        problems.error(
            f.positionOf("original-language"),
            "'" + original.get() + "' is not the code of a translation language",
            "write an ISO 639 code such as 'pl' (the language of a translations/<code>.yaml)");
      }
      List<String> notes = notes(f);
      f.finish();
      out.add(new Footnote(number == null ? 0 : number, section, text, original, notes));
    }
    return out;
  }

  // --- references.yaml ---

  List<Reference> references(YamlNode root) {
    List<Reference> out = new ArrayList<>();
    for (MappingReader r : top(root, "references.yaml", "references", "reference")) {
      String id = id(r, Kind.REFERENCE);
      r.named("reference '" + id + "'");
      List<String> authors = r.textList("authors");
      atLeastOne(r, "authors", authors, "a reference", "author");
      Integer year = r.requiredInteger("year");
      String suffix = r.has("suffix") ? suffix(r) : "";
      ReferenceKind kind =
          choice(r, "kind", "a reference kind", ReferenceKind.values(), ReferenceKind::key)
              .orElse(null);
      List<String> citedAs = r.textList("cited-as");
      atLeastOne(r, "cited-as", citedAs, "a reference", "citation form");
      Optional<String> url = r.text("url");
      List<String> notes = notes(r);
      r.finish();
      out.add(
          new Reference(id, authors, year == null ? 0 : year, suffix, kind, citedAs, url, notes));
    }
    return out;
  }

  /** The suffix may be written empty ({@code suffix: ""}), which the text readers refuse. */
  private String suffix(MappingReader r) {
    Optional<YamlNode> n = r.node("suffix");
    if (n.isPresent() && n.get() instanceof YamlNode.Scalar s && s.value().isBlank()) {
      return "";
    }
    return r.text("suffix").orElse("");
  }

  // --- glossary.yaml ---

  List<GlossaryTerm> glossary(YamlNode root) {
    List<GlossaryTerm> out = new ArrayList<>();
    for (MappingReader g : top(root, "glossary.yaml", "terms", "glossary term")) {
      String id = id(g, Kind.TERM);
      g.named("glossary term '" + id + "'");
      String en = g.requiredText("en");
      String pl = g.requiredText("pl");
      TranslationStatus status =
          choice(
                  g,
                  "status",
                  "a translation status",
                  TranslationStatus.values(),
                  TranslationStatus::key)
              .orElse(null);
      g.finish();
      out.add(new GlossaryTerm(id, en, pl, status));
    }
    return out;
  }

  // --- translations/LANG.yaml ---

  /**
   * Reads one translations file and checks it against the units of the corpus: every unit id must
   * exist, every fingerprint must be well formed; a stale or missing translation is a warning.
   *
   * @param unreadFiles corpus files that could not be read: their units are not checked
   */
  Translations translations(
      YamlNode root, String file, Language language, UnitCatalog catalog, Set<String> unreadFiles) {
    Map<String, Translation> units = new LinkedHashMap<>();
    MappingReader m = MappingReader.of(root, file, problems).orElse(null);
    if (m == null) {
      return new Translations(language, units);
    }
    String code = m.requiredText("language");
    if (code != null && !code.equals(language.code())) {
      problems.error(
          m.positionOf("language"),
          "this file is named for language '"
              + language.code()
              + "' but says 'language: "
              + code
              + "'",
          "write 'language: " + language.code() + "', or rename the file to " + code + ".yaml");
    }
    if (!m.has("units")) {
      problems.error(m.position(), "'units' is missing", "add 'units:' with the translated units");
    }
    boolean unitsReadable = true;
    for (YamlNode.Entry e : m.entries("units")) {
      Translation t = translation(e, language, catalog, unreadFiles);
      if (t != null) {
        units.put(t.unitId(), t);
      } else {
        unitsReadable = false;
      }
    }
    m.finish();
    if (unitsReadable && m.node("units").map(YamlNode.Mapping.class::isInstance).orElse(true)) {
      for (Map.Entry<String, String> u : catalog.units().entrySet()) {
        if (!units.containsKey(u.getKey()) && !unreadFiles.contains(sourceFile(u.getKey()))) {
          problems.warning(
              m.keyPositionOf("units"),
              "no " + languageName(language) + " translation of unit '" + u.getKey() + "'",
              "add it with 'status: draft' and 'fingerprint: "
                  + Fingerprint.of(u.getValue())
                  + "'");
        }
      }
    }
    return new Translations(language, units);
  }

  private Translation translation(
      YamlNode.Entry e, Language language, UnitCatalog catalog, Set<String> unreadFiles) {
    String unitId = e.key();
    MappingReader u =
        MappingReader.of(e.value(), "translation of '" + unitId + "'", problems).orElse(null);
    if (u == null) {
      return null;
    }
    TranslationStatus status =
        choice(
                u,
                "status",
                "a translation status",
                TranslationStatus.values(),
                TranslationStatus::key)
            .orElse(null);
    String fingerprint = u.requiredText("fingerprint");
    String text = u.requiredText("text");
    u.finish();
    String english = catalog.units().get(unitId);
    if (english == null) {
      if (!unreadFiles.contains(sourceFile(unitId))) {
        String hint = Suggestions.didYouMean(unitId, catalog.units().keySet());
        problems.error(
            e.keyPosition(),
            "unknown unit '" + unitId + "'",
            hint != null ? hint : "unit ids name a corpus item, such as 'finding.ID.statement'");
      }
    } else if (fingerprint != null && !FINGERPRINT.matcher(fingerprint).matches()) {
      problems.error(
          u.positionOf("fingerprint"),
          "'" + fingerprint + "' is not a fingerprint: it must be 16 lower-case hex digits",
          "the fingerprint of the English text now is " + Fingerprint.of(english));
    } else if (fingerprint != null && !Fingerprint.of(english).equals(fingerprint)) {
      problems.warning(
          u.positionOf("fingerprint"),
          "the "
              + languageName(language)
              + " translation of '"
              + unitId
              + "' is stale: the English text has changed since it was translated",
          "review the translation and update its fingerprint to " + Fingerprint.of(english));
    }
    if (status == null || fingerprint == null || text == null) {
      return null;
    }
    return new Translation(unitId, status, fingerprint, text);
  }

  /** The corpus file a unit's English text comes from. */
  static String sourceFile(String unitId) {
    int dot = unitId.indexOf('.');
    String prefix = dot < 0 ? unitId : unitId.substring(0, dot);
    return switch (prefix) {
      case "article", "section" -> "article.yaml";
      case "topic" -> "topics.yaml";
      case "actor" -> "actors.yaml";
      case "finding" -> "findings.yaml";
      case "hypothesis" -> "hypotheses.yaml";
      case "table" -> "table.yaml";
      case "event" -> "events.yaml";
      case "figure" -> "figures.yaml";
      case "footnote" -> "footnotes.yaml";
      default -> "";
    };
  }

  static String languageName(Language language) {
    return language.locale().getDisplayLanguage(Locale.ENGLISH);
  }

  /**
   * A footnote whose original is not English must have that original, with status article, in the
   * translations of its language.
   */
  void checkOriginals(List<Footnote> footnotes, Map<Language, Translations> translations) {
    for (Footnote f : footnotes) {
      if (f.originalLanguage().isEmpty()) {
        continue;
      }
      Optional<Language> lang = Language.fromCode(f.originalLanguage().get());
      Translations t = lang.map(translations::get).orElse(null);
      if (t == null) {
        continue;
      }
      String unit = "footnote." + f.number();
      if (t.unit(unit).map(u -> u.status() != TranslationStatus.ARTICLE).orElse(true)) {
        problems.error(
            originalAt.getOrDefault(f.number(), SourcePosition.file("footnotes.yaml")),
            "footnote "
                + f.number()
                + " is in "
                + languageName(lang.get())
                + " in the article, but translations/"
                + lang.get().code()
                + ".yaml has no unit '"
                + unit
                + "' with status article",
            "add the article's own wording as '" + unit + "' with 'status: article'");
      }
    }
  }

  // --- shared pieces ---

  /** The list under {@code key} of a file whose root is a mapping with that one key. */
  private List<MappingReader> top(YamlNode root, String file, String key, String itemWhat) {
    MappingReader m = MappingReader.of(root, file, problems).orElse(null);
    if (m == null) {
      return List.of();
    }
    List<MappingReader> items = required(m, key, itemWhat);
    m.finish();
    return items;
  }

  private List<MappingReader> required(MappingReader m, String key, String itemWhat) {
    if (!m.has(key)) {
      problems.error(m.position(), "'" + key + "' is missing", "add '" + key + ":' with a list");
      return List.of();
    }
    return m.mappings(key, itemWhat);
  }

  private String id(MappingReader m, Kind kind) {
    String id = m.requiredId("id");
    ids.define(kind, id, m.positionOf("id"));
    return id;
  }

  private List<String> refs(MappingReader m, String key, Kind kind, String who) {
    List<String> out = new ArrayList<>();
    for (YamlNode.Scalar s : m.textItems(key)) {
      ids.expect(kind, s.value(), s.position(), who);
      out.add(s.value());
    }
    return out;
  }

  private Optional<PartialDate> date(MappingReader m, String key, boolean required) {
    String text = required ? m.requiredText(key) : m.text(key).orElse(null);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text, defaultYear));
    } catch (IllegalArgumentException e) {
      problems.error(
          m.positionOf(key),
          e.getMessage(),
          "write a date as the article does: " + PartialDate.acceptedForms());
      return Optional.empty();
    }
  }

  private List<Citation> citations(MappingReader m, String who) {
    List<Citation> out = new ArrayList<>();
    for (MappingReader c : m.mappings("citations", "citation")) {
      c.named("a citation of " + who);
      String ref = c.requiredText("ref");
      ids.expect(Kind.REFERENCE, ref, c.positionOf("ref"), who);
      String locator = c.text("locator").orElse("");
      c.finish();
      if (ref != null) {
        out.add(new Citation(ref, locator));
      }
    }
    return out;
  }

  private Provenance provenance(MappingReader m, String who) {
    Optional<MappingReader> s = m.mapping("source", "a source");
    if (s.isEmpty()) {
      if (!m.has("source") || m.node("source").isEmpty()) {
        problems.error(
            m.position(), who + " needs 'source'", "add 'source: {section: …, quote: \"…\"}'");
      }
      return null;
    }
    MappingReader r = s.get().named("the source of " + who);
    String section = r.requiredText("section");
    ids.expect(Kind.SECTION, section, r.positionOf("section"), who);
    String quote = r.requiredText("quote");
    r.finish();
    return new Provenance(section, quote);
  }

  /**
   * Reports a list that must hold at least one item: missing, or written empty. A list whose items
   * were all wrong has been reported already.
   */
  private void atLeastOne(
      MappingReader m, String key, List<String> items, String owner, String itemWhat) {
    if (!items.isEmpty()) {
      return;
    }
    Optional<YamlNode> n = m.node(key);
    if (n.isEmpty()) {
      problems.error(
          m.position(), owner + " needs '" + key + "'", "add '" + key + ": [" + itemWhat + "]'");
    } else if (n.get() instanceof YamlNode.Sequence seq && seq.items().isEmpty()) {
      problems.error(n.get().position(), "'" + key + "' needs at least one " + itemWhat);
    }
  }

  private static List<String> notes(MappingReader m) {
    return m.textList("notes");
  }

  /** One of a fixed set of words, such as a verdict; lists the allowed ones when wrong. */
  private <E> Optional<E> choice(
      MappingReader m, String key, String what, E[] values, Function<E, String> word) {
    String text = m.requiredText(key);
    if (text == null) {
      return Optional.empty();
    }
    for (E v : values) {
      if (word.apply(v).equals(text)) {
        return Optional.of(v);
      }
    }
    List<String> words = Arrays.stream(values).map(word).toList();
    String hint = Suggestions.didYouMean(text, words);
    problems.error(
        m.positionOf(key),
        "'" + text + "' is not " + what + "; use one of: " + String.join(", ", words),
        hint);
    return Optional.empty();
  }
}
