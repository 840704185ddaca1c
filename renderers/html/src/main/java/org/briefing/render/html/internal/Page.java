package org.briefing.render.html.internal;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.List;

/**
 * What the page template ({@code src/main/jte/page.jte}) lays out around a briefing's body. Text is
 * escaped by the template for where it stands; {@link Markup} is HTML this module's writers
 * produced, written as it is. A {@code null} part is left out of the page.
 *
 * @param subject the description, or "" for none
 * @param date the byline's date, or "" for none
 * @param contents the contents' heading
 * @param skipToContent the skip link's text (HTML pages, not the PDF's XHTML)
 */
public record Page(
    boolean xhtml,
    String lang,
    String title,
    Markup titleMarkup,
    Markup subtitle,
    List<String> authors,
    List<String> metaAuthors,
    String date,
    String subject,
    List<String> keywords,
    Markup seriesLine,
    Markup audienceLine,
    Marking marking,
    Brand brand,
    String contents,
    String skipToContent,
    List<CitationTag> citationMeta,
    Markup sourceLine,
    PageLabel pageLabel,
    List<OutlineEntry> toc,
    Markup css,
    Markup body) {

  public Page {
    authors = List.copyOf(authors);
    metaAuthors = List.copyOf(metaAuthors);
    keywords = List.copyOf(keywords);
    citationMeta = List.copyOf(citationMeta);
    toc = List.copyOf(toc);
  }

  /** HTML that this module's writers produced: the template writes it unescaped. */
  public record Markup(String html) implements Content {
    @Override
    public void writeTo(TemplateOutput output) {
      output.writeContent(html);
    }
  }

  /** The sharing marking: its text and its CSS classes. */
  public record Marking(String text, String cls) {}

  /** The branding: its name, and its logo as a data URI with its text alternative, or nulls. */
  public record Brand(String name, String logo, String logoAlt) {}

  /** A {@code citation_*} meta tag. */
  public record CitationTag(String name, String content) {}

  /** "Page {0} of {1}" around its two numbers, which the PDF engine's counters fill. */
  public record PageLabel(String before, String middle, String after) {}
}
