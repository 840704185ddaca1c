package org.briefing.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A source the paper cites, as a bibliographic entry whose fields are those of CSL-JSON (in
 * kebab-case, as CSL names them). Only what the paper gives: no invented titles, publishers or
 * URLs.
 *
 * <pre>{@code
 * Reference r = Reference.builder("rowan-2024")
 *     .type("report")
 *     .name("author", Reference.Name.person("Rowan", "Linda R."))
 *     .issued(PartialDate.parse("April 8, 2024", 2024))
 *     .field("title", "Sanctions and their limits")
 *     .field("publisher", "Congressional Research Service")
 *     .build();
 * }</pre>
 *
 * @param type the CSL item type ("article-journal", "book", "report", "webpage", …)
 * @param label how the paper cites it in the text ("Kojala, Ivanauskas, 2015"); made from the
 *     authors and the year when the corpus gives none
 * @param names the CSL name variables given (author, editor, translator …), each in order
 * @param issued when it was published; empty for "n.d."
 * @param accessed when an online source was read, if the paper says
 * @param fields the CSL text and number variables given (title, container-title, publisher, URL,
 *     DOI, edition, number, genre, authority …), each by its CSL name, never blank
 * @param citedAs every form in which the paper cites it, verbatim
 */
public record Reference(
    String id,
    String type,
    String label,
    Map<String, List<Name>> names,
    Optional<PartialDate> issued,
    Optional<PartialDate> accessed,
    Map<String, String> fields,
    List<String> citedAs,
    List<String> notes) {

  /** The CSL name variables a reference may give. */
  public static final List<String> NAME_VARIABLES =
      List.of(
          "author",
          "editor",
          "translator",
          "container-author",
          "collection-editor",
          "director",
          "interviewer",
          "recipient",
          "reviewed-author",
          "composer",
          "illustrator",
          "original-author",
          "editorial-director");

  /** The CSL text and number variables a reference may give. */
  public static final List<String> TEXT_VARIABLES =
      List.of(
          "title",
          "title-short",
          "container-title",
          "container-title-short",
          "collection-title",
          "collection-number",
          "publisher",
          "publisher-place",
          "authority",
          "genre",
          "medium",
          "edition",
          "volume",
          "number-of-volumes",
          "issue",
          "number",
          "chapter-number",
          "page",
          "number-of-pages",
          "section",
          "event-title",
          "event-place",
          "archive",
          "archive-place",
          "archive_location",
          "language",
          "note",
          "status",
          "version",
          "dimensions",
          "source",
          "references",
          "url",
          "doi",
          "isbn",
          "issn",
          "pmid",
          "pmcid");

  public Reference {
    Map<String, List<Name>> n = new LinkedHashMap<>();
    names.forEach((k, v) -> n.put(k, List.copyOf(v)));
    names = java.util.Collections.unmodifiableMap(n);
    Map<String, String> f = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            f.put(k, v);
          }
        });
    fields = java.util.Collections.unmodifiableMap(f);
    citedAs = List.copyOf(citedAs);
    notes = List.copyOf(notes);
  }

  /** A builder for a reference with the given id (type "document", no fields). */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A text or number variable by its CSL name ("title", "publisher" …), or "" when not given. */
  public String field(String name) {
    return fields.getOrDefault(name, "");
  }

  /** The names of a CSL name variable ("author", "editor" …), empty when not given. */
  public List<Name> names(String variable) {
    return names.getOrDefault(variable, List.of());
  }

  /** The authors (or the organisation), in order. */
  public List<Name> authors() {
    return names("author");
  }

  /** The editors, in order. */
  public List<Name> editors() {
    return names("editor");
  }

  public String title() {
    return field("title");
  }

  public String containerTitle() {
    return field("container-title");
  }

  public String publisher() {
    return field("publisher");
  }

  /** Its address (http, https or mailto only). */
  public Optional<String> url() {
    return Optional.ofNullable(fields.get("url"));
  }

  /** The DOI itself, without {@code https://doi.org/}. */
  public Optional<String> doi() {
    return Optional.ofNullable(fields.get("doi"));
  }

  /** The author–year label as the paper cites it. */
  public String authorYear() {
    return label;
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

    /** A person with family and given names. */
    public static Name person(String family, String given) {
      return new Name(family, given, "");
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

  /** Builds a {@link Reference}; not thread-safe, the built reference is immutable. */
  public static final class Builder {
    private final String id;
    private String type = "document";
    private String label;
    private final Map<String, List<Name>> names = new LinkedHashMap<>();
    private PartialDate issued;
    private PartialDate accessed;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> citedAs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /** The CSL item type. */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** How the paper cites it; default: the authors' short names and the year ("n.d."). */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /** Adds a name to a CSL name variable ("author", "editor" …). */
    public Builder name(String variable, Name name) {
      names.computeIfAbsent(variable, k -> new ArrayList<>()).add(name);
      return this;
    }

    /** Sets every name of a CSL name variable. */
    public Builder names(String variable, List<Name> list) {
      if (list.isEmpty()) {
        names.remove(variable);
      } else {
        names.put(variable, new ArrayList<>(list));
      }
      return this;
    }

    public Builder author(Name name) {
      return name("author", name);
    }

    /** When it was published; {@code null} or never set for "n.d.". */
    public Builder issued(PartialDate date) {
      this.issued = date;
      return this;
    }

    public Builder accessed(PartialDate date) {
      this.accessed = date;
      return this;
    }

    /** A CSL text or number variable; a blank value is left out. */
    public Builder field(String name, String value) {
      if (value == null || value.isBlank()) {
        fields.remove(name);
      } else {
        fields.put(name, value);
      }
      return this;
    }

    public Builder citedAs(List<String> forms) {
      citedAs.addAll(forms);
      return this;
    }

    public Builder notes(List<String> list) {
      notes.addAll(list);
      return this;
    }

    public Reference build() {
      Optional<PartialDate> date = Optional.ofNullable(issued);
      String l = label != null ? label : defaultLabel(names.getOrDefault("author", List.of()));
      return new Reference(
          id, type, l, names, date, Optional.ofNullable(accessed), fields, citedAs, notes);
    }

    /** "Kojala, Ivanauskas, 2015"; "n.d." for a work without a date. */
    private String defaultLabel(List<Name> authors) {
      String title = fields.getOrDefault("title", "");
      String who =
          authors.isEmpty()
              ? (title.isEmpty() ? id : title)
              : String.join(", ", authors.stream().map(Name::shortForm).toList());
      return who + ", " + (issued == null ? "n.d." : String.valueOf(issued.year()));
    }
  }
}
