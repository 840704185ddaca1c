package org.briefing.assemble;

import java.util.List;
import java.util.Objects;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.document.Document;

/**
 * An assembled briefing: the document, its length, and warnings such as an exceeded length budget
 * (the CLI fails on warnings with {@code --strict}).
 *
 * <p>The length is counted when first asked for, unless the spec's length budget needed it for the
 * warnings already: counting the words of a whole article with the word-break rules takes longer
 * than anything else in assembling it in a fresh process, and a briefing without a budget never
 * needs the count. Thread-safe.
 */
public final class Assembly {
  private final Document document;
  private final List<Diagnostic> warnings;
  private volatile int words;

  /**
   * @param words the document's words when counted already, else -1 (counted on first use)
   */
  Assembly(Document document, int words, List<Diagnostic> warnings) {
    this.document = document;
    this.words = words;
    this.warnings = List.copyOf(warnings);
  }

  public Document document() {
    return document;
  }

  /** Words in the document, title and front matter included. */
  public int words() {
    int w = words;
    if (w < 0) {
      w = Assembler.countWords(document);
      words = w;
    }
    return w;
  }

  /** Pages estimated from the words ({@value Assembler#WORDS_PER_PAGE} a page). */
  public int pages() {
    return Assembler.estimatedPages(words());
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** Equal when the documents, lengths and warnings are (as a record's components). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Assembly a
        && document.equals(a.document)
        && warnings.equals(a.warnings)
        && words() == a.words();
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, words(), warnings);
  }

  @Override
  public String toString() {
    return "Assembly[words=" + words() + ", warnings=" + warnings + "]";
  }
}
