package org.briefing.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefing.corpus.CorpusReader;
import org.briefing.model.Corpus;

/** The shipped corpus (as embedded in the jar) held in memory, and edited copies of it. */
final class RealCorpus {
  static final String PL = "translations/pl.yaml";

  private final Map<String, String> files;

  private RealCorpus(Map<String, String> files) {
    this.files = files;
  }

  static RealCorpus load() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : CorpusReader.FILES) {
      files.put(f, resource(f));
    }
    files.put(PL, resource(PL));
    return new RealCorpus(files);
  }

  /** A file of the shipped corpus, as it is on disk. */
  static String resource(String file) {
    try (InputStream in = RealCorpus.class.getResourceAsStream(CorpusReader.EMBEDDED_DIR + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the one occurrence of {@code old} in {@code file}. */
  RealCorpus replace(String file, String old, String replacement) {
    String text = files.get(file);
    int at = text.indexOf(old);
    assertThat(at).as("'%s' in %s", old, file).isNotNegative();
    assertThat(text.indexOf(old, at + 1)).as("'%s' once in %s", old, file).isNegative();
    return put(file, text.replace(old, replacement));
  }

  RealCorpus put(String file, String text) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    copy.put(file, text);
    return new RealCorpus(copy);
  }

  String file(String name) {
    return files.get(name);
  }

  Corpus read() {
    return CorpusReader.read("corpus", files).corpus();
  }
}
