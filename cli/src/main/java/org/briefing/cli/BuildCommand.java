package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.briefing.build.BriefingBuild;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.render.Formats;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code briefing build}: assembles briefings from specs and writes them in each format.
 *
 * <p>Its command-line model is made by hand ({@link #commandSpec}), not by picocli from
 * annotations: reading annotations makes the JVM generate a proxy class for each annotation type
 * and reflect over every field, which took a cold build 40–100 ms before its first step
 * (docs/performance.md, "Cold start-up, eighth pass"). The other commands keep their annotations.
 */
final class BuildCommand implements Callable<Integer> {
  /** Formats built when neither the spec nor {@code -f} names any. */
  static final List<String> DEFAULT_FORMATS = BriefingBuild.DEFAULT_FORMATS;

  static final String[] DESCRIPTION = {
    "Build briefings from specs. A DIR builds every spec (*.yaml) directly inside it and in"
        + " each paper folder inside it (one with its own corpus/).",
    "One bad spec does not stop the others; the exit status is 2 if any failed.",
    "Files are written whole or not at all, as OUT/<name>.<format extension>."
  };

  CommandSpec spec;

  List<Path> inputs;

  Path output;

  List<String> formats = new ArrayList<>();

  boolean strict;

  Path root;

  Integer jobs;

  Path corpusDir;

  /** The command line's model of {@code command}: its options, their help and their values. */
  static CommandSpec commandSpec(BuildCommand command) {
    CommandSpec s = Main.handMade(command, "build", DESCRIPTION);
    s.addPositional(Main.paths("SPEC|DIR", "1..*", "Spec files or folders of specs."));
    s.addOption(
        OptionSpec.builder("-o", "--output")
            .paramLabel("DIR")
            .type(Path.class)
            .defaultValue("out")
            .description("Output folder (default: ${DEFAULT-VALUE}).")
            .build());
    s.addOption(
        OptionSpec.builder("-f", "--format")
            .paramLabel("FORMAT")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .splitRegex(",")
            .description("Formats to write, overriding the spec's (e.g. md,html,pdf).")
            .build());
    s.addOption(
        OptionSpec.builder("--strict")
            .type(boolean.class)
            .description(
                "Treat a briefing's warnings (over its length budget, no finding matching its"
                    + " filters) as errors.")
            .build());
    s.addOption(
        OptionSpec.builder("--root")
            .paramLabel("DIR")
            .type(Path.class)
            .description(
                "Folder inside which every file a spec names (extends, logo) must lie (default:"
                    + " the folder given, or the spec's own folder).")
            .build());
    s.addOption(
        OptionSpec.builder("-j", "--jobs")
            .paramLabel("N")
            .type(Integer.class)
            .description("Briefings built at once (default: one per processor).")
            .build());
    s.addOption(CorpusOption.spec());
    command.spec = s;
    return s;
  }

  /** Takes the parsed values out of the model. */
  private void takeValues() {
    inputs = spec.positionalParameters().get(0).getValue();
    Cli.paths(inputs, "SPEC|DIR");
    output = Cli.output(spec.findOption("--output").getValue(), "-o");
    Cli.formatNames(spec.findOption("--format").originalStringValues());
    List<String> f = spec.findOption("--format").getValue();
    formats = f == null ? new ArrayList<>() : f;
    Boolean st = spec.findOption("--strict").getValue();
    strict = Boolean.TRUE.equals(st);
    root = CorpusOption.folder(spec.findOption("--root").getValue(), "--root");
    jobs = spec.findOption("--jobs").getValue();
    corpusDir =
        CorpusOption.folder(spec.findOption(CorpusOption.NAME).getValue(), CorpusOption.NAME);
  }

  /**
   * The specs directly inside a folder, sorted by name, then those of each paper folder directly
   * inside it (a folder with its own {@code corpus/}, such as {@code briefings/<paper>/}).
   */
  static List<Path> specsIn(Path dir) throws IOException {
    List<Path> specs = new ArrayList<>(yamlFilesIn(dir));
    for (Path paper : paperFoldersIn(dir)) {
      specs.addAll(yamlFilesIn(paper));
    }
    return specs;
  }

  /** The folders directly inside {@code dir} that hold a corpus of their own, sorted by name. */
  static List<Path> paperFoldersIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).filter(Corpora::hasCorpusEntry).sorted().toList();
    }
  }

  private static List<Path> yamlFilesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  @Override
  public Integer call() throws IOException {
    takeValues();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> specs = new ArrayList<>();
    Map<Path, Path> rootOf = new LinkedHashMap<>();
    List<Diagnostic> inputProblems = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        List<Path> found = specsIn(p);
        if (found.isEmpty()) {
          inputProblems.add(
              Diagnostic.error(
                  SourcePosition.file(p.toString()), "no specs (*.yaml) in this folder"));
        }
        Path inside = p.toRealPath();
        Path widened = root == null ? null : root.toAbsolutePath().normalize();
        for (Path f : found) {
          // A spec the folder lists must stay inside it, as every path a spec names does: a link
          // out of the folder (a spec, or a paper folder) is refused unless --root takes it in.
          Path real = f.toRealPath();
          if (real.startsWith(inside)
              || (widened != null
                  && Files.exists(widened)
                  && real.startsWith(widened.toRealPath()))) {
            rootOf.put(f, p);
            specs.add(f);
          } else {
            inputProblems.add(
                Diagnostic.error(
                    SourcePosition.file(f.toString()),
                    "a symbolic link out of " + display(p) + " (to " + real + "): not built",
                    "build the file itself, or widen the folder with --root"));
          }
        }
      } else if (Files.isRegularFile(p)) {
        specs.add(p);
      } else {
        inputProblems.add(
            Diagnostic.error(
                SourcePosition.file(p.toString()),
                org.briefing.files.BoundedFiles.notThere(p),
                "give a spec such as briefings/nato-madrid.yaml, or a folder of specs"));
      }
    }
    OutputFolder folder = OutputFolder.of(output);
    Corpora corpora = new Corpora(corpusDir);
    Formats installed = Formats.installed();
    if (!specs.isEmpty()) {
      // Work that needs no spec or corpus (text services; the renderers of the formats -f names)
      // is begun on the other core while the corpus is read.
      BriefingBuild.prepareAhead(installed, formats);
    }
    Progress progress = Progress.forTerminal(err, specs.size());
    int failed = 0;
    int files = 0;
    inputProblems.forEach(d -> err.println(d.format()));
    // Which spec of this batch writes each output, so that two never write the same file.
    Map<Path, Path> writtenBy = new LinkedHashMap<>();
    AtomicFiles.Stale stale = new AtomicFiles.Stale();
    int workers = Math.min(jobs(), Math.max(1, specs.size()));
    // Specs are built on a pool of workers, each holding one document in memory; their results
    // are taken in the order of the specs, so that messages, collisions and files come out as in
    // a one-thread build. At most two results per worker wait for an earlier, slower spec.
    ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, WORKERS) : null;
    try {
      Deque<Future<Attempt>> pending = new ArrayDeque<>();
      int submitted = 0;
      for (int i = 0; i < specs.size(); i++) {
        while (submitted < specs.size()
            && (pool == null ? submitted <= i : pending.size() < 2 * workers)) {
          Path s = specs.get(submitted++);
          Callable<Attempt> task = () -> attempt(s, rootOf.get(s), corpora, installed);
          pending.add(pool == null ? new FutureTask<>(task) : pool.submit(task));
        }
        Path s = specs.get(i);
        progress.step(i + 1, s.getFileName().toString());
        Attempt a = take(pending.poll());
        a.warnings().forEach(w -> err.println(w.format()));
        try {
          if (a.failure() != null) {
            throw a.failure();
          }
          List<Path> written = write(s, a.output(), folder, writtenBy, stale);
          files += written.size();
          progress.done(
              s + " → " + String.join(", ", written.stream().map(Path::toString).toList()));
        } catch (InvalidInputException e) {
          failed++;
          progress.clear();
          e.diagnostics().forEach(d -> err.println(d.format()));
        } catch (OutOfMemoryError e) {
          // This briefing is too large for the heap: its failure, not a bug; the batch goes on.
          failed++;
          progress.clear();
          err.println(Main.outOfMemory(SourcePosition.file(s.toString())).format());
        } catch (Throwable e) {
          // A bug met while building one spec is that spec's failure: the batch goes on.
          failed++;
          progress.clear();
          err.println(
              Diagnostic.printable(
                  display(s) + ": internal error while building this briefing: " + e));
          if (main != null && main.stacktrace()) {
            e.printStackTrace(err);
          } else {
            err.println("(run again with --stacktrace for details)");
          }
          internal = true;
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    progress.clear();
    String summary =
        "built "
            + (specs.size() - failed)
            + " of "
            + ValidateCommand.plural(specs.size(), "briefing", "briefings")
            + " ("
            + ValidateCommand.plural(files, "file", "files")
            + ") in "
            + display(folder.root());
    failed += inputProblems.size();
    if (failed > 0) {
      err.println(Diagnostic.printable(summary + "; " + failed + " failed"));
      return internal ? Main.INTERNAL : Main.INVALID;
    }
    out.println(Diagnostic.printable(summary));
    return Main.OK;
  }

  private boolean internal;

  /** The command line it runs in, for its --stacktrace. */
  Main main;

  /** The number of workers: {@code -j}, else one per processor. */
  private int jobs() {
    if (jobs == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + jobs);
    }
    return jobs;
  }

  /** Worker threads: daemons, so that a stuck render never keeps the process alive. */
  private static final ThreadFactory WORKERS =
      new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
          Thread t = new Thread(r, "briefing-build-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        }
      };

  /**
   * One spec's build in memory: its output, or what stopped it, and its warnings in the order they
   * came.
   */
  private record Attempt(
      BriefingBuild.Output output, List<Diagnostic> warnings, Throwable failure) {}

  /** Waits for a result; runs it here when there is no pool. */
  private static Attempt take(Future<Attempt> f) {
    if (f instanceof FutureTask<Attempt> t && !t.isDone()) {
      t.run();
    }
    try {
      return f.get();
    } catch (ExecutionException e) {
      return new Attempt(null, List.of(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(null, List.of(), e);
    }
  }

  /** Builds a spec into memory; never throws, so that one spec's failure is only its own. */
  private Attempt attempt(Path specFile, Path batchRoot, Corpora corpora, Formats installed) {
    List<Diagnostic> warnings = new ArrayList<>();
    try {
      Corpora.Loaded corpus = corpora.forSpec(specFile);
      BriefingBuild build =
          BriefingBuild.of(corpus.corpus(), installed)
              .withFormats(formats)
              .strict(strict)
              .ahead(true);
      Path confine = root != null ? root : batchRoot;
      if (confine != null) {
        build = build.withRoot(confine);
      }
      return new Attempt(build.build(specFile, warnings::add), warnings, null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Attempt(null, warnings, e);
    }
  }

  /** Writes one built briefing's files as a set, refusing a file another spec wrote. */
  private static List<Path> write(
      Path specFile,
      BriefingBuild.Output built,
      OutputFolder folder,
      Map<Path, Path> writtenBy,
      AtomicFiles.Stale stale) {
    SourcePosition at = SourcePosition.file(specFile.toString());
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : built.files().entrySet()) {
      Path target;
      try {
        target = folder.resolve(built.name(), e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new InvalidInputException(Diagnostic.error(at, ex.getMessage()));
      }
      Path other = writtenBy.get(target);
      if (other != null) {
        throw new InvalidInputException(
            Diagnostic.error(
                at,
                "writes " + display(target) + ", which " + display(other) + " wrote in this build",
                "give one of them another 'output:' name"));
      }
      outputs.put(target, e.getValue());
    }
    try {
      AtomicFiles.writeSet(outputs, stale);
    } catch (IOException ex) {
      // At the file that failed, named once, with the reason (AtomicFiles names that file).
      AtomicFiles.WriteFailure f = AtomicFiles.failure(outputs.keySet().iterator().next(), ex);
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(display(Path.of(f.getFile()))),
              "cannot write: " + f.getReason(),
              "the files " + display(specFile) + " wrote before are left as they were"));
    }
    List<Path> written = new ArrayList<>();
    for (Path t : outputs.keySet()) {
      writtenBy.put(t, specFile);
      written.add(Path.of(display(t)));
    }
    return written;
  }

  /** A path as the user would write it: relative to the working folder when inside it. */
  static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    if (!abs.startsWith(cwd)) {
      return abs.toString();
    }
    String relative = cwd.relativize(abs).toString();
    return relative.isEmpty() ? "." : relative;
  }
}
