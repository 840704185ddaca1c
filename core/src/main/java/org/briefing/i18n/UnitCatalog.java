package org.briefing.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.Actor;
import org.briefing.model.Article;
import org.briefing.model.Event;
import org.briefing.model.Figure;
import org.briefing.model.Finding;
import org.briefing.model.Footnote;
import org.briefing.model.Hypothesis;
import org.briefing.model.Section;
import org.briefing.model.SummaryTable;
import org.briefing.model.TableRow;
import org.briefing.model.Topic;

/**
 * Every translatable unit of the corpus, by its stable id, with its English text — the list a
 * translation file is checked against and an XLIFF file is made from.
 *
 * <pre>{@code UnitCatalog.of(corpus).english("finding.gipl.statement")}</pre>
 */
public final class UnitCatalog {
  private final Map<String, String> units;

  private UnitCatalog(Map<String, String> units) {
    this.units = Collections.unmodifiableMap(units);
  }

  /** The units of a corpus, in corpus order. */
  public static UnitCatalog of(
      Article article,
      List<Topic> topics,
      List<Actor> actors,
      List<Finding> findings,
      List<Hypothesis> hypotheses,
      SummaryTable table,
      List<Event> events,
      List<Figure> figures,
      List<Footnote> footnotes) {
    Map<String, String> u = new LinkedHashMap<>();
    if (article != null) {
      u.put("article.title", article.title());
      u.put("article.abstract", article.abstractText());
      u.put("article.keywords", String.join(", ", article.keywords()));
      for (int i = 0; i < article.methodology().size(); i++) {
        u.put("article.methodology." + (i + 1), article.methodology().get(i));
      }
      for (Section s : article.sections()) {
        u.put("section." + s.id() + ".title", s.title());
      }
    }
    topics.forEach(t -> u.put("topic." + t.id() + ".label", t.label()));
    actors.forEach(a -> u.put("actor." + a.id() + ".name", a.name()));
    findings.forEach(f -> u.put("finding." + f.id() + ".statement", f.statement()));
    for (Hypothesis h : hypotheses) {
      u.put("hypothesis." + h.id() + ".statement", h.statement());
      u.put("hypothesis." + h.id() + ".verdict-sentence", h.verdictSentence());
    }
    if (table != null) {
      u.put("table.title", table.title());
      for (int i = 0; i < table.columns().size(); i++) {
        u.put("table.column." + (i + 1), table.columns().get(i));
      }
      for (TableRow r : table.rows()) {
        String p = "table.row." + r.id();
        u.put(p + ".label", r.label());
        for (int i = 0; i < r.priorities().size(); i++) {
          u.put(p + ".priority." + (i + 1), r.priorities().get(i));
        }
        for (int i = 0; i < r.effects().size(); i++) {
          u.put(p + ".effect." + (i + 1), r.effects().get(i).text());
        }
      }
      if (table.note() != null) {
        u.put("table.note", table.note().text());
      }
      u.put("table.source", table.source());
    }
    events.forEach(e -> u.put("event." + e.id() + ".text", e.text()));
    for (Figure f : figures) {
      u.put("figure." + f.id() + ".title", f.title());
      for (int i = 0; i < f.series().size(); i++) {
        u.put("figure." + f.id() + ".series." + (i + 1) + ".label", f.series().get(i).label());
      }
    }
    footnotes.forEach(f -> u.put("footnote." + f.number(), f.text()));
    u.values().removeIf(v -> v == null);
    return new UnitCatalog(u);
  }

  /** Unit id → English text, in corpus order. */
  public Map<String, String> units() {
    return units;
  }

  public boolean contains(String unitId) {
    return units.containsKey(unitId);
  }

  public String english(String unitId) {
    String t = units.get(unitId);
    if (t == null) {
      throw new IllegalArgumentException("no unit '" + unitId + "'");
    }
    return t;
  }
}
