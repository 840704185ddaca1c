package org.briefing.sections;

import java.util.List;
import java.util.Set;
import org.briefing.assemble.Selection;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.model.Citation;
import org.briefing.model.Corpus;
import org.briefing.spec.BriefingSpec;

/**
 * What a section kind builds with: the corpus, the language it writes in ({@link Voice}), what the
 * briefing's filters choose, and services of the document being assembled (ids, citations,
 * footnotes, nested sections).
 */
public interface SectionContext {
  Corpus corpus();

  /** The language this copy of the section is written in, with labels and typesetting. */
  Voice voice();

  /** What the briefing's filters choose. */
  Selection selection();

  BriefingSpec spec();

  /** Whether editorial notes are shown. */
  default boolean showNotes() {
    return spec().showNotes();
  }

  /** The section's anchor id in this language. */
  String id();

  /** An id for a part of the section ({@code <section id>-<suffix>}) in this language. */
  default String id(String suffix) {
    return id() + "-" + suffix;
  }

  /** The level of the section's heading (2 at the top, deeper inside a group). */
  int level();

  /**
   * A claim's citations as inlines (a space and one parenthesised group, footnote markers for note
   * citations), recording what is cited.
   */
  List<Inline> citations(List<Citation> citations);

  /** Editorial notes as a callout when notes are shown, else nothing. */
  List<Block> notes(List<String> notes);

  /** The references cited so far in this briefing (for the reference list, built last). */
  Set<String> cited();

  /** Records a reference cited outside a claim (a table note's source). */
  void cite(String referenceId);

  /**
   * The reference list of the given references, in the briefing's citation style and in the style's
   * order (the paper's own style: by label).
   */
  List<org.briefing.cite.CitationProcessor.Entry> referenceList(java.util.Collection<String> ids);

  /** A nested section, with its heading one level deeper; nothing when it has nothing to show. */
  List<Block> child(SectionSpec<?> section);
}
