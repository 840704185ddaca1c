package org.briefing.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.briefing.corpus.IdIndex.Kind;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;
import org.briefing.i18n.UnitId;
import org.briefing.model.Actor;
import org.briefing.model.ActorKind;
import org.briefing.model.Argument;
import org.briefing.model.Article;
import org.briefing.model.Citation;
import org.briefing.model.Event;
import org.briefing.model.Evidence;
import org.briefing.model.Figure;
import org.briefing.model.Finding;
import org.briefing.model.Footnote;
import org.briefing.model.GlossaryTerm;
import org.briefing.model.Hypothesis;
import org.briefing.model.PartialDate;
import org.briefing.model.Provenance;
import org.briefing.model.Reference;
import org.briefing.model.Section;
import org.briefing.model.Table;
import org.briefing.model.Topic;
import org.briefing.model.VerdictKind;
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

  /** Initializes this class (its patterns and decimal limits), on the thread that calls it. */
  static void initialize() {
    // Nothing to do: a static method's call initializes its class.
  }

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final BigDecimal MAX_VALUE = new BigDecimal("1e15");
  private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

  /** The item types of CSL-JSON (Citation Style Language 1.0.2). */
  static final List<String> CSL_TYPES =
      List.of(
          "article",
          "article-journal",
          "article-magazine",
          "article-newspaper",
          "bill",
          "book",
          "broadcast",
          "chapter",
          "classic",
          "collection",
          "dataset",
          "document",
          "entry",
          "entry-dictionary",
          "entry-encyclopedia",
          "event",
          "figure",
          "graphic",
          "hearing",
          "interview",
          "legal_case",
          "legislation",
          "manuscript",
          "map",
          "motion_picture",
          "musical_score",
          "pamphlet",
          "paper-conference",
          "patent",
          "performance",
          "periodical",
          "personal_communication",
          "post",
          "post-weblog",
          "regulation",
          "report",
          "review",
          "review-book",
          "software",
          "song",
          "speech",
          "standard",
          "thesis",
          "treaty",
          "webpage");

  /** Reads a picture file a figure names, relative to the corpus. */
  @FunctionalInterface
  interface ImageSource {
    Optional<Figure.Picture> read(String file, SourcePosition at);
  }

  private final Map<Integer, SourcePosition> originalAt = new HashMap<>();
  private final Map<String, String> dateForms = new LinkedHashMap<>();
  private final List<BadDate> badDates = new ArrayList<>();
  private final Map<Language, List<String>> missingUnits = new LinkedHashMap<>();
  private int defaultYear = CHECK_YEAR;

  /** The folder the corpus is read from, for the commands messages advise; empty: built-in. */
  private final Optional<String> folder;

  CorpusBinder(Problems problems, IdIndex ids, Optional<String> folder) {
    this.problems = problems;
    this.ids = ids;
    this.folder = folder;
  }

  // --- article.yaml ---

  Article article(YamlNode root) {
    MappingReader m = MappingReader.of(root, "article.yaml", problems).orElse(null);
    if (m == null) {
      return null;
    }
    String id = m.requiredId("id");
    String title = m.requiredText("title");
    String subtitle = m.text("subtitle").orElse("");
    List<Article.Author> authors = new ArrayList<>();
    for (MappingReader a : m.mappings("authors", "an author")) {
      a.named("an author");
      String name = a.requiredText("name");
      String affiliation = a.text("affiliation").orElse("");
      String orcid = a.text("orcid").orElse("");
      if (!orcid.isEmpty() && !ORCID.matcher(orcid).matches()) {
        problems.error(
            a.positionOf("orcid"),
            "'" + orcid + "' is not an ORCID iD",
            "write the 16 digits in groups of four, such as 0000-0002-1825-0097");
      }
      a.finish();
      if (name != null) {
        authors.add(new Article.Author(name, affiliation, orcid));
      }
    }
    Integer year = m.integer("year").orElse(null);
    Optional<PartialDate> published = date(m, "published", false);
    if (year == null) {
      year = published.filter(PartialDate::yearWritten).map(PartialDate::year).orElse(null);
    }
    if (year == null) {
      problems.error(
          m.position(),
          "article.yaml needs 'year' (or a 'published' date that names its year)",
          "the year of dates that name none, such as 'June': add 'year: 2022'");
    } else {
      defaultYear = year;
    }
    String publisher = m.text("publisher").orElse("");
    Optional<Article.Container> journal =
        m.mapping("journal", "the journal").map(j -> container(j, "the journal", false));
    Optional<Article.Container> series =
        m.mapping("series", "the series").map(j -> container(j, "the series", true));
    String reportNumber = m.text("report-number").orElse("");
    Optional<String> doi = m.text("doi");
    doi.filter(d -> !DOI.matcher(d).matches())
        .ifPresent(
            d ->
                problems.error(
                    m.positionOf("doi"),
                    "'" + d + "' is not a DOI",
                    "write the DOI itself, such as 10.1000/xyz123, without https://doi.org/"));
    Optional<String> url = url(m, "url");
    Optional<Article.Licence> licence = licence(m);
    Language language = Language.EN;
    Optional<String> code = m.text("language");
    if (code.isPresent() && !code.get().equals("en")) {
      problems.error(
          m.positionOf("language"),
          "the corpus's source language must be English ('en'), not '" + code.get() + "'",
          "write the paper's text in English and other languages in translations/<code>.yaml;"
              + " mark text the paper gives in another language with 'status: article' there");
    }
    String abstractText = m.requiredText("abstract");
    Optional<String> summary = m.text("summary");
    List<String> keywords = m.textList("keywords");
    List<Section> sections = sections(m, "sections");
    List<String> methodology = m.textList("methodology");
    Optional<List<Language>> translations = translationsDeclared(m);
    Optional<String> summaryTable = m.text("summary-table");
    summaryTable.ifPresent(
        t -> ids.expect(Kind.TABLE, t, m.positionOf("summary-table"), "article.yaml"));
    Optional<String> abstractSection = m.text("abstract-section");
    abstractSection.ifPresent(
        t -> ids.expect(Kind.SECTION, t, m.positionOf("abstract-section"), "article.yaml"));
    List<String> notes = notes(m);
    m.finish();
    return new Article(
        id,
        title,
        subtitle,
        authors,
        published,
        publisher,
        journal,
        series,
        reportNumber,
        doi,
        url,
        licence,
        language,
        abstractText,
        summary,
        keywords,
        year == null ? CHECK_YEAR : year,
        sections,
        methodology,
        translations,
        summaryTable,
        abstractSection,
        notes);
  }

  private Article.Container container(MappingReader c, String what, boolean series) {
    c.named(what);
    String title = c.requiredText("title");
    String volume = series ? "" : c.text("volume").orElse("");
    String issue = series ? "" : c.text("issue").orElse("");
    String pages = series ? "" : c.text("pages").orElse("");
    String number = series ? c.text("number").orElse("") : "";
    c.finish();
    return new Article.Container(title == null ? "" : title, volume, issue, pages, number);
  }

  private Optional<Article.Licence> licence(MappingReader m) {
    Optional<YamlNode> n = m.node("licence");
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YamlNode.Scalar) {
      return m.text("licence").map(t -> new Article.Licence(t, Optional.empty()));
    }
    return m.mapping("licence", "the licence")
        .map(
            l -> {
              l.named("the licence");
              String name = l.requiredText("name");
              Optional<String> url = url(l, "url");
              l.finish();
              return new Article.Licence(name == null ? "" : name, url);
            });
  }

  /** {@code translations: [pl, de]} or {@code translations: none}. */
  private Optional<List<Language>> translationsDeclared(MappingReader m) {
    Optional<YamlNode> n = m.node("translations");
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YamlNode.Scalar s && s.value().strip().equals("none")) {
      return Optional.of(List.of());
    }
    List<Language> out = new ArrayList<>();
    for (YamlNode.Scalar s : m.textItems("translations")) {
      Optional<Language> l = Language.fromCode(s.value()).filter(x -> !x.isSource());
      if (l.isEmpty()) {
        problems.error(
            s.position(),
            "'" + s.value() + "' is not the code of a translation language",
            "write ISO 639 codes such as [pl, de], or 'translations: none'");
      } else {
        out.add(l.get());
      }
    }
    return Optional.of(out);
  }

  /** The paper's sections, nested under {@code sections}. */
  private List<Section> sections(MappingReader m, String key) {
    List<Section> out = new ArrayList<>();
    for (MappingReader s : m.mappings(key, "section")) {
      String sid = id(s, Kind.SECTION);
      s.named("section '" + sid + "'");
      String stitle = s.requiredText("title");
      List<Section> children = sections(s, "sections");
      s.finish();
      out.add(new Section(sid, stitle, children));
    }
    return out;
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
      boolean key = f.bool("key").orElse(false);
      List<String> topics = refs(f, "topics", Kind.TOPIC, who);
      List<String> actors = refs(f, "actors", Kind.ACTOR, who);
      Optional<PartialDate> date = date(f, "date", false);
      List<Citation> citations = citations(f, who);
      Provenance source = provenance(f, who);
      List<String> notes = notes(f);
      f.finish();
      out.add(new Finding(id, statement, key, topics, actors, date, citations, source, notes));
    }
    return out;
  }

  // --- argument.yaml ---

  Argument argument(YamlNode root) {
    MappingReader m = MappingReader.of(root, "argument.yaml", problems).orElse(null);
    if (m == null) {
      return Argument.none();
    }
    Optional<String> preface = m.text("preface");
    List<VerdictKind> verdicts = new ArrayList<>();
    if (m.has("verdicts")) {
      for (MappingReader v : m.mappings("verdicts", "verdict kind")) {
        String id = id(v, Kind.VERDICT);
        v.named("verdict kind '" + id + "'");
        String label = v.requiredText("label");
        v.finish();
        verdicts.add(new VerdictKind(id, Optional.ofNullable(label)));
      }
    } else {
      verdicts.addAll(VerdictKind.DEFAULTS);
      VerdictKind.DEFAULTS.forEach(v -> ids.define(Kind.VERDICT, v.id(), m.position()));
    }
    boolean hypotheses = m.has("hypotheses");
    boolean questions = m.has("questions");
    if (hypotheses && questions) {
      problems.error(
          m.keyPositionOf("questions"),
          "argument.yaml holds hypotheses or research questions, not both",
          "keep one list");
    }
    Argument.Kind kind =
        hypotheses
            ? Argument.Kind.HYPOTHESES
            : questions ? Argument.Kind.QUESTIONS : Argument.Kind.NONE;
    String key = questions && !hypotheses ? "questions" : "hypotheses";
    String what = key.equals("questions") ? "research question" : "hypothesis";
    List<Hypothesis> items = new ArrayList<>();
    for (MappingReader h : m.mappings(key, what)) {
      String id = id(h, Kind.HYPOTHESIS);
      String who = what + " '" + id + "'";
      h.named(who);
      Integer number = h.requiredInteger("number");
      String statement = h.requiredText(key.equals("questions") ? "question" : "statement");
      Optional<String> verdict = h.text("verdict");
      if (key.equals("hypotheses") && verdict.isEmpty() && !h.has("verdict")) {
        problems.error(
            h.position(), who + " needs 'verdict'", "add 'verdict: confirmed' or another kind");
      }
      verdict.ifPresent(v -> ids.expect(Kind.VERDICT, v, h.positionOf("verdict"), who));
      String sentence = h.requiredText(key.equals("questions") ? "answer" : "verdict-sentence");
      List<Evidence> evidence = new ArrayList<>();
      for (MappingReader e : h.mappings("evidence", "evidence")) {
        e.named("evidence of " + who);
        String finding = e.requiredText("finding");
        ids.expect(Kind.FINDING, finding, e.positionOf("finding"), who);
        Evidence.Stance stance =
            choice(e, "stance", "a stance", Evidence.Stance.values(), Evidence.Stance::key)
                .orElse(null);
        e.finish();
        if (finding != null && stance != null) {
          evidence.add(new Evidence(finding, stance));
        }
      }
      List<String> notes = notes(h);
      h.finish();
      items.add(
          new Hypothesis(
              id, number == null ? 0 : number, statement, verdict, sentence, evidence, notes));
    }
    m.finish();
    return new Argument(kind, preface, verdicts, items);
  }

  // --- tables.yaml ---

  List<Table> tables(YamlNode root) {
    List<Table> out = new ArrayList<>();
    for (MappingReader t : top(root, "tables.yaml", "tables", "table")) {
      String id = id(t, Kind.TABLE);
      String who = "table '" + id + "'";
      t.named(who);
      Optional<Integer> number = t.integer("number");
      String title = t.requiredText("title");
      List<Table.Column> columns = new ArrayList<>();
      Set<String> columnIds = new java.util.LinkedHashSet<>();
      for (MappingReader c : required(t, "columns", "column")) {
        String cid = c.requiredId("id");
        c.named("column '" + cid + "' of " + who);
        if (cid != null && !columnIds.add(cid)) {
          problems.error(c.positionOf("id"), "duplicate column id '" + cid + "' in " + who);
        }
        String label = c.requiredText("label");
        boolean rowHeader = c.bool("row-header").orElse(false);
        c.finish();
        columns.add(new Table.Column(cid, label, rowHeader));
      }
      List<Table.TableNote> tableNotes = new ArrayList<>();
      List<String> noteMarkers = new ArrayList<>();
      for (MappingReader n : t.mappings("table-notes", "table note")) {
        n.named("a note of " + who);
        String marker = n.text("marker").orElse("");
        String text = n.requiredText("text");
        Optional<String> ref = n.text("ref");
        ref.ifPresent(r -> ids.expect(Kind.REFERENCE, r, n.positionOf("ref"), who));
        n.finish();
        if (!marker.isEmpty()) {
          noteMarkers.add(marker);
        }
        tableNotes.add(new Table.TableNote(marker, text, ref));
      }
      List<Table.Row> rows = new ArrayList<>();
      Set<String> rowIds = new java.util.LinkedHashSet<>();
      for (MappingReader r : required(t, "rows", "table row")) {
        String rid = r.requiredId("id");
        if (rid != null && !rowIds.add(rid)) {
          problems.error(r.positionOf("id"), "duplicate row id '" + rid + "' in " + who);
        }
        String rwho = "row '" + rid + "' of " + who;
        r.named(rwho);
        List<String> actors = refs(r, "actors", Kind.ACTOR, rwho);
        List<String> topics = refs(r, "topics", Kind.TOPIC, rwho);
        Optional<PartialDate> date = date(r, "date", false);
        Map<String, Table.Cell> cells = new LinkedHashMap<>();
        Optional<MappingReader> cellMap = r.mapping("cells", "the cells of " + rwho);
        if (cellMap.isEmpty() && !r.has("cells")) {
          problems.error(
              r.position(), rwho + " needs 'cells'", "add 'cells:' with one entry per column");
        }
        cellMap.ifPresent(
            cm -> {
              for (String col : columnIds) {
                cm.node(col)
                    .ifPresent(
                        n -> cell(n, col, rwho, noteMarkers).ifPresent(c -> cells.put(col, c)));
              }
              cm.finish();
            });
        List<String> notes = notes(r);
        r.finish();
        rows.add(new Table.Row(rid, actors, topics, date, cells, notes));
      }
      Optional<String> source = t.text("source");
      List<String> notes = notes(t);
      t.finish();
      out.add(new Table(id, number, title, columns, rows, tableNotes, source, notes));
    }
    return out;
  }

  /** A cell: a text, a dated line {date, text, marker}, or a list of them. */
  private Optional<Table.Cell> cell(YamlNode n, String column, String who, List<String> markers) {
    if (n instanceof YamlNode.Sequence seq) {
      List<Table.Line> lines = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        line(item, column, who, markers).ifPresent(lines::add);
      }
      return Optional.of(new Table.Cell(lines, true));
    }
    return line(n, column, who, markers).map(l -> new Table.Cell(List.of(l), false));
  }

  private Optional<Table.Line> line(YamlNode n, String column, String who, List<String> markers) {
    if (n instanceof YamlNode.Scalar s) {
      if (s.value().isBlank()) {
        problems.error(
            s.position(),
            "cell '" + column + "' of " + who + " is empty",
            "leave the column out instead");
        return Optional.empty();
      }
      return Optional.of(new Table.Line(s.value().strip(), Optional.empty(), "", List.of()));
    }
    Optional<MappingReader> m =
        MappingReader.of(n, "a line of cell '" + column + "' of " + who, problems);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    MappingReader l = m.get();
    Optional<PartialDate> date = date(l, "date", false);
    String text = l.requiredText("text");
    String marker = l.text("marker").orElse("");
    if (!marker.isEmpty() && !markers.contains(marker)) {
      problems.error(
          l.positionOf("marker"),
          "marker '" + marker + "' has no note under the table",
          markers.isEmpty()
              ? "add a note with 'marker: " + marker + "' under 'table-notes'"
              : "the table's note markers are '" + String.join("', '", markers) + "'");
    }
    List<String> notes = notes(l);
    l.finish();
    return text == null ? Optional.empty() : Optional.of(new Table.Line(text, date, marker, notes));
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

  List<Figure> figures(YamlNode root, ImageSource images) {
    List<Figure> out = new ArrayList<>();
    for (MappingReader f : top(root, "figures.yaml", "figures", "figure")) {
      String id = id(f, Kind.FIGURE);
      String who = "figure '" + id + "'";
      f.named(who);
      Optional<Integer> number = f.integer("number");
      Figure.Kind kind =
          f.has("kind")
              ? choice(f, "kind", "a figure kind", Figure.Kind.values(), Figure.Kind::key)
                  .orElse(Figure.Kind.BAR)
              : Figure.Kind.BAR;
      String title = f.requiredText("title");
      String source = f.text("source").orElse("");
      boolean inferred = f.bool("source-inferred").orElse(false);
      String unit = f.text("unit").orElse("");
      Optional<Integer> footnote = f.integer("footnote");
      footnote.ifPresent(
          fn -> ids.expect(Kind.FOOTNOTE, String.valueOf(fn), f.positionOf("footnote"), who));
      List<String> categories = new ArrayList<>();
      List<Figure.Series> series = new ArrayList<>();
      Optional<Figure.Picture> picture = Optional.empty();
      String alt = f.text("alt").orElse("");
      if (kind == Figure.Kind.IMAGE) {
        String file = f.requiredText("image");
        if (alt.isEmpty() && !f.has("alt")) {
          problems.error(
              f.position(),
              who + " is a picture and needs 'alt'",
              "describe what it shows for readers who cannot see it");
        }
        if (file != null) {
          picture = images.read(file, f.positionOf("image"));
        }
        if (f.has("series") || f.has("categories")) {
          problems.error(
              f.keyPositionOf(f.has("series") ? "series" : "categories"),
              "a picture has no data series",
              "remove it, or set 'kind: bar' or 'line'");
        }
      } else {
        if (f.has("image")) {
          problems.error(
              f.keyPositionOf("image"),
              "a " + kind.key() + " chart has no 'image'",
              "set 'kind: image', or remove 'image'");
        }
        if (f.has("categories")) {
          categories.addAll(f.textList("categories"));
          for (MappingReader s : required(f, "series", "data series")) {
            s.named("a series of " + who);
            String name = s.requiredText("name");
            List<BigDecimal> values = values(s, categories.size(), unit, who);
            s.finish();
            series.add(new Figure.Series(name == null ? "" : name, values));
          }
        } else {
          List<BigDecimal> values = new ArrayList<>();
          for (MappingReader p : required(f, "series", "data point")) {
            p.named("a data point of " + who);
            String label = p.requiredText("label");
            BigDecimal value = p.requiredDecimal("value");
            checkValue(value, unit, p.positionOf("value"));
            p.finish();
            // A missing label or value has had its error; a placeholder keeps the lists aligned.
            categories.add(label == null ? "" : label);
            values.add(value == null ? BigDecimal.ZERO : value);
          }
          series.add(new Figure.Series("", values));
        }
        if (categories.isEmpty() && !problems.hasErrors()) {
          problems.error(f.position(), who + " has no data", "add 'series:' with its values");
        }
      }
      List<String> notes = notes(f);
      f.finish();
      out.add(
          new Figure(
              id,
              number,
              kind,
              title,
              unit,
              source,
              inferred,
              footnote,
              categories,
              series,
              picture,
              alt,
              notes));
    }
    return out;
  }

  /** The values of one series: one number (or null for none) per category. */
  private List<BigDecimal> values(MappingReader s, int categories, String unit, String who) {
    List<BigDecimal> out = new ArrayList<>();
    Optional<YamlNode> n = s.node("values");
    if (n.isEmpty() || !(n.get() instanceof YamlNode.Sequence seq)) {
      problems.error(
          n.map(YamlNode::position).orElse(s.position()),
          "a series of " + who + " needs 'values', a list with one number per category");
      return out;
    }
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Null) {
        out.add(null);
        continue;
      }
      BigDecimal v = null;
      if (item instanceof YamlNode.Scalar sc && sc.plain()) {
        try {
          v = new BigDecimal(sc.value().strip());
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      if (v == null) {
        problems.error(item.position(), "a value must be a number such as 91.6, or null for none");
      } else {
        checkValue(v, unit, item.position());
      }
      out.add(v);
    }
    if (out.size() != categories) {
      problems.error(
          seq.position(),
          "the series has " + out.size() + " values for " + categories + " categories",
          "give one value per category, null where the paper gives none");
    }
    return out;
  }

  /** Values a chart can draw: finite and sensible for their unit. */
  private void checkValue(BigDecimal v, String unit, SourcePosition at) {
    if (v == null) {
      return;
    }
    if (v.abs().compareTo(MAX_VALUE) > 0 || v.precision() - v.scale() > 15 || v.scale() > 10) {
      problems.error(
          at,
          "the value " + v + " is out of range",
          "values lie within ±10^15 with at most 10 decimals");
    } else if (unit.strip().equals("%") && v.abs().compareTo(MAX_PERCENT) > 0) {
      problems.error(
          at, "a percentage of " + v + " is out of range", "percentages lie within ±1,000");
    }
  }

  // --- footnotes.yaml ---

  List<Footnote> footnotes(YamlNode root) {
    List<Footnote> out = new ArrayList<>();
    for (MappingReader f : top(root, "footnotes.yaml", "footnotes", "footnote")) {
      Integer number = f.requiredInteger("number");
      if (number != null && number < 1) {
        problems.error(
            f.positionOf("number"),
            "a footnote's 'number' must be 1 or more, not " + number,
            "write the number the paper gives the footnote");
        number = null;
      }
      if (number != null) {
        ids.define(Kind.FOOTNOTE, String.valueOf(number), f.positionOf("number"));
      }
      String who = "footnote " + (number == null ? "" : number);
      f.named(who);
      Optional<String> section = f.text("section");
      section.ifPresent(s -> ids.expect(Kind.SECTION, s, f.positionOf("section"), who));
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
      if (number != null) {
        // A footnote without a usable number has had its error; it has no unit id to carry.
        out.add(new Footnote(number, section.orElse(""), text, original, notes));
      }
    }
    return out;
  }

  // --- references.yaml ---

  List<Reference> references(YamlNode root) {
    List<Reference> out = new ArrayList<>();
    for (MappingReader r : top(root, "references.yaml", "references", "reference")) {
      String id = id(r, Kind.REFERENCE);
      r.named("reference '" + id + "'");
      Reference.Builder b = Reference.builder(id);
      String type = r.text("type").orElse("document");
      checkType(type, r.positionOf("type"));
      b.type(type);
      for (String variable : Reference.NAME_VARIABLES) {
        b.names(variable, names(r, variable));
      }
      if (!(r.has("issued") && isNoDate(r))) {
        date(r, "issued", false).ifPresent(b::issued);
      }
      date(r, "accessed", false).ifPresent(b::accessed);
      for (String variable : Reference.TEXT_VARIABLES) {
        if (variable.equals("url")) {
          url(r, "url").ifPresent(u -> b.field("url", u));
        } else {
          r.text(variable).ifPresent(t -> b.field(variable, t));
        }
      }
      r.text("label").ifPresent(b::label);
      b.citedAs(r.textList("cited-as"));
      b.notes(notes(r));
      r.finish();
      out.add(b.build());
    }
    return out;
  }

  /** Reports a type that is not a CSL item type, with a hint. */
  void checkType(String type, SourcePosition at) {
    if (!CSL_TYPES.contains(type)) {
      String hint = Suggestions.didYouMean(type, CSL_TYPES);
      problems.error(
          at,
          "'" + type + "' is not a reference type",
          hint != null ? hint : "CSL types such as " + String.join(", ", CSL_TYPES.subList(0, 12)));
    }
  }

  /** A date as written, the year of the paper where it names none. */
  PartialDate parseDate(String text) {
    return PartialDate.parse(text, defaultYear);
  }

  /** Defines the id of a reference read from a BibTeX or CSL-JSON file. */
  void defineReference(String id, SourcePosition at) {
    ids.define(Kind.REFERENCE, id, at);
  }

  private boolean isNoDate(MappingReader r) {
    return r.node("issued")
        .filter(n -> n instanceof YamlNode.Scalar s && s.value().strip().equalsIgnoreCase("n.d."))
        .isPresent();
  }

  /** Authors as {family, given} or {literal}, or plain texts (a family name or an organisation). */
  private List<Reference.Name> names(MappingReader r, String key) {
    List<Reference.Name> out = new ArrayList<>();
    Optional<YamlNode> n = r.node(key);
    if (n.isEmpty()) {
      return out;
    }
    List<YamlNode> items =
        n.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(n.get());
    for (YamlNode item : items) {
      if (item instanceof YamlNode.Scalar s && !s.value().isBlank()) {
        out.add(Reference.Name.family(s.value().strip()));
        continue;
      }
      Optional<MappingReader> m = MappingReader.of(item, "a name", problems);
      if (m.isEmpty()) {
        continue;
      }
      MappingReader nm = m.get();
      String family = nm.text("family").orElse("");
      String given = nm.text("given").orElse("");
      String literal = nm.text("literal").orElse("");
      if (family.isEmpty() == literal.isEmpty()) {
        problems.error(
            nm.position(), "a name needs 'family' (a person) or 'literal' (an organisation)");
      }
      nm.finish();
      out.add(new Reference.Name(family, given, literal));
    }
    return out;
  }

  // --- glossary.yaml ---

  List<GlossaryTerm> glossary(YamlNode root) {
    List<GlossaryTerm> out = new ArrayList<>();
    for (MappingReader g : top(root, "glossary.yaml", "terms", "glossary term")) {
      String id = id(g, Kind.TERM);
      g.named("glossary term '" + id + "'");
      String term = g.requiredText("term");
      String definition = g.text("definition").orElse("");
      String note = g.text("note").orElse("");
      g.finish();
      out.add(new GlossaryTerm(id, term, definition, note));
    }
    return out;
  }

  /** A web address: http, https or mailto only. */
  private Optional<String> url(MappingReader m, String key) {
    Optional<String> u = m.text(key);
    if (u.isPresent() && !allowedUrl(u.get())) {
      problems.error(
          m.positionOf(key),
          "'" + u.get() + "' is not a web address this tool links to",
          "only http, https and mailto addresses are allowed");
      return Optional.empty();
    }
    return u;
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
      Map<String, Integer> byFile = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, String> u : catalog.units().entrySet()) {
        String source = sourceFile(u.getKey());
        if (!units.containsKey(u.getKey()) && !unreadFiles.contains(source)) {
          missing.add(u.getKey());
          byFile.merge(source, 1, Integer::sum);
        }
      }
      missingUnits.put(language, List.copyOf(missing));
      if (!missing.isEmpty()) {
        List<String> parts = new ArrayList<>();
        byFile.forEach((f, n) -> parts.add(f + " " + n));
        problems.warning(
            m.keyPositionOf("units"),
            missing.size()
                + (missing.size() == 1 ? " unit has" : " units have")
                + " no "
                + languageName(language)
                + " translation yet ("
                + String.join(", ", parts)
                + ")",
            "'"
                + ToolCommand.of("validate", "--verbose").corpus(folder).text()
                + "' lists them; a missing unit prints in English with a 'not yet translated'"
                + " badge");
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
    List<String> translatorNotes = u.textList("notes");
    Optional<String> source = u.text("source");
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
    if (english != null
        && fingerprint != null
        && source.isPresent()
        && !Fingerprint.of(source.get()).equals(fingerprint)) {
      problems.warning(
          u.positionOf("source"),
          "the 'source' of '" + unitId + "' is not the English its fingerprint was made from",
          "'source' keeps the English this was translated from; an import writes it");
    }
    return new Translation(unitId, status, fingerprint, text, translatorNotes, source);
  }

  /** The corpus file a unit's English text comes from ("" for an id of no known shape). */
  static String sourceFile(String unitId) {
    return UnitId.parse(unitId).map(UnitId::file).orElse("");
  }

  /** The units with no translation, by language, once the translation files are read. */
  Map<Language, List<String>> missingUnits() {
    return missingUnits;
  }

  static String languageName(Language language) {
    return language.englishName();
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
      String unit = UnitId.footnote(f.number()).value();
      if (t.unit(unit).map(u -> u.status() != TranslationStatus.ARTICLE).orElse(true)) {
        problems.error(
            originalAt.getOrDefault(f.number(), SourcePosition.file("footnotes.yaml")),
            "footnote "
                + f.number()
                + " is in "
                + languageName(lang.get())
                + " in the paper, but translations/"
                + lang.get().code()
                + ".yaml has no unit '"
                + unit
                + "' with status article",
            "add the paper's own wording as '" + unit + "' with 'status: article'");
      }
    }
  }

  // --- shared pieces ---

  /** Whether a web address may become a link: http, https and mailto only. */
  static boolean allowedUrl(String url) {
    return org.briefing.text.WebAddress.allowed(url);
  }

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
      PartialDate d = PartialDate.parse(text, defaultYear);
      dateForms.putIfAbsent(d.precision() + (d.openEnded() ? "+" : ""), d.text());
      return Optional.of(d);
    } catch (IllegalArgumentException e) {
      badDates.add(new BadDate(m.positionOf(key), e.getMessage()));
      return Optional.empty();
    }
  }

  private record BadDate(SourcePosition at, String message) {}

  /**
   * Reports the dates that could not be read, each with a hint that quotes forms the corpus itself
   * writes. Called once every file is read.
   */
  void reportDates() {
    List<String> examples = dateForms.values().stream().limit(3).toList();
    String hint =
        (examples.isEmpty()
                ? ""
                : "write it as the corpus writes its dates, such as '"
                    + String.join("', '", examples)
                    + "'; ")
            + "the forms read are "
            + PartialDate.acceptedForms();
    badDates.forEach(b -> problems.error(b.at(), b.message(), hint));
    badDates.clear();
  }

  private List<Citation> citations(MappingReader m, String who) {
    List<Citation> out = new ArrayList<>();
    for (MappingReader c : m.mappings("citations", "citation")) {
      c.named("a citation of " + who);
      if (c.has("note")) {
        Integer note = c.requiredInteger("note");
        if (note != null) {
          ids.expect(Kind.FOOTNOTE, String.valueOf(note), c.positionOf("note"), who);
          out.add(Citation.ofNote(note));
        }
        if (c.has("ref")) {
          problems.error(
              c.keyPositionOf("ref"), "a citation cites a reference or a note, not both");
        }
        c.finish();
        continue;
      }
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
