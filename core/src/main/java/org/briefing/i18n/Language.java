package org.briefing.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * A language, named by its ISO 639 code ("en", "pl", "de"). English is the source language; any
 * other language is a translation language. A language needs no code of its own: its labels are a
 * bundle ({@code labels_<code>.properties}) and its translations a file ({@code
 * translations/<code>.yaml}).
 *
 * <p>Instances are canonical: {@code Language.of("pl") == Language.PL}.
 *
 * <pre>{@code
 * Language de = Language.of("de");
 * de.locale();        // de
 * de.englishName();   // "German"
 * }</pre>
 */
public final class Language implements Comparable<Language> {
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
  private static final ConcurrentMap<String, Language> KNOWN = new ConcurrentHashMap<>();

  /** English, the source language of every corpus. */
  public static final Language EN = of("en");

  /** Polish. */
  public static final Language PL = of("pl");

  private final String code;
  private final Locale locale;

  private Language(String code) {
    this.code = code;
    this.locale = Locale.forLanguageTag(code);
  }

  /**
   * The language with this ISO 639 code.
   *
   * @throws IllegalArgumentException when the code is not two or three lower-case letters
   */
  public static Language of(String code) {
    return fromCode(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'" + code + "' is not a language code (two or three lower-case letters)"));
  }

  /** The language with this code, or empty when the code is not a well-formed ISO 639 code. */
  public static Optional<Language> fromCode(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.of(KNOWN.computeIfAbsent(code, Language::new));
  }

  /** The ISO 639 code, as used in specs, files and {@code lang} attributes. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /** The language's name in English, such as "Polish" (the code when Java knows no name). */
  public String englishName() {
    String name = locale.getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  /** Whether this is the source language of corpora (English). */
  public boolean isSource() {
    return this == EN;
  }

  @Override
  public int compareTo(Language o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
