package org.briefing.sections;

import java.util.List;
import java.util.Optional;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;

/**
 * A kind of briefing section (abstract, key points, a table, free text …): everything about it in
 * one class — its name as specs write it, its options, how it reads them and how it builds its
 * blocks. The spec reader, {@code briefing schema} and the assembler iterate {@link
 * SectionKinds#all()}; none of them knows a kind by name, so a kind cannot be half-added.
 *
 * <pre>{@code
 * final class TimelineKind implements SectionKind<TimelineKind.Options> {
 *   record Options() {}
 *   public String name() { return "timeline"; }
 *   public String description() { return "The dated events that pass the filters."; }
 *   public List<Option> options() { return List.of(); }
 *   public Options read(OptionReader r) { return new Options(); }
 *   public SectionContent build(Options o, SectionContext c) { … }
 * }
 * }</pre>
 *
 * @param <O> the kind's options, an immutable record
 */
public interface SectionKind<O> {

  /** The kind as specs write it ({@code key-points}). */
  String name();

  /** One sentence for the schema and the help. */
  String description();

  /** The options a spec may give (besides {@code type}). */
  List<Option> options();

  /**
   * Reads the options of one section. Problems go to the reader's problem list; the result may then
   * be null (the spec fails as a whole).
   */
  O read(OptionReader reader);

  /**
   * The label key of the section's heading ({@code section.<name>} by default), or empty for a kind
   * that has a title of its own or shows none (a table or figure is captioned).
   */
  default Optional<String> headingLabel() {
    return Optional.of("section." + name());
  }

  /** The heading text when the kind gives its own title (text and group sections). */
  default Optional<List<Inline>> title(O options, SectionContext context) {
    return Optional.empty();
  }

  /**
   * The corpus id of the paper's table the section shows (the id {@code briefing table} takes), for
   * a kind that shows one; by default none.
   */
  default Optional<String> tableId(O options) {
    return Optional.empty();
  }

  /** A base for the section's anchor id (numbered when it repeats); by default its name. */
  default String idBase(O options, org.briefing.model.Corpus corpus, Language main) {
    return name();
  }

  /**
   * Whether the section lists the references the briefing cites: it is built after all others, and
   * citations link to its entries.
   */
  default boolean listsReferences() {
    return false;
  }

  /** The sections nested inside this one (a group's), for walks over a spec. */
  default List<SectionSpec<?>> children(O options) {
    return List.of();
  }

  /**
   * Whether the section is built once, in the main language, even in a bilingual briefing (the
   * reference list: its entries are not translated and its anchors must be unique). Its heading
   * names it in every language of the briefing.
   */
  default boolean once() {
    return false;
  }

  /** The section's content in the context's language, without its heading. */
  SectionContent build(O options, SectionContext context);
}
