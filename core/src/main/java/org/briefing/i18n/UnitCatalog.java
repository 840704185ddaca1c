package org.briefing.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.model.Article;
import org.briefing.model.Corpus;
import org.briefing.model.Figure;
import org.briefing.model.GlossaryTerm;
import org.briefing.model.Hypothesis;
import org.briefing.model.Section;
import org.briefing.model.Table;
import org.briefing.model.VerdictKind;

/**
 * Every translatable unit of a corpus, by its {@link UnitId}, with its English text — the list a
 * translation file is checked against and an XLIFF file is made from.
 *
 * <pre>{@code UnitCatalog.of(corpus).english(UnitId.findingStatement("gipl"))}</pre>
 */
public final class UnitCatalog {
  private final Map<String, String> units;

  private UnitCatalog(Map<String, String> units) {
    this.units = Collections.unmodifiableMap(units);
  }

  /** The catalog made last and the corpus it was made of (a corpus is immutable). */
  private record Made(Corpus corpus, UnitCatalog catalog) {}

  private static volatile Made last;

  /**
   * The units of a corpus, in corpus order. Parts of a corpus that could not be read (null) have no
   * units. The catalog of the same corpus object as the last call is not made again: every briefing
   * of a batch or a watch asks for it (2 % of a warm one-page note's build).
   */
  public static UnitCatalog of(Corpus c) {
    Made m = last;
    if (m != null && m.corpus() == c) {
      return m.catalog();
    }
    UnitCatalog made = make(c);
    last = new Made(c, made);
    return made;
  }

  private static UnitCatalog make(Corpus c) {
    Map<String, String> u = new LinkedHashMap<>();
    Article article = c.article();
    if (article != null) {
      put(u, UnitId.articleTitle(), article.title());
      if (!article.subtitle().isEmpty()) {
        put(u, UnitId.articleSubtitle(), article.subtitle());
      }
      put(u, UnitId.articleAbstract(), article.abstractText());
      article.summary().ifPresent(s -> put(u, UnitId.summary(), s));
      if (!article.keywords().isEmpty()) {
        put(u, UnitId.keywords(), String.join(", ", article.keywords()));
      }
      for (int i = 0; i < article.methodology().size(); i++) {
        put(u, UnitId.methodology(i + 1), article.methodology().get(i));
      }
      for (Section s : article.allSections()) {
        put(u, UnitId.sectionTitle(s.id()), s.title());
      }
    }
    c.topics().forEach(t -> put(u, UnitId.topicLabel(t.id()), t.label()));
    c.actors().forEach(a -> put(u, UnitId.actorName(a.id()), a.name()));
    c.findings().forEach(f -> put(u, UnitId.findingStatement(f.id()), f.statement()));
    c.argument().preface().ifPresent(p -> put(u, UnitId.argumentPreface(), p));
    for (VerdictKind v : c.argument().verdicts()) {
      v.label().ifPresent(l -> put(u, UnitId.verdictLabel(v.id()), l));
    }
    for (Hypothesis h : c.argument().items()) {
      put(u, UnitId.hypothesisStatement(h.id()), h.statement());
      put(u, UnitId.verdictSentence(h.id()), h.verdictSentence());
    }
    for (Table t : c.tables()) {
      put(u, UnitId.tableTitle(t.id()), t.title());
      t.columns().forEach(col -> put(u, UnitId.tableColumn(t.id(), col.id()), col.label()));
      for (Table.Row r : t.rows()) {
        for (Table.Column col : t.columns()) {
          Optional<Table.Cell> cell = r.cell(col.id());
          if (cell.isEmpty()) {
            continue;
          }
          List<Table.Line> lines = cell.get().lines();
          for (int i = 0; i < lines.size(); i++) {
            UnitId id =
                cell.get().list()
                    ? UnitId.tableCellLine(t.id(), r.id(), col.id(), i + 1)
                    : UnitId.tableCell(t.id(), r.id(), col.id());
            put(u, id, lines.get(i).text());
          }
        }
      }
      for (int i = 0; i < t.tableNotes().size(); i++) {
        put(u, UnitId.tableNote(t.id(), i + 1), t.tableNotes().get(i).text());
      }
      t.source().ifPresent(s -> put(u, UnitId.tableSource(t.id()), s));
    }
    c.events().forEach(e -> put(u, UnitId.eventText(e.id()), e.text()));
    for (Figure f : c.figures()) {
      put(u, UnitId.figureTitle(f.id()), f.title());
      if (!f.unit().isEmpty()) {
        put(u, UnitId.figureUnit(f.id()), f.unit());
      }
      if (!f.source().isEmpty()) {
        put(u, UnitId.figureSource(f.id()), f.source());
      }
      if (!f.alt().isEmpty()) {
        put(u, UnitId.figureAlt(f.id()), f.alt());
      }
      for (int i = 0; i < f.categories().size(); i++) {
        put(u, UnitId.figureCategory(f.id(), i + 1), f.categories().get(i));
      }
      for (int i = 0; i < f.series().size(); i++) {
        if (!f.series().get(i).name().isEmpty()) {
          put(u, UnitId.figureSeries(f.id(), i + 1), f.series().get(i).name());
        }
      }
    }
    c.footnotes().forEach(f -> put(u, UnitId.footnote(f.number()), f.text()));
    for (GlossaryTerm g : c.glossary()) {
      put(u, UnitId.glossaryTerm(g.id()), g.term());
      if (!g.definition().isEmpty()) {
        put(u, UnitId.glossaryDefinition(g.id()), g.definition());
      }
    }
    return new UnitCatalog(u);
  }

  private static void put(Map<String, String> u, UnitId id, String english) {
    if (english != null) {
      u.put(id.value(), english);
    }
  }

  /** Unit id → English text, in corpus order. */
  public Map<String, String> units() {
    return units;
  }

  public boolean contains(String unitId) {
    return units.containsKey(unitId);
  }

  public boolean contains(UnitId unitId) {
    return units.containsKey(unitId.value());
  }

  /**
   * The English text of a unit.
   *
   * @throws IllegalArgumentException for a unit the corpus does not have
   */
  public String english(String unitId) {
    String t = units.get(unitId);
    if (t == null) {
      throw new IllegalArgumentException("no unit '" + unitId + "'");
    }
    return t;
  }

  public String english(UnitId unitId) {
    return english(unitId.value());
  }
}
