package org.briefing.model;

/**
 * A term of the paper's field, with what it means. Its translations (the term and the definition in
 * another language) live in the translations, as units {@code glossary.<id>.term} and {@code
 * glossary.<id>.definition}.
 *
 * @param definition what the term means (inline Markdown), or empty
 * @param note a usage note, or empty
 */
public record GlossaryTerm(String id, String term, String definition, String note) {
  public GlossaryTerm {
    definition = definition == null ? "" : definition;
    note = note == null ? "" : note;
  }
}
