package org.briefing.cite;

import java.util.List;
import java.util.Optional;

/**
 * A citation style a briefing may choose with {@code citation-style:}. The default, {@link #PAPER},
 * keeps the labels the paper cites its sources by; the others are CSL styles shipped with the tool
 * (see {@code NOTICE.md} beside their files).
 *
 * @param name the name a spec gives ("apa")
 * @param title what the style is, for help and the schema
 * @param note whether citations become notes (a note style) rather than parentheses
 */
public record CitationStyle(String name, String title, boolean note) {

  /** The paper's own author–year labels, as it cites its sources. */
  public static final CitationStyle PAPER =
      new CitationStyle("paper", "the paper's own author-year labels (the default)", false);

  /** Every style a spec may choose, the default first. */
  public static final List<CitationStyle> ALL =
      List.of(
          PAPER,
          new CitationStyle("apa", "APA 7th edition (author-date)", false),
          new CitationStyle("chicago-author-date", "Chicago 18th edition, author-date", false),
          new CitationStyle(
              "chicago-notes-bibliography",
              "Chicago 18th edition, notes and bibliography (citations become notes)",
              true));

  /** The style of this name, if the tool has it. */
  public static Optional<CitationStyle> named(String name) {
    return ALL.stream().filter(s -> s.name.equals(name)).findFirst();
  }

  /** The names of every style, the default first. */
  public static List<String> names() {
    return ALL.stream().map(CitationStyle::name).toList();
  }

  /** Whether this is the default style, the paper's own labels. */
  public boolean isPaper() {
    // By name: a record's equals is made by an invokedynamic bootstrap on first use, which a cold
    // build paid for (docs/performance.md, "Cold start-up, eighth pass").
    return name.equals(PAPER.name);
  }

  String resource() {
    return "styles/" + name + ".csl";
  }
}
