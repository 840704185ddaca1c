package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small valid corpus (test resources under {@code mini-corpus/}) held in memory, and one-edit
 * mutations of it for the bad-corpus tests. Messages name it {@code corpus/FILE}.
 */
final class MiniCorpus {
  static final String DIR = "corpus";

  private final Map<String, String> files;

  private MiniCorpus(Map<String, String> files) {
    this.files = files;
  }

  static MiniCorpus valid() {
    Map<String, String> files = new LinkedHashMap<>();
    List<String> all = new java.util.ArrayList<>(CorpusReader.FILES);
    all.add("translations/pl.yaml");
    for (String f : all) {
      try (InputStream in = MiniCorpus.class.getResourceAsStream("/mini-corpus/" + f)) {
        files.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new MiniCorpus(files);
  }

  /** Replaces the one occurrence of {@code old} in {@code file}. */
  MiniCorpus replace(String file, String old, String replacement) {
    String text = files.get(file);
    int at = text.indexOf(old);
    assertThat(at).as("'%s' in %s", old, file).isNotNegative();
    assertThat(text.indexOf(old, at + 1)).as("'%s' once in %s", old, file).isNegative();
    Map<String, String> copy = new LinkedHashMap<>(files);
    copy.put(file, text.replace(old, replacement));
    return new MiniCorpus(copy);
  }

  MiniCorpus append(String file, String more) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    copy.put(file, files.get(file) + more);
    return new MiniCorpus(copy);
  }

  MiniCorpus put(String file, String text) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    copy.put(file, text);
    return new MiniCorpus(copy);
  }

  MiniCorpus remove(String file) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    copy.remove(file);
    return new MiniCorpus(copy);
  }

  String text(String file) {
    return files.get(file);
  }

  CorpusReader.Result read() {
    return CorpusReader.read(DIR, files);
  }

  /** Reads it with its translation files read when first asked for. */
  CorpusReader.Result readWhenAsked() {
    return CorpusReader.read(DIR, files, CorpusReader.Translated.WHEN_ASKED);
  }
}
