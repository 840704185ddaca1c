package org.briefing.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;

/**
 * The ids each corpus file defines, and the references other files make to them: duplicates are
 * reported as they are defined, dangling references once every file has been read.
 */
final class IdIndex {

  /** A kind of id, with the file that defines it. */
  enum Kind {
    SECTION("section", "article.yaml"),
    TOPIC("topic", "topics.yaml"),
    ACTOR("actor", "actors.yaml"),
    FINDING("finding", "findings.yaml"),
    HYPOTHESIS("hypothesis", "argument.yaml"),
    VERDICT("verdict kind", "argument.yaml"),
    TABLE("table", "tables.yaml"),
    EVENT("event", "events.yaml"),
    FIGURE("figure", "figures.yaml"),
    FOOTNOTE("footnote", "footnotes.yaml"),
    REFERENCE("reference", "references.yaml"),
    TERM("glossary term", "glossary.yaml");

    final String label;
    final String file;

    Kind(String label, String file) {
      this.label = label;
      this.file = file;
    }
  }

  private record Expected(Kind kind, String id, SourcePosition at, String who) {}

  private final Problems problems;
  private final Map<Kind, Map<String, SourcePosition>> defined = new EnumMap<>(Kind.class);
  private final List<Expected> expected = new ArrayList<>();

  IdIndex(Problems problems) {
    this.problems = problems;
    for (Kind k : Kind.values()) {
      defined.put(k, new LinkedHashMap<>());
    }
  }

  /**
   * Records a definition; a second definition of the same id is an error at the second.
   *
   * @return whether the id was new
   */
  boolean define(Kind kind, String id, SourcePosition at) {
    if (id == null) {
      return false;
    }
    SourcePosition first = defined.get(kind).putIfAbsent(id, at);
    if (first != null) {
      String what =
          kind == Kind.FOOTNOTE ? "footnote number " + id : kind.label + " id '" + id + "'";
      problems.error(at, "duplicate " + what, "the first is at line " + first.line());
      return false;
    }
    return true;
  }

  /** Records that {@code who} refers to {@code id}; checked by {@link #checkReferences}. */
  void expect(Kind kind, String id, SourcePosition at, String who) {
    if (id != null) {
      expected.add(new Expected(kind, id, at, who));
    }
  }

  Set<String> ids(Kind kind) {
    return defined.get(kind).keySet();
  }

  /**
   * Reports every reference to an id that no file defines, with a "did you mean" hint. References
   * into a kind whose file could not be read are skipped: they would only repeat that error.
   */
  void checkReferences(Set<String> unreadFiles) {
    Set<Kind> unread = EnumSet.noneOf(Kind.class);
    for (Kind k : Kind.values()) {
      if (unreadFiles.contains(k.file)) {
        unread.add(k);
      }
    }
    for (Expected e : expected) {
      if (unread.contains(e.kind) || defined.get(e.kind).containsKey(e.id)) {
        continue;
      }
      String hint =
          e.kind == Kind.FOOTNOTE
              ? "the footnotes are " + String.join(", ", defined.get(e.kind).keySet())
              : Suggestions.didYouMean(e.id, defined.get(e.kind).keySet());
      String what = e.kind == Kind.FOOTNOTE ? "footnote " + e.id : e.kind.label + " '" + e.id + "'";
      problems.error(
          e.at,
          e.who + " refers to unknown " + what,
          hint != null ? hint : e.kind.label + "s are defined in " + e.kind.file);
    }
  }
}
