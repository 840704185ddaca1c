package org.briefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.model.Corpus;

/**
 * Finds and reads corpora: the one named with {@code --corpus}, the {@code corpus/} folder beside a
 * spec, or the one built into the tool. Each is read once per run. Safe to share between the
 * threads of a parallel build: a corpus is read by the first thread that needs it, and the others
 * wait for it.
 *
 * <p>Translation files are read when something first asks for a translation or the corpus's
 * languages (an English build never does), except in a {@link #complete} set, which reads them with
 * the rest of each corpus and so reports their warnings too ({@code validate}).
 */
final class Corpora {
  private final Path explicit;
  private final CorpusReader.Translated when;
  private final Map<String, Loaded> cache = new HashMap<>();

  /** A corpus and what reading it found worth a warning. */
  record Loaded(Corpus corpus, java.util.List<Diagnostic> warnings, String label) {}

  Corpora(Path explicit) {
    this(explicit, CorpusReader.Translated.WHEN_ASKED);
  }

  private Corpora(Path explicit, CorpusReader.Translated when) {
    this.explicit = explicit;
    this.when = when;
  }

  /** Corpora read whole, translation files included, with every warning: for {@code validate}. */
  static Corpora complete(Path explicit) {
    return new Corpora(explicit, CorpusReader.Translated.AT_ONCE);
  }

  /** Reads {@code dir}, or the built-in corpus when {@code dir} is null. */
  static Loaded load(Path dir) {
    return new Corpora(dir).forDefault();
  }

  /** The corpus given with {@code --corpus}, else the built-in one. */
  Loaded forDefault() {
    return explicit != null ? read(explicit) : builtIn();
  }

  /**
   * The corpus a spec is checked against: {@code --corpus} if given, else a {@code corpus/} folder
   * beside the spec (so that edits to the data show at once), else the built-in one.
   */
  Loaded forSpec(Path spec) {
    if (explicit != null) {
      return read(explicit);
    }
    Path parent = spec.toAbsolutePath().getParent();
    Path beside = parent == null ? null : parent.resolve("corpus");
    if (beside != null && Files.isRegularFile(beside.resolve("article.yaml"))) {
      return read(relative(spec.getParent(), "corpus"));
    }
    return builtIn();
  }

  /** The corpus in {@code dir}, read once per run. */
  Loaded forDir(Path dir) {
    return read(dir);
  }

  /** Whether a folder holds a corpus. */
  static boolean isCorpus(Path dir) {
    return Files.isRegularFile(dir.resolve("article.yaml"));
  }

  private static Path relative(Path parent, String child) {
    return parent == null ? Path.of(child) : parent.resolve(child);
  }

  private synchronized Loaded read(Path dir) {
    String key = dir.toAbsolutePath().normalize().toString();
    Loaded l = cache.get(key);
    if (l == null) {
      CorpusReader.Result r = CorpusReader.read(dir, when);
      l = new Loaded(r.corpus(), r.warnings(), dir.toString());
      cache.put(key, l);
    }
    return l;
  }

  private synchronized Loaded builtIn() {
    Loaded l = cache.get("");
    if (l == null) {
      CorpusReader.Result r = CorpusReader.readDefault(when);
      l = new Loaded(r.corpus(), r.warnings(), CorpusReader.EMBEDDED_DISPLAY);
      cache.put("", l);
    }
    return l;
  }
}
