package org.briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * A source the paper cites, as a bibliographic entry with fields compatible with CSL-JSON. Only
 * what the paper gives: no invented titles, publishers or URLs.
 *
 * @param type the CSL item type ("article-journal", "book", "report", "webpage", …)
 * @param label how the paper cites it in the text ("Kojala, Ivanauskas, 2015"); made from the
 *     authors and the year when the corpus gives none
 * @param authors the authors (or the organisation), in order
 * @param issued when it was published; empty for "n.d."
 * @param citedAs every form in which the paper cites it, verbatim
 * @param url its address (http, https or mailto only)
 */
public record Reference(
    String id,
    String type,
    String label,
    List<Name> authors,
    Optional<PartialDate> issued,
    String title,
    String containerTitle,
    String publisher,
    String publisherPlace,
    String volume,
    String issue,
    String page,
    Optional<String> url,
    Optional<PartialDate> accessed,
    Optional<String> doi,
    List<String> citedAs,
    List<String> notes) {
  public Reference {
    authors = List.copyOf(authors);
    citedAs = List.copyOf(citedAs);
    notes = List.copyOf(notes);
    title = title == null ? "" : title;
    containerTitle = containerTitle == null ? "" : containerTitle;
    publisher = publisher == null ? "" : publisher;
    publisherPlace = publisherPlace == null ? "" : publisherPlace;
    volume = volume == null ? "" : volume;
    issue = issue == null ? "" : issue;
    page = page == null ? "" : page;
  }

  /**
   * A name: a person's family and given names, or an organisation's name as one literal.
   *
   * @param literal the whole name of an organisation ("CNN"), or empty for a person
   */
  public record Name(String family, String given, String literal) {
    public Name {
      family = family == null ? "" : family;
      given = given == null ? "" : given;
      literal = literal == null ? "" : literal;
    }

    /** A person known by the family name alone, as author–year citations name them. */
    public static Name family(String family) {
      return new Name(family, "", "");
    }

    /** An organisation or a name that is not split. */
    public static Name literal(String name) {
      return new Name("", "", name);
    }

    /** The name as an author–year label prints it: family name, or the literal. */
    public String shortForm() {
      return literal.isEmpty() ? family : literal;
    }
  }

  /** The author–year label as the paper cites it. */
  public String authorYear() {
    return label;
  }
}
