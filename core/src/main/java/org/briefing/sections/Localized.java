package org.briefing.sections;

import java.util.Map;
import org.briefing.i18n.Language;

/**
 * A text a spec gives in one language or several.
 *
 * @param byLanguage whether it was written as a mapping by language (else as a plain text)
 * @param complete whether every entry of the mapping could be read
 */
public record Localized(Map<Language, String> texts, boolean byLanguage, boolean complete) {
  public Localized {
    texts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(texts));
  }
}
