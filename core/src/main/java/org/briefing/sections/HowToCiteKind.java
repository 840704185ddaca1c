package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefing.cite.CitationProcessor;
import org.briefing.cite.CitationStyle;
import org.briefing.cite.PaperReference;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.model.Article;

/**
 * The paper a briefing is made from: who wrote it, where, and how to cite it — from what the corpus
 * gives, nothing invented.
 */
final class HowToCiteKind implements SectionKind<HowToCiteKind.Options> {
  record Options() {}

  @Override
  public String name() {
    return "how-to-cite";
  }

  @Override
  public String description() {
    return "The paper's authors, publication and licence, and how to cite it.";
  }

  @Override
  public List<Option> options() {
    return List.of();
  }

  @Override
  public Options read(OptionReader reader) {
    return new Options();
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    Article a = c.corpus().article();
    List<Block> out = new ArrayList<>();
    for (Article.Author au : a.authors()) {
      StringBuilder b = new StringBuilder(au.name());
      if (!au.affiliation().isEmpty()) {
        b.append(", ").append(au.affiliation());
      }
      List<Inline> line = new ArrayList<>(List.of(new Inline.Text(b.toString())));
      if (!au.orcid().isEmpty()) {
        String url = "https://orcid.org/" + au.orcid();
        line.add(new Inline.Text(" "));
        line.add(new Inline.Link(url, List.of(new Inline.Text("ORCID " + au.orcid()))));
      }
      out.add(new Block.Paragraph(line));
    }
    out.add(new Block.Paragraph(citation(c, a)));
    a.licence()
        .ifPresent(
            l -> {
              List<Inline> line = new ArrayList<>();
              line.add(new Inline.Strong(List.of(c.voice().labelText("licence"))));
              line.add(new Inline.Text(": "));
              // The licence's name is the paper's wording, in English: tagged as English in a
              // briefing in another language (a legal name is not translated here).
              Inline name =
                  l.url().isPresent()
                      ? new Inline.Link(l.url().get(), List.of(new Inline.Text(l.name())))
                      : new Inline.Text(l.name());
              line.add(
                  c.voice().language().isSource()
                      ? name
                      : new Inline.LangSpan(Language.EN, List.of(name)));
              out.add(new Block.Paragraph(line));
            });
    return SectionContent.of(out);
  }

  /**
   * The paper's citation in the briefing's citation style; in the paper's own style (or a style
   * that lists no such work) as {@link PaperCitation} writes it.
   */
  private static List<Inline> citation(SectionContext c, Article a) {
    CitationStyle style = c.spec().citationStyle();
    if (!style.isPaper()) {
      List<CitationProcessor.Entry> entry =
          CitationProcessor.create(style, c.voice().language(), List.of(PaperReference.of(a)))
              .bibliography(Set.of("paper"));
      if (!entry.isEmpty()) {
        return entry.get(0).content();
      }
    }
    return PaperCitation.of(c.voice(), a);
  }
}
