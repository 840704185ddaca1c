package org.briefing.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;

/**
 * What a briefing is: title, people, language, marking and the settings renderers need. Build it
 * with {@link #builder}.
 *
 * <pre>{@code
 * Meta meta = Meta.builder("gas-note", "Gas and energy security", Language.EN)
 *     .subtitle("A note for the energy desk")
 *     .marking(new Marking("TLP:AMBER", Marking.Tlp.fromLabel("TLP:AMBER")))
 *     .build();
 * }</pre>
 *
 * @param language the main language; for a bilingual briefing the first of the two
 * @param secondLanguage the other language of a bilingual briefing
 * @param date the date to print, as the spec writes it
 * @param subject a one-line description (PDF Subject)
 * @param created the fixed creation time written into files (reproducible output)
 * @param marking the sharing marking, if any
 * @param branding organisation name, logo and accent colour, if any
 * @param paper the paper the briefing is made from, for machine-readable metadata
 * @param sourceLine the line the title block prints to say what the briefing is made from ("How to
 *     cite" the paper), in the main language; empty for none
 * @param titleText the title as printed: {@link #title} with each part in its own language (a
 *     {@link Inline.LangSpan} around text that is not in the main language)
 * @param subtitleText the subtitle as printed, likewise (in a bilingual briefing it is often in the
 *     second language)
 * @param seriesText the series as printed, each part in its language (a bilingual briefing's spec
 *     may give one per language)
 * @param audienceText the audience as printed, likewise
 * @param tableAlone whether the document is one of the paper's tables on its own ({@code briefing
 *     table}): formats that can hold a bare table (Markdown, LaTeX) write the table with its
 *     caption, notes and source and no title block, since the caption is its title
 * @param tableIds the corpus id of each of the paper's tables the document shows (the id {@code
 *     briefing table} takes), by the id of its table block; a bilingual briefing's second copy of a
 *     table is there too, under its own block id. Empty for a document not made from a corpus
 * @param corpusFolder the folder the corpus was read from, as the command line names it (relative
 *     to the folder where the tool was run, or absolute), so that a command a format advises for
 *     one of {@link #tableIds} reads that corpus ({@link
 *     org.briefing.diagnostics.ToolCommand#corpus}); empty for the corpus built into the tool, or a
 *     document not made from a corpus
 */
public record Meta(
    String id,
    String title,
    String subtitle,
    List<String> authors,
    String series,
    String number,
    String date,
    String audience,
    Language language,
    Optional<Language> secondLanguage,
    String subject,
    List<String> keywords,
    Instant created,
    Optional<Marking> marking,
    Optional<Branding> branding,
    PageSize pageSize,
    Optional<Paper> paper,
    List<Inline> sourceLine,
    List<Inline> titleText,
    List<Inline> subtitleText,
    List<Inline> seriesText,
    List<Inline> audienceText,
    boolean tableAlone,
    Map<String, String> tableIds,
    Optional<String> corpusFolder) {

  /** Creation time used when nothing else gives one. */
  public static final Instant DEFAULT_CREATED = Instant.parse("2026-01-01T00:00:00Z");

  public Meta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    sourceLine = List.copyOf(sourceLine);
    subtitle = subtitle == null ? "" : subtitle;
    series = series == null ? "" : series;
    number = number == null ? "" : number;
    date = date == null ? "" : date;
    audience = audience == null ? "" : audience;
    subject = subject == null ? "" : subject;
    pageSize = pageSize == null ? PageSize.A4 : pageSize;
    created = created == null ? DEFAULT_CREATED : created;
    titleText = titleText == null ? plain(title) : List.copyOf(titleText);
    subtitleText = subtitleText == null ? plain(subtitle) : List.copyOf(subtitleText);
    seriesText = seriesText == null ? plain(series) : List.copyOf(seriesText);
    audienceText = audienceText == null ? plain(audience) : List.copyOf(audienceText);
    tableIds =
        tableIds == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tableIds));
    corpusFolder = corpusFolder == null ? Optional.empty() : corpusFolder;
  }

  /**
   * The series line as every format prints it: "Series, no. 3/2026" in the main language's words,
   * or the one of the two the spec gives; empty for neither.
   */
  public List<Inline> seriesLine(Labels labels) {
    if (number.isBlank()) {
      return seriesText;
    }
    if (series.isBlank()) {
      return plain(number);
    }
    return around(labels.get("series-number", HOLE, number), seriesText);
  }

  /** "Prepared for: " the audience in the main language's words; empty for no audience. */
  public List<Inline> audienceLine(Labels labels) {
    return audience.isBlank() ? List.of() : around(labels.get("prepared-for", HOLE), audienceText);
  }

  /** A character no label holds, marking where a label's argument goes. */
  private static final String HOLE = "\uE000";

  /** A label's text with the inlines where its {@link #HOLE} stands. */
  private static List<Inline> around(String label, List<Inline> inlines) {
    int at = label.indexOf(HOLE);
    List<Inline> out = new ArrayList<>();
    if (at > 0) {
      out.add(new Inline.Text(label.substring(0, at)));
    }
    out.addAll(inlines);
    if (at + HOLE.length() < label.length()) {
      out.add(new Inline.Text(label.substring(at + HOLE.length())));
    }
    return List.copyOf(out);
  }

  private static List<Inline> plain(String text) {
    return text.isEmpty() ? List.of() : List.of(new Inline.Text(text));
  }

  public boolean bilingual() {
    return secondLanguage.isPresent();
  }

  /** The authors to name in file metadata: the briefing's own, else the paper's. */
  public List<String> metadataAuthors() {
    if (!authors.isEmpty()) {
      // As written: the printed names' no-break spaces ("A.\u00A0Analyst") are typesetting.
      return authors.stream().map(a -> a.replace('\u00A0', ' ')).toList();
    }
    return paper.map(p -> p.authors().stream().map(Paper.Person::name).toList()).orElse(List.of());
  }

  /** A builder with the required parts; everything else starts empty. */
  public static Builder builder(String id, String title, Language language) {
    return new Builder(id, title, language);
  }

  /** A builder holding this meta's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(id, title, language);
    b.subtitle = subtitle;
    b.authors = new ArrayList<>(authors);
    b.series = series;
    b.number = number;
    b.date = date;
    b.audience = audience;
    b.secondLanguage = secondLanguage;
    b.subject = subject;
    b.keywords = new ArrayList<>(keywords);
    b.created = created;
    b.marking = marking;
    b.branding = branding;
    b.pageSize = pageSize;
    b.paper = paper;
    b.sourceLine = new ArrayList<>(sourceLine);
    b.titleText = titleText;
    b.subtitleText = subtitleText;
    b.seriesText = seriesText;
    b.audienceText = audienceText;
    b.tableAlone = tableAlone;
    b.tableIds = tableIds;
    b.corpusFolder = corpusFolder;
    return b;
  }

  /** Builds a {@link Meta}; not thread-safe, the built value is immutable. */
  public static final class Builder {
    private String id;
    private String title;
    private Language language;
    private String subtitle = "";
    private List<String> authors = new ArrayList<>();
    private String series = "";
    private String number = "";
    private String date = "";
    private String audience = "";
    private Optional<Language> secondLanguage = Optional.empty();
    private String subject = "";
    private List<String> keywords = new ArrayList<>();
    private Instant created = DEFAULT_CREATED;
    private Optional<Marking> marking = Optional.empty();
    private Optional<Branding> branding = Optional.empty();
    private PageSize pageSize = PageSize.A4;
    private Optional<Paper> paper = Optional.empty();
    private List<Inline> sourceLine = new ArrayList<>();
    private List<Inline> titleText;
    private List<Inline> subtitleText;
    private List<Inline> seriesText;
    private List<Inline> audienceText;
    private boolean tableAlone;
    private Map<String, String> tableIds = Map.of();
    private Optional<String> corpusFolder = Optional.empty();

    private Builder(String id, String title, Language language) {
      this.id = id;
      this.title = title;
      this.language = language;
    }

    public Builder id(String v) {
      id = v;
      return this;
    }

    /** The title as plain text (metadata); it is also the printed title unless one is given. */
    public Builder title(String v) {
      title = v;
      titleText = null;
      return this;
    }

    /** The title as printed, each part in its language; the plain title stays as set. */
    public Builder titleText(List<Inline> v) {
      titleText = v;
      return this;
    }

    public Builder language(Language v) {
      language = v;
      return this;
    }

    /** The subtitle as plain text; it is also the printed subtitle unless one is given. */
    public Builder subtitle(String v) {
      subtitle = v;
      subtitleText = null;
      return this;
    }

    /** The subtitle as printed, each part in its language. */
    public Builder subtitleText(List<Inline> v) {
      subtitleText = v;
      return this;
    }

    public Builder authors(List<String> v) {
      authors = new ArrayList<>(v);
      return this;
    }

    /** The series as plain text; it is also the printed series unless one is given. */
    public Builder series(String v) {
      series = v;
      seriesText = null;
      return this;
    }

    /** The series as printed, each part in its language; the plain series stays as set. */
    public Builder seriesText(List<Inline> v) {
      seriesText = v;
      return this;
    }

    public Builder number(String v) {
      number = v;
      return this;
    }

    public Builder date(String v) {
      date = v;
      return this;
    }

    /** The audience as plain text; it is also the printed audience unless one is given. */
    public Builder audience(String v) {
      audience = v;
      audienceText = null;
      return this;
    }

    /** The audience as printed, each part in its language; the plain audience stays as set. */
    public Builder audienceText(List<Inline> v) {
      audienceText = v;
      return this;
    }

    public Builder secondLanguage(Optional<Language> v) {
      secondLanguage = v;
      return this;
    }

    public Builder subject(String v) {
      subject = v;
      return this;
    }

    public Builder keywords(List<String> v) {
      keywords = new ArrayList<>(v);
      return this;
    }

    public Builder created(Instant v) {
      created = v;
      return this;
    }

    public Builder marking(Optional<Marking> v) {
      marking = v;
      return this;
    }

    public Builder branding(Optional<Branding> v) {
      branding = v;
      return this;
    }

    public Builder pageSize(PageSize v) {
      pageSize = v;
      return this;
    }

    public Builder paper(Optional<Paper> v) {
      paper = v;
      return this;
    }

    public Builder sourceLine(List<Inline> v) {
      sourceLine = new ArrayList<>(v);
      return this;
    }

    /** Marks the document as one of the paper's tables on its own. */
    public Builder tableAlone(boolean v) {
      tableAlone = v;
      return this;
    }

    /** The corpus id of each table block's table (see {@link Meta#tableIds()}). */
    public Builder tableIds(Map<String, String> v) {
      tableIds = v;
      return this;
    }

    /** The folder the corpus was read from (see {@link Meta#corpusFolder()}). */
    public Builder corpusFolder(Optional<String> v) {
      corpusFolder = v;
      return this;
    }

    public Meta build() {
      return new Meta(
          id,
          title,
          subtitle,
          authors,
          series,
          number,
          date,
          audience,
          language,
          secondLanguage,
          subject,
          keywords,
          created,
          marking,
          branding,
          pageSize,
          paper,
          sourceLine,
          titleText,
          subtitleText,
          seriesText,
          audienceText,
          tableAlone,
          tableIds,
          corpusFolder);
    }
  }
}
