package org.briefing.sections;

import java.util.List;
import java.util.function.Function;
import org.briefing.model.Corpus;

/** The kinds of corpus item a spec may name by id, and where the corpus lists them. */
public enum IdKind {
  TOPIC("topic", "topics", c -> Corpus.ids(c.topics(), t -> t.id())),
  ACTOR("actor", "actors", c -> Corpus.ids(c.actors(), a -> a.id())),
  FINDING("finding", "findings", c -> Corpus.ids(c.findings(), f -> f.id())),
  HYPOTHESIS("hypothesis", "hypotheses", c -> Corpus.ids(c.argument().items(), h -> h.id())),
  EVENT("event", "events", c -> Corpus.ids(c.events(), e -> e.id())),
  TABLE("table", "tables", c -> Corpus.ids(c.tables(), t -> t.id())),
  FIGURE("figure", "figures", c -> Corpus.ids(c.figures(), f -> f.id())),
  TERM("glossary term", "terms", c -> Corpus.ids(c.glossary(), g -> g.id())),
  REFERENCE("reference", "references", c -> Corpus.ids(c.references(), r -> r.id()));

  private final String what;
  private final String listName;
  private final Function<Corpus, List<String>> ids;

  IdKind(String what, String listName, Function<Corpus, List<String>> ids) {
    this.what = what;
    this.listName = listName;
    this.ids = ids;
  }

  /** How messages name one item: "topic", "glossary term". */
  public String what() {
    return what;
  }

  /** The word {@code briefing list} takes for these items. */
  public String listName() {
    return listName;
  }

  /** The ids the corpus has, in corpus order. */
  public List<String> ids(Corpus corpus) {
    return ids.apply(corpus);
  }
}
