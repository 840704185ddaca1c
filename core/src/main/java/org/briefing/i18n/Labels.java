package org.briefing.i18n;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  /** The languages whose labels ship with the tool (a bundle each; LabelsTest checks the list). */
  private static final List<Language> SHIPPED = List.of(Language.EN, Language.PL);

  /** The languages the tool has labels for, English first. */
  public static List<Language> shipped() {
    return SHIPPED;
  }

  /** Why a briefing cannot be written in a language the tool has no labels for. */
  public static String missing(Language language) {
    return "the tool has no labels for '"
        + language.code()
        + "' (headings, captions, dates), so it cannot write in it: it has them for "
        + String.join(", ", SHIPPED.stream().map(Language::code).toList());
  }

  /** What to do about {@link #missing}. */
  public static String missingHint(Language language) {
    return "the translation can still be exchanged (xliff, tm, translations status); a briefing"
        + " needs labels_"
        + language.code()
        + ".properties in the tool";
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
    if (args.length == 0) {
      return v;
    }
    String plain = substitute(v, args);
    return plain != null ? plain : new MessageFormat(v, language.locale()).format(args);
  }

  /**
   * The pattern with each {@code {N}} replaced by its argument, as ICU's MessageFormat gives it,
   * when the pattern holds nothing but such placeholders and each argument it names is a string;
   * else null (a number, a plural or a quoted brace needs ICU). ICU's number and plural data are
   * then loaded only for labels that need them.
   */
  static String substitute(String pattern, Object[] args) {
    if (pattern.indexOf('\'') >= 0) {
      return null;
    }
    StringBuilder out = null;
    int from = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '}') {
        return null;
      }
      if (c != '{') {
        continue;
      }
      int end = i + 1;
      int index = 0;
      while (end < pattern.length() && end - i <= 2 && isAsciiDigit(pattern.charAt(end))) {
        index = index * 10 + (pattern.charAt(end) - '0');
        end++;
      }
      if (end == i + 1
          || (end - i == 3 && pattern.charAt(i + 1) == '0')
          || end >= pattern.length()
          || pattern.charAt(end) != '}'
          || index >= args.length
          || !(args[index] instanceof String arg)) {
        return null;
      }
      if (out == null) {
        out = new StringBuilder(pattern.length() + 32);
      }
      out.append(pattern, from, i).append(arg);
      from = end + 1;
      i = end;
    }
    return out == null ? null : out.append(pattern, from, pattern.length()).toString();
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

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether a key exists. */
  public boolean has(String key) {
    return properties.containsKey(key);
  }
}
