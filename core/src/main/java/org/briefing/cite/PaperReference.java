package org.briefing.cite;

import org.briefing.model.Article;
import org.briefing.model.Reference;

/**
 * The paper a briefing is made from, as a reference a CSL style can format for "how to cite": a
 * journal article, a report (in a series or with a number), or a document. Only what the corpus
 * gives; authors are kept as the paper writes their names.
 */
public final class PaperReference {
  private PaperReference() {}

  /** The paper as a reference with the id {@code paper}. */
  public static Reference of(Article a) {
    Reference.Builder b = Reference.builder("paper");
    b.type(
        a.journal().isPresent()
            ? "article-journal"
            : a.series().isPresent() || !a.reportNumber().isEmpty() ? "report" : "document");
    a.authors().forEach(au -> b.author(Reference.Name.literal(au.name())));
    a.published().ifPresent(b::issued);
    b.field("title", a.subtitle().isEmpty() ? a.title() : a.title() + ": " + a.subtitle());
    a.journal()
        .ifPresent(
            j ->
                b.field("container-title", j.title())
                    .field("volume", j.volume())
                    .field("issue", j.issue())
                    .field("page", j.pages()));
    a.series()
        .ifPresent(
            s -> b.field("collection-title", s.title()).field("collection-number", s.number()));
    b.field("number", a.reportNumber());
    b.field("publisher", a.publisher());
    a.doi().ifPresent(d -> b.field("doi", d));
    a.url().ifPresent(u -> b.field("url", u));
    b.label(a.title());
    return b.build();
  }
}
