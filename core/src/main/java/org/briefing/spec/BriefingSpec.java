package org.briefing.spec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.cite.CitationStyle;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.document.Marking;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.briefing.sections.SectionSpec;

/**
 * What one tailored briefing holds, as its spec file says: front matter, language, sections in
 * order, filters, length budget, marking, formats and look. Immutable; read it with {@link
 * SpecReader}, which has already checked every id against the corpus.
 *
 * <pre>{@code
 * BriefingSpec spec = SpecReader.of(corpus).read(Path.of("briefings/energy-security.yaml"));
 * spec.languages();  // [en]
 * spec.sections();   // the sections in order, each with its kind and options
 * }</pre>
 *
 * @param path the spec file, as given to the reader
 * @param name the output name (the {@code output} key, else the file name without {@code .yaml})
 * @param title the spec's own title by language (a plain text is in the main language); empty for
 *     the paper's title
 * @param subtitle the spec's own subtitle by language, likewise; empty for none
 * @param layout how the two languages of a bilingual briefing are placed (parallel by default)
 * @param maxWords a word budget; exceeding it is a warning ({@code --strict} makes it fail)
 * @param maxPages a page budget, estimated from words
 * @param formats output formats asked for (empty: the CLI's default)
 * @param created the fixed creation time, if the spec gives one (see {@link #createdOr})
 * @param showNotes whether editorial notes are shown as callouts
 * @param citationStyle how references and citations are formatted (the paper's own labels by
 *     default)
 * @param warnings what the reader found doubtful but not wrong (such as a text section of a
 *     bilingual briefing written in one language only); the assembler passes them on
 */
public record BriefingSpec(
    String path,
    String name,
    Map<Language, String> title,
    Map<Language, String> subtitle,
    Map<Language, String> series,
    Optional<String> number,
    Optional<String> date,
    List<String> authors,
    Map<Language, String> audience,
    List<Language> languages,
    Layout layout,
    List<SectionSpec<?>> sections,
    Filters filters,
    Optional<Limit> maxWords,
    Optional<Limit> maxPages,
    Optional<Marking> marking,
    List<String> formats,
    Optional<Organisation> organisation,
    PageSize pageSize,
    Optional<Instant> created,
    boolean showNotes,
    CitationStyle citationStyle,
    List<Diagnostic> warnings) {

  /** Creation time used when neither the spec nor {@code SOURCE_DATE_EPOCH} gives one. */
  public static final Instant DEFAULT_CREATED = org.briefing.document.Meta.DEFAULT_CREATED;

  public BriefingSpec {
    title = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(title));
    subtitle = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(subtitle));
    series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
    audience = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(audience));
    languages = List.copyOf(languages);
    if (languages.isEmpty() || languages.size() > 2) {
      throw new IllegalArgumentException("a briefing is written in one language or two");
    }
    authors = List.copyOf(authors);
    sections = List.copyOf(sections);
    formats = List.copyOf(formats);
    warnings = List.copyOf(warnings);
  }

  /** Whether the briefing is written in two languages. */
  public boolean bilingual() {
    return languages.size() > 1;
  }

  /** The main language (the first). */
  public Language language() {
    return languages.get(0);
  }

  /**
   * The creation time to write into output: the spec's {@code created}, else {@code
   * SOURCE_DATE_EPOCH} (seconds since 1970) from the environment, else {@link #DEFAULT_CREATED}. An
   * unreadable {@code SOURCE_DATE_EPOCH} is ignored.
   */
  public Instant createdOr(Map<String, String> environment) {
    if (created.isPresent()) {
      return created.get();
    }
    String epoch = environment.get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
    }
    return DEFAULT_CREATED;
  }
}
