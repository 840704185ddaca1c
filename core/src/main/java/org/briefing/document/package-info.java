/**
 * The format-neutral document model that every renderer walks (Pandoc-like).
 *
 * <p>Conventions shared by the assembler and every renderer:
 *
 * <ul>
 *   <li>The title, subtitle, authors, date, series and marking live in {@link
 *       org.briefing.document.Meta}; renderers print the title as the one top-level heading. The
 *       blocks' own {@link org.briefing.document.Block.Heading}s start at level 2.
 *   <li>Every heading has an id; renderers build the table of contents and bookmarks from the
 *       level-2 and level-3 headings, and from the captioned tables and figures that stand at the
 *       top level (or directly in a part): such a table or chart is a section of its own whose
 *       caption is its title, listed at section level.
 *   <li>A citation prints as "(label)" and links to {@code #ref-<refId>}; the reference list is a
 *       list whose items start with an {@link org.briefing.document.Inline.Anchor} {@code
 *       ref-<refId>}.
 *   <li>A {@link org.briefing.document.Inline.NoteRef} points to the {@link
 *       org.briefing.document.Block.Footnote} with the same id; renderers place footnotes as their
 *       format does (end notes in HTML, foot of page in LaTeX).
 *   <li>Tables: the first head row holds the column headers; in body rows the first cell is a row
 *       header. Cells hold one paragraph per priority or effect line. The table's notes are the
 *       marker note and the source line, printed under the table.
 *   <li>{@link org.briefing.document.Inline.Badge} keys are label keys of {@link
 *       org.briefing.i18n.Labels} ("draft-translation"), printed in the language of the surrounding
 *       text.
 *   <li>Text in the assembled document is final: Polish typography (non-breaking spaces, „…”
 *       quotes, decimal comma) is already applied; renderers only escape.
 * </ul>
 */
package org.briefing.document;
