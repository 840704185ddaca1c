package org.briefing.assemble;

import java.util.List;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.document.Document;

/**
 * An assembled briefing: the document, its length, and warnings such as an exceeded length budget
 * (the CLI fails on warnings with {@code --strict}).
 *
 * @param words words in the document, title and front matter included
 * @param pages pages estimated from the words ({@value Assembler#WORDS_PER_PAGE} a page)
 */
public record Assembly(Document document, int words, int pages, List<Diagnostic> warnings) {
  public Assembly {
    warnings = List.copyOf(warnings);
  }
}
