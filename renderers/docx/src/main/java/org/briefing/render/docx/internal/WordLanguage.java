package org.briefing.render.docx.internal;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.i18n.Language;

/**
 * The language tag Word writes in {@code w:lang}, which picks the spelling dictionary: a language
 * with a country. English is British English (the corpus spells "organisation", "programme"),
 * Polish is Poland's; any other language gets its most likely country from ICU's likely-subtags
 * data ("de" → "de-DE", "lt" → "lt-LT").
 *
 * <pre>{@code WordLanguage.tag(Language.PL) // "pl-PL"}</pre>
 */
public final class WordLanguage {
  private static final Map<Language, String> TAGS = new ConcurrentHashMap<>();

  private WordLanguage() {}

  /** The tag for a language, such as "en-GB". */
  public static String tag(Language language) {
    return TAGS.computeIfAbsent(language, WordLanguage::compute);
  }

  private static String compute(Language language) {
    if (language == Language.EN) {
      return "en-GB";
    }
    if (language == Language.PL) {
      return "pl-PL";
    }
    String country = ULocale.addLikelySubtags(new ULocale(language.code())).getCountry();
    return country.isEmpty() ? language.code() : language.code() + "-" + country;
  }
}
