package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import org.briefing.assemble.Voice;
import org.briefing.document.Inline;
import org.briefing.i18n.LocalizedText;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.UnitId;
import org.briefing.model.Article;

/**
 * How to cite the paper a briefing is made from, from what its corpus gives and nothing else:
 * "Rowan, L. R. (April 8, 2024). Title. Series, R47982. Publisher. https://…". A paper that gives
 * only its title is cited by its title.
 */
public final class PaperCitation {
  private PaperCitation() {}

  /** Whether the corpus says anything about the paper beyond its title. */
  public static boolean hasMetadata(Article a) {
    return !a.authors().isEmpty()
        || a.published().isPresent()
        || !a.publisher().isEmpty()
        || a.journal().isPresent()
        || a.series().isPresent()
        || !a.reportNumber().isEmpty()
        || a.doi().isPresent()
        || a.url().isPresent();
  }

  /**
   * The citation in a language: the title in that language when the paper itself gives it (its own
   * translated title), else the title it was published under.
   */
  public static List<Inline> of(Voice v, Article a) {
    List<Inline> out = new ArrayList<>();
    StringBuilder lead = new StringBuilder();
    if (!a.authors().isEmpty()) {
      lead.append(String.join(", ", a.authors().stream().map(Article.Author::name).toList()));
    }
    a.published()
        .ifPresent(
            d ->
                lead.append(lead.length() > 0 ? " " : "")
                    .append("(")
                    .append(v.date(d))
                    .append(")"));
    if (lead.length() > 0) {
      out.add(new Inline.Text(lead + ". "));
    }
    LocalizedText title = v.localized(UnitId.articleTitle());
    if (title.status() == null || title.status() == TranslationStatus.ARTICLE) {
      out.add(new Inline.Emphasis(v.unit(UnitId.articleTitle())));
    } else {
      // A title the paper was not published under (a translation made here, even a reviewed
      // one) would send a reader looking for a work that does not exist: cited as published.
      out.add(new Inline.Emphasis(v.english(a.title())));
    }
    List<String> parts = new ArrayList<>();
    a.journal().ifPresent(j -> parts.add(container(j)));
    a.series().ifPresent(s -> parts.add(container(s)));
    if (!a.reportNumber().isEmpty()) {
      parts.add(a.reportNumber());
    }
    if (!a.publisher().isEmpty()) {
      parts.add(a.publisher());
    }
    out.add(new Inline.Text(parts.isEmpty() ? "." : ". " + String.join(", ", parts) + "."));
    String address = a.doi().map(d -> "https://doi.org/" + d).or(a::url).orElse(null);
    if (address != null) {
      out.add(new Inline.Text(" "));
      out.add(new Inline.Link(address, List.of(new Inline.Text(address))));
    }
    return out;
  }

  private static String container(Article.Container c) {
    StringBuilder b = new StringBuilder(c.title());
    if (!c.volume().isEmpty()) {
      b.append(", ").append(c.volume());
      if (!c.issue().isEmpty()) {
        b.append("(").append(c.issue()).append(")");
      }
    } else if (!c.issue().isEmpty()) {
      b.append(", ").append(c.issue());
    }
    if (!c.number().isEmpty()) {
      b.append(", ").append(c.number());
    }
    if (!c.pages().isEmpty()) {
      b.append(", ").append(c.pages());
    }
    return b.toString();
  }
}
