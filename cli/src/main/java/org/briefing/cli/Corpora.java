package org.briefing.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.briefing.corpus.CorpusReader;
import org.briefing.corpus.Tasks;
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
 *
 * <p>A one-shot {@code build} starts reading its corpus before the command line is parsed ({@link
 * #readEarly}), on another thread; the first read of the process takes that read when it is of the
 * same folder, named the same way, and drops it otherwise.
 */
final class Corpora {
  private final Path explicit;
  private final CorpusReader.Translated when;
  private final Map<String, Loaded> cache = new HashMap<>();

  /**
   * A corpus and what reading it found worth a warning.
   *
   * @param label the name messages give it: its folder, or the built-in corpus's name
   */
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
   * beside the spec (so that edits to the data show at once), else the built-in one. A {@code
   * corpus} beside the spec that is not a whole corpus (no {@code article.yaml}, or not a folder)
   * is read all the same, so that its problem is reported: the spec was written for that paper, and
   * building it from another would send the wrong paper without a word.
   */
  Loaded forSpec(Path spec) {
    if (explicit != null) {
      return read(explicit);
    }
    Path parent = spec.toAbsolutePath().getParent();
    if (parent != null && hasCorpusEntry(parent)) {
      return read(relative(spec.getParent(), "corpus"));
    }
    return builtIn();
  }

  /**
   * Whether {@code folder} has an entry named {@code corpus} (a folder, whole or not, or anything
   * else by that name): the paper of the specs in {@code folder}.
   */
  static boolean hasCorpusEntry(Path folder) {
    return Files.exists(folder.resolve("corpus"), LinkOption.NOFOLLOW_LINKS);
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
      l = readOnce(key, dir.toString(), when, () -> readNow(dir, when));
      cache.put(key, l);
    }
    return l;
  }

  private synchronized Loaded builtIn() {
    Loaded l = cache.get("");
    if (l == null) {
      l = readOnce("", CorpusReader.EMBEDDED_DISPLAY, when, () -> readBuiltIn(when));
      cache.put("", l);
    }
    return l;
  }

  private static Loaded readNow(Path dir, CorpusReader.Translated when) {
    CorpusReader.Result r = CorpusReader.read(dir, when);
    return new Loaded(r.corpus(), r.warnings(), dir.toString());
  }

  private static Loaded readBuiltIn(CorpusReader.Translated when) {
    CorpusReader.Result r = CorpusReader.readDefault(when);
    return new Loaded(r.corpus(), r.warnings(), CorpusReader.EMBEDDED_DISPLAY);
  }

  // --- the read begun before the command line is parsed ---

  /** A corpus read under way: its folder's key, the name messages give it, and the read. */
  private record Early(
      String key, String label, CorpusReader.Translated when, FutureTask<Loaded> read) {}

  /** The read {@link #readEarly} began, until the first read of the process takes or drops it. */
  private static final AtomicReference<Early> EARLY = new AtomicReference<>();

  /**
   * Reads a corpus: takes the early read when it is this one, else reads it here. The early read's
   * outcome, corpus or errors, is what this read would give: the same function of the same files
   * (read some milliseconds earlier).
   */
  private static Loaded readOnce(
      String key, String label, CorpusReader.Translated when, Supplier<Loaded> read) {
    Early early = EARLY.getAndSet(null);
    if (early == null
        || !early.key().equals(key)
        || !early.label().equals(label)
        || early.when() != when) {
      return read.get();
    }
    TAKEN.incrementAndGet();
    return Tasks.join(early.read());
  }

  /** How many early reads a read took, in this process: for tests. */
  private static final java.util.concurrent.atomic.AtomicInteger TAKEN =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Whether an early read waits to be taken or dropped: for tests. */
  static boolean earlyPending() {
    return EARLY.get() != null;
  }

  /** How many early reads were taken so far: for tests. */
  static int earlyTaken() {
    return TAKEN.get();
  }

  /** Options of {@code build} that take a value (the next argument, unless given with '='). */
  private static final List<String> VALUED =
      List.of("-o", "--output", "-f", "--format", "--formats", "--root", "-j", "--jobs");

  /**
   * For {@code build} and {@code validate}, starts reading the corpus of the first spec, folder or
   * corpus folder given (for {@code validate} with none, the built-in corpus), and for {@code
   * table} and {@code list} the corpus of {@code --corpus} or the built-in one, on a daemon thread,
   * so that the read goes on while the command line is parsed and the command starts. The arguments
   * are only glanced at: a wrong guess costs a read that is dropped, never another result. Does
   * nothing for other commands, or without a second core.
   */
  static void readEarly(String... args) {
    try {
      startEarly(args);
    } catch (RuntimeException e) {
      // A path the file system refuses, say: the command line's own check reports it.
    }
  }

  private static void startEarly(String... args) {
    String command = args.length > 0 ? args[0] : "";
    boolean validate = command.equals("validate");
    // table and list read the corpus given with --corpus, else the built-in one: no spec.
    boolean noSpec = command.equals("table") || command.equals("list");
    if (!(validate || noSpec || command.equals("build"))
        || Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    Path explicit = null;
    Path first = null;
    boolean positional = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!positional && a.equals("--")) {
        positional = true;
      } else if (!positional && (a.equals("--corpus") || a.startsWith("--corpus="))) {
        String v = a.equals("--corpus") ? (i + 1 < args.length ? args[++i] : null) : a.substring(9);
        if (v == null) {
          return;
        }
        explicit = Path.of(v);
      } else if (!positional && VALUED.contains(a)) {
        i++;
      } else if (positional || !a.startsWith("-")) {
        if (first == null) {
          first = Path.of(a);
        }
      }
    }
    if (noSpec) {
      first = null;
    } else if (first == null && !validate) {
      return;
    }
    // validate reads every translation at once (complete); with nothing given, the built-in corpus.
    CorpusReader.Translated when =
        validate ? CorpusReader.Translated.AT_ONCE : CorpusReader.Translated.WHEN_ASKED;
    Path dir;
    if (explicit != null) {
      dir = explicit;
    } else if (first == null) {
      dir = null;
    } else if (validate && Files.isDirectory(first) && isCorpus(first)) {
      dir = first;
    } else if (Files.isDirectory(first)) {
      dir = isCorpus(first.resolve("corpus")) ? first.resolve("corpus") : null;
    } else if (validate && Files.isRegularFile(first) && ValidateCommand.corpusOf(first) != null) {
      return; // a corpus file: read as its folder, under the name the user gave
    } else if (Files.isRegularFile(first)) {
      Path parent = first.toAbsolutePath().getParent();
      dir =
          parent != null && isCorpus(parent.resolve("corpus"))
              ? relative(first.getParent(), "corpus")
              : null;
    } else {
      return;
    }
    Early early =
        dir == null
            ? new Early(
                "", CorpusReader.EMBEDDED_DISPLAY, when, new FutureTask<>(() -> readBuiltIn(when)))
            : new Early(
                dir.toAbsolutePath().normalize().toString(),
                dir.toString(),
                when,
                new FutureTask<>(() -> readNow(dir, when)));
    EARLY.set(early);
    Thread t = new Thread(early.read(), "briefing-corpus-early");
    t.setDaemon(true);
    t.start();
  }
}
