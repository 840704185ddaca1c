package org.briefing.i18n;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Labels are data, not strings in code: {@code labels_en.properties} and {@code
 * labels_pl.properties} (UTF-8) beside this class hold every word a renderer prints around the
 * content ("Contents", "Source", "draft translation").
 *
 * <pre>{@code Labels.of(Language.PL).get("contents") // "Spis treści"}</pre>
 */
public final class Labels {
  private static final Map<Language, Labels> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private final Language language;
  private final Properties properties;

  private Labels(Language language, Properties properties) {
    this.language = language;
    this.properties = properties;
  }

  /** The labels of a language (loaded once, then shared: immutable). */
  public static Labels of(Language language) {
    return CACHE.computeIfAbsent(language, Labels::load);
  }

  /** Whether the tool has labels for a language (a {@code labels_<code>.properties} bundle). */
  public static boolean available(Language language) {
    return CACHE.containsKey(language) || Labels.class.getResource(bundle(language)) != null;
  }

  private static String bundle(Language language) {
    return "/org/briefing/i18n/labels_" + language.code() + ".properties";
  }

  private static Labels load(Language language) {
    String name = bundle(language);
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing label file " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Labels(language, p);
  }

  public Language language() {
    return language;
  }

  /**
   * The label for a key; {@code args} fill {@code {0}}, {@code {1}}…
   *
   * @throws IllegalArgumentException for a key that is not in the file
   */
  public String get(String key, Object... args) {
    String v = properties.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("no label '" + key + "' for " + language.code());
    }
    return args.length == 0 ? v : new MessageFormat(v, language.locale()).format(args);
  }

  /**
   * A language's name in this bundle's language ("angielski" in Polish): the bundle's {@code
   * language.<code>} label when it has one, else ICU's name for it.
   */
  public String languageName(Language other) {
    String key = "language." + other.code();
    if (has(key)) {
      return get(key);
    }
    return com.ibm.icu.util.ULocale.getDisplayLanguage(
        other.code(), com.ibm.icu.util.ULocale.forLocale(language.locale()));
  }

  /** Whether a key exists. */
  public boolean has(String key) {
    return properties.containsKey(key);
  }
}
