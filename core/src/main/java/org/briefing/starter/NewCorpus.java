package org.briefing.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.briefing.corpus.CorpusReader;

/**
 * The files of a new corpus: a commented template of every corpus file, each with one example
 * entry, that validates and builds as it is. Replace the examples with the paper's own words.
 *
 * <pre>{@code
 * Map<String, String> files = NewCorpus.files("critical-minerals");  // "article.yaml" → text …
 * }</pre>
 */
public final class NewCorpus {
  private static final String DIR = "/org/briefing/starter/corpus/";

  private NewCorpus() {}

  /**
   * The corpus files by name (as in {@link CorpusReader#FILES}), the paper's id filled in (quoted:
   * a paper named "null", "true" or "123" still has a text id).
   *
   * @param name a folder name; the corpus id is made from it
   */
  public static Map<String, String> files(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String file : CorpusReader.FILES) {
      try (InputStream in = NewCorpus.class.getResourceAsStream(DIR + file)) {
        if (in == null) {
          throw new IllegalStateException("no template for " + file);
        }
        out.put(
            file,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .replace("${id}", StarterSpec.quoted(id(name))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** An id from a folder name: lower-case letters, digits and hyphens. */
  static String id(String name) {
    String id =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "paper" : id;
  }
}
