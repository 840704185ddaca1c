package org.briefing.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable id of one translatable unit of a corpus, such as {@code finding.gipl.statement} or
 * {@code table.summary.cell.us.effects.2}: the key of a translation file and of an XLIFF unit. Ids
 * are made only by the factories here and read back only by {@link #parse}, so every part of the
 * tool agrees on their shape.
 *
 * <pre>{@code
 * UnitId id = UnitId.findingStatement("gipl");
 * id.value();                       // "finding.gipl.statement"
 * UnitId.parse("table.summary.title").get().kind();   // Kind.TABLE_TITLE
 * }</pre>
 */
public final class UnitId implements Comparable<UnitId> {
  private static final String ID = "([a-z0-9][a-z0-9-]*)";
  private static final String N = "([1-9][0-9]*)";

  /** What a unit is: its shape, the corpus file its English comes from, and a description. */
  public enum Kind {
    ARTICLE_TITLE("article\\.title", "article.yaml", "paper title"),
    ARTICLE_SUBTITLE("article\\.subtitle", "article.yaml", "paper subtitle"),
    ABSTRACT("article\\.abstract", "article.yaml", "abstract"),
    SUMMARY("article\\.summary", "article.yaml", "summary"),
    KEYWORDS("article\\.keywords", "article.yaml", "keywords"),
    METHODOLOGY("article\\.methodology\\." + N, "article.yaml", "methodology paragraph"),
    SECTION_TITLE("section\\." + ID + "\\.title", "article.yaml", "section title"),
    TOPIC_LABEL("topic\\." + ID + "\\.label", "topics.yaml", "topic label"),
    ACTOR_NAME("actor\\." + ID + "\\.name", "actors.yaml", "actor name"),
    FINDING_STATEMENT("finding\\." + ID + "\\.statement", "findings.yaml", "finding statement"),
    ARGUMENT_PREFACE("argument\\.preface", "argument.yaml", "sentence introducing the verdicts"),
    VERDICT_LABEL("verdict\\." + ID + "\\.label", "argument.yaml", "verdict label"),
    HYPOTHESIS_STATEMENT(
        "hypothesis\\." + ID + "\\.statement", "argument.yaml", "hypothesis or question"),
    VERDICT_SENTENCE(
        "hypothesis\\." + ID + "\\.verdict-sentence", "argument.yaml", "verdict sentence"),
    TABLE_TITLE("table\\." + ID + "\\.title", "tables.yaml", "table title"),
    TABLE_COLUMN("table\\." + ID + "\\.column\\." + ID, "tables.yaml", "table column heading"),
    TABLE_CELL(
        "table\\." + ID + "\\.cell\\." + ID + "\\." + ID + "(?:\\." + N + ")?",
        "tables.yaml",
        "table cell"),
    TABLE_NOTE("table\\." + ID + "\\.note\\." + N, "tables.yaml", "table note"),
    TABLE_SOURCE("table\\." + ID + "\\.source", "tables.yaml", "table source line"),
    EVENT_TEXT("event\\." + ID + "\\.text", "events.yaml", "timeline event"),
    FIGURE_TITLE("figure\\." + ID + "\\.title", "figures.yaml", "figure title"),
    FIGURE_UNIT("figure\\." + ID + "\\.unit", "figures.yaml", "figure unit"),
    FIGURE_SOURCE("figure\\." + ID + "\\.source", "figures.yaml", "figure source line"),
    FIGURE_ALT("figure\\." + ID + "\\.alt", "figures.yaml", "picture description (alt text)"),
    FIGURE_CATEGORY("figure\\." + ID + "\\.category\\." + N, "figures.yaml", "chart label"),
    FIGURE_SERIES(
        "figure\\." + ID + "\\.series\\." + N + "\\.name", "figures.yaml", "chart series"),
    FOOTNOTE("footnote\\." + N, "footnotes.yaml", "footnote"),
    GLOSSARY_TERM("glossary\\." + ID + "\\.term", "glossary.yaml", "glossary term"),
    GLOSSARY_DEFINITION(
        "glossary\\." + ID + "\\.definition", "glossary.yaml", "glossary definition");

    private final Pattern pattern;
    private final String file;
    private final String description;

    Kind(String regex, String file, String description) {
      this.pattern = Pattern.compile(regex);
      this.file = file;
      this.description = description;
    }

    /** The corpus file the unit's English text comes from. */
    public String file() {
      return file;
    }

    /** What the unit is, for people ("finding statement", "table cell"). */
    public String description() {
      return description;
    }
  }

  private final String value;
  private final Kind kind;
  private final List<String> parts;

  private UnitId(String value, Kind kind, List<String> parts) {
    this.value = value;
    this.kind = kind;
    this.parts = parts;
  }

  /** Reads an id as written in a translation file; empty when it has no known shape. */
  public static Optional<UnitId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Kind k : Kind.values()) {
      Optional<UnitId> u = as(k, text);
      if (u.isPresent()) {
        return u;
      }
    }
    return Optional.empty();
  }

  /** The id when it has the shape of one kind. */
  private static Optional<UnitId> as(Kind k, String text) {
    Matcher m = k.pattern.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String[] groups = new String[m.groupCount()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = m.group(i + 1);
    }
    return Optional.of(new UnitId(text, k, Arrays.stream(groups).filter(g -> g != null).toList()));
  }

  /**
   * An id of a kind. The kinds' shapes exclude one another (their fixed words differ, and an id
   * part holds no dot), so matching the one kind gives what {@link #parse} gives, without trying
   * the kinds before it: a corpus's catalog makes an id for every unit. The id is its pieces
   * joined.
   */
  private static UnitId make(Kind kind, Object... pieces) {
    // Joined here rather than with '+' in each factory: every '+' is a call site of its own that
    // the JVM links on first use, and a cold build makes ids of nearly every kind.
    StringBuilder b = new StringBuilder();
    List<String> parts = new ArrayList<>(pieces.length / 2);
    boolean shaped = true;
    for (int i = 0; i < pieces.length; i++) {
      String p = String.valueOf(pieces[i]);
      b.append(p);
      if (i % 2 == 1) {
        // The factories alternate the kind's fixed words with its parts, which are checked
        // against the part's shape here: a catalog makes an id for every unit of a corpus, and
        // matching each whole id against its kind's pattern ran interpreted in a cold build.
        parts.add(p);
        shaped &= pieces[i] instanceof Integer n ? n > 0 : isIdPart(p);
      }
    }
    String text = b.toString();
    if (!shaped) {
      throw new IllegalArgumentException("not a " + kind + " unit id: " + text);
    }
    return new UnitId(text, kind, List.copyOf(parts));
  }

  /**
   * Whether a part has the shape of {@link #ID}: a lower-case letter or digit, then those or '-'.
   */
  private static boolean isIdPart(String p) {
    if (p.isEmpty()) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  public static UnitId articleTitle() {
    return make(Kind.ARTICLE_TITLE, "article.title");
  }

  public static UnitId articleSubtitle() {
    return make(Kind.ARTICLE_SUBTITLE, "article.subtitle");
  }

  public static UnitId articleAbstract() {
    return make(Kind.ABSTRACT, "article.abstract");
  }

  public static UnitId summary() {
    return make(Kind.SUMMARY, "article.summary");
  }

  public static UnitId keywords() {
    return make(Kind.KEYWORDS, "article.keywords");
  }

  /** The n-th methodology paragraph, from 1. */
  public static UnitId methodology(int n) {
    return make(Kind.METHODOLOGY, "article.methodology.", n);
  }

  public static UnitId sectionTitle(String section) {
    return make(Kind.SECTION_TITLE, "section.", section, ".title");
  }

  public static UnitId topicLabel(String topic) {
    return make(Kind.TOPIC_LABEL, "topic.", topic, ".label");
  }

  public static UnitId actorName(String actor) {
    return make(Kind.ACTOR_NAME, "actor.", actor, ".name");
  }

  public static UnitId findingStatement(String finding) {
    return make(Kind.FINDING_STATEMENT, "finding.", finding, ".statement");
  }

  public static UnitId argumentPreface() {
    return make(Kind.ARGUMENT_PREFACE, "argument.preface");
  }

  public static UnitId verdictLabel(String verdict) {
    return make(Kind.VERDICT_LABEL, "verdict.", verdict, ".label");
  }

  public static UnitId hypothesisStatement(String hypothesis) {
    return make(Kind.HYPOTHESIS_STATEMENT, "hypothesis.", hypothesis, ".statement");
  }

  public static UnitId verdictSentence(String hypothesis) {
    return make(Kind.VERDICT_SENTENCE, "hypothesis.", hypothesis, ".verdict-sentence");
  }

  public static UnitId tableTitle(String table) {
    return make(Kind.TABLE_TITLE, "table.", table, ".title");
  }

  public static UnitId tableColumn(String table, String column) {
    return make(Kind.TABLE_COLUMN, "table.", table, ".column.", column);
  }

  /** A one-line cell. */
  public static UnitId tableCell(String table, String row, String column) {
    return make(Kind.TABLE_CELL, "table.", table, ".cell.", row, ".", column);
  }

  /** The n-th line (from 1) of a cell written as a list. */
  public static UnitId tableCellLine(String table, String row, String column, int n) {
    return make(Kind.TABLE_CELL, "table.", table, ".cell.", row, ".", column, ".", n);
  }

  /** The n-th note (from 1) under a table. */
  public static UnitId tableNote(String table, int n) {
    return make(Kind.TABLE_NOTE, "table.", table, ".note.", n);
  }

  public static UnitId tableSource(String table) {
    return make(Kind.TABLE_SOURCE, "table.", table, ".source");
  }

  public static UnitId eventText(String event) {
    return make(Kind.EVENT_TEXT, "event.", event, ".text");
  }

  public static UnitId figureTitle(String figure) {
    return make(Kind.FIGURE_TITLE, "figure.", figure, ".title");
  }

  public static UnitId figureUnit(String figure) {
    return make(Kind.FIGURE_UNIT, "figure.", figure, ".unit");
  }

  public static UnitId figureSource(String figure) {
    return make(Kind.FIGURE_SOURCE, "figure.", figure, ".source");
  }

  public static UnitId figureAlt(String figure) {
    return make(Kind.FIGURE_ALT, "figure.", figure, ".alt");
  }

  /** The n-th category label (from 1) of a chart. */
  public static UnitId figureCategory(String figure, int n) {
    return make(Kind.FIGURE_CATEGORY, "figure.", figure, ".category.", n);
  }

  /** The name of the n-th series (from 1) of a chart. */
  public static UnitId figureSeries(String figure, int n) {
    return make(Kind.FIGURE_SERIES, "figure.", figure, ".series.", n, ".name");
  }

  public static UnitId footnote(int number) {
    return make(Kind.FOOTNOTE, "footnote.", number);
  }

  public static UnitId glossaryTerm(String term) {
    return make(Kind.GLOSSARY_TERM, "glossary.", term, ".term");
  }

  public static UnitId glossaryDefinition(String term) {
    return make(Kind.GLOSSARY_DEFINITION, "glossary.", term, ".definition");
  }

  /** The id as written in files. */
  public String value() {
    return value;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The ids and numbers inside the id, in order: {@code table.summary.cell.us.effects.2} gives
   * [summary, us, effects, 2].
   */
  public List<String> parts() {
    return parts;
  }

  /** The corpus file the unit's English text comes from. */
  public String file() {
    return kind.file;
  }

  @Override
  public int compareTo(UnitId o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitId u && u.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
