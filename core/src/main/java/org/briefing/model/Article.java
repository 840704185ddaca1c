package org.briefing.model;

import java.util.List;
import java.util.Optional;
import org.briefing.i18n.Language;

/**
 * The paper itself: what it is (title, authors, where and when it was published, its licence), its
 * abstract and summary, its sections and its method. English text; translations live apart. Only
 * what the paper gives is here: every field it does not give is empty.
 *
 * @param abstractText the abstract, Markdown (paragraphs, emphasis, sub-headings)
 * @param summary a longer summary the paper gives (Markdown), if any
 * @param year the year of dates that name none ("June" means June of this year)
 * @param sections the paper's sections, in order, each with its sub-sections
 * @param methodology paragraphs on method (Markdown)
 * @param translations the translation languages the corpus declares: empty when it does not declare
 *     them (then the translations/ folder says), an empty list for "none"
 * @param summaryTable the id of the table the {@code summary-table} section shows, if any
 * @param abstractSection the id of the paper's section that holds its abstract, when the paper
 *     gives the abstract a heading of its own (a report's "Summary"): the abstract is then headed
 *     by that section's title, in each language as translated
 */
public record Article(
    String id,
    String title,
    String subtitle,
    List<Author> authors,
    Optional<PartialDate> published,
    String publisher,
    Optional<Container> journal,
    Optional<Container> series,
    String reportNumber,
    Optional<String> doi,
    Optional<String> url,
    Optional<Licence> licence,
    Language language,
    String abstractText,
    Optional<String> summary,
    List<String> keywords,
    int year,
    List<Section> sections,
    List<String> methodology,
    Optional<List<Language>> translations,
    Optional<String> summaryTable,
    Optional<String> abstractSection,
    List<String> notes) {
  public Article {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    sections = List.copyOf(sections);
    methodology = List.copyOf(methodology);
    translations = translations.map(List::copyOf);
    notes = List.copyOf(notes);
    subtitle = subtitle == null ? "" : subtitle;
    publisher = publisher == null ? "" : publisher;
    reportNumber = reportNumber == null ? "" : reportNumber;
  }

  /**
   * A person who wrote the paper.
   *
   * @param affiliation where they work, or empty
   * @param orcid the ORCID iD, or empty
   */
  public record Author(String name, String affiliation, String orcid) {}

  /**
   * The journal an article appeared in, or the series a report belongs to.
   *
   * @param number the number in a series, or empty
   */
  public record Container(String title, String volume, String issue, String pages, String number) {}

  /** The paper's licence: its name as the paper gives it, and its address if given. */
  public record Licence(String name, Optional<String> url) {}

  /** Every section of the paper, sub-sections after their parent, in reading order. */
  public List<Section> allSections() {
    List<Section> out = new java.util.ArrayList<>();
    for (Section s : sections) {
      s.addTo(out);
    }
    return List.copyOf(out);
  }
}
