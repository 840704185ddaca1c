package org.briefing.sections;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.briefing.diagnostics.Problems;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.yaml.YamlNode;

/**
 * What reading a spec's sections needs: the corpus (to check ids), the problem list, the briefing's
 * languages, and the reader of a nested section.
 *
 * @param languages the briefing's languages, main first; empty while unknown (an unreadable
 *     'language' key)
 */
public record ReadContext(
    Corpus corpus,
    Problems problems,
    List<Language> languages,
    Function<YamlNode, Optional<SectionSpec<?>>> sectionReader) {
  public ReadContext {
    languages = List.copyOf(languages);
  }
}
