package org.briefing.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.briefing.assemble.Assembler;
import org.briefing.assemble.Assembly;
import org.briefing.build.Ahead;
import org.briefing.build.BriefingBuild;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.files.BoundedFiles;
import org.briefing.render.Formats;
import org.briefing.render.GiveWay;
import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;
import org.briefing.render.UnsupportedContentException;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;
import org.briefing.yaml.YamlLoader;
import org.briefing.yaml.YamlNode;

/**
 * The engine of {@code briefing watch}: one warm process that rebuilds a spec when a file its build
 * reads changes (the spec, the specs it extends, its logo, any file of its corpus), writes the
 * files atomically, and serves the latest HTML (or the latest errors) on 127.0.0.1 with a
 * long-polling live-reload script. Other files in the same folders (logs, notes, other specs) are
 * ignored.
 *
 * <pre>{@code
 * try (Watcher w = Watcher.start(spec, null, out, List.of("html", "pdf"), 0, stdout, stderr)) {
 *   w.loop(); // until close()
 * }
 * }</pre>
 */
final class Watcher implements AutoCloseable {
  /** Events closer together than this are one save (editors write a file in several steps). */
  private static final long SETTLE_MILLIS = 15;

  private static final long POLL_SECONDS = 25;

  /** {@link #SETTLE_MILLIS}, longer in tests that need a save's steps to be far apart. */
  volatile long settleMillis = SETTLE_MILLIS;

  /**
   * The background warm-up after start: at most this many throwaway builds, for at most {@link
   * #WARM_UP_MILLIS}. Forty builds got a one-page note's render path compiled by C1, but C2 was
   * still compiling it during the first saves (note rebuilds of 35-71 ms); going on for the whole
   * time lets C2 finish it (docs/performance.md, Watch).
   */
  static final int WARM_UP_BUILDS = 400;

  static final long WARM_UP_MILLIS = 20_000;

  private final Path specFile;
  private final Path specPath;
  private final Path corpusDir;
  private final OutputFolder folder;
  private final Path outputRoot;
  private final Map<String, Renderer> renderers;
  private final PrintWriter out;
  private final PrintWriter err;
  private final WatchService watch;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final HttpServer server;
  private final ExecutorService pool;

  /** The corpus read last; read again only after a change to a file other than the spec. */
  private volatile Corpora corpora;

  private boolean corpusChanged = true;

  /** The spec, the specs it extends and its logo, as of the last build: the files it reads. */
  private Set<Path> inputs;

  /** The folder of the corpus the spec reads, or null for the built-in one. */
  private final Path corpusRoot;

  private final Object lock = new Object();
  private long version;
  private byte[] page;
  private List<String> errors = List.of();
  private volatile boolean closed;

  /** The document of the last good build, for the warm-up; null before one. */
  private volatile Document lastDocument;

  /** Set at close: the warm-up stops after its current step. */
  private volatile boolean stopWarmUp;

  /** Set from a save's first event until its rebuild is done: the warm-up waits meanwhile. */
  private volatile boolean rebuilding;

  /** Set while the warm-up renders (tests). */
  private volatile boolean warmUpRendering;

  /** Warm-up renders stopped because a rebuild started. */
  private final java.util.concurrent.atomic.AtomicInteger warmUpsStopped =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Throwaway builds the warm-up has finished. */
  private final java.util.concurrent.atomic.AtomicInteger warmUpBuilds =
      new java.util.concurrent.atomic.AtomicInteger();

  private Watcher(
      Path specFile,
      Path corpusDir,
      Path output,
      Map<String, Renderer> renderers,
      PrintWriter out,
      PrintWriter err,
      HttpServer server,
      ExecutorService pool)
      throws IOException {
    this.specFile = specFile;
    this.specPath = specFile.toAbsolutePath().normalize();
    this.corpusDir = corpusDir;
    this.folder = OutputFolder.of(output);
    this.outputRoot = output.toAbsolutePath().normalize();
    this.renderers = renderers;
    this.out = out;
    this.err = err;
    this.server = server;
    this.pool = pool;
    this.watch = FileSystems.getDefault().newWatchService();
    this.inputs = Set.of(specPath);
    Path beside = specPath.getParent() == null ? null : specPath.getParent().resolve("corpus");
    this.corpusRoot =
        corpusDir != null
            ? corpusDir.toAbsolutePath().normalize()
            : beside != null && Corpora.hasCorpusEntry(beside.getParent()) ? beside : null;
  }

  /**
   * Checks the arguments, builds once, starts the server ({@code port} 0: a free one; negative:
   * none) and registers the folders to watch. Bad arguments throw {@link InvalidInputException}.
   */
  static Watcher start(
      Path specFile,
      Path corpusDir,
      Path output,
      List<String> formats,
      int port,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    SourcePosition cli = SourcePosition.file("<command line>");
    if (!Files.isRegularFile(specFile)) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(specFile.toString()),
              Files.isDirectory(specFile)
                  ? "a folder, not a spec file"
                  : "no spec file here: " + org.briefing.files.BoundedFiles.notThere(specFile),
              "give one spec such as briefings/nato-madrid.yaml"));
    }
    if (corpusDir != null && !Files.isDirectory(corpusDir)) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(corpusDir.toString()),
              "no corpus folder here: "
                  + (Files.isRegularFile(corpusDir)
                      ? "a file"
                      : org.briefing.files.BoundedFiles.notThere(corpusDir))));
    }
    Formats installed = Formats.installed();
    Map<String, Renderer> renderers = new LinkedHashMap<>();
    Map<String, Runnable> prepares = new LinkedHashMap<>();
    for (String f : formats) {
      String name = f.strip().toLowerCase(Locale.ROOT);
      RendererProvider p =
          installed
              .provider(name)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          Diagnostic.error(
                              cli,
                              "format '" + name + "' is not available in this build",
                              "available formats: " + String.join(", ", installed.names()))));
      renderers.put(name, p.create());
      prepares.put("render:" + name, p::prepare);
    }
    // The renderers' classes, template and fonts, on the other core while the first build reads
    // the corpus and assembles.
    Ahead.once(prepares);
    HttpServer server = null;
    ExecutorService pool = null;
    if (port >= 0) {
      try {
        server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      } catch (BindException e) {
        throw new InvalidInputException(
            Diagnostic.error(
                cli,
                "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(),
                "choose another port with --port, or --port 0 for a free one"));
      }
      pool =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "briefing-watch-http");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(pool);
    }
    Watcher w = new Watcher(specFile, corpusDir, output, renderers, out, err, server, pool);
    w.registerTree(specFile.toAbsolutePath().normalize().getParent());
    if (corpusDir != null) {
      w.registerTree(corpusDir.toAbsolutePath().normalize());
    }
    w.rebuild();
    if (server != null) {
      server.createContext("/", w::serve);
      server.start();
      out.println("briefing: serving " + w.url() + " (Ctrl-C to stop)");
    }
    out.println(Diagnostic.printable("briefing: watching " + specFile + " and its corpus"));
    out.flush();
    return w;
  }

  /** The page's address, or null without a server. */
  URI url() {
    return server == null
        ? null
        : URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** How many builds have run (the first one included). */
  long version() {
    synchronized (lock) {
      return version;
    }
  }

  /**
   * Waits for changes and rebuilds after each, until {@link #close()}. A save is over once no event
   * has come for {@value #SETTLE_MILLIS} ms (editors write a file in several steps). The build
   * starts at the save's first event and runs while the rest of it may still come: if another event
   * of a file the build reads comes before the save is over, that build is thrown away (not
   * written, not printed) and the files are read again. So the settle time is not added to the
   * rebuild, and a half-written file never shows.
   */
  void loop() throws InterruptedException {
    try {
      while (!closed) {
        WatchKey key = watch.take();
        rebuilding = true;
        long lastEvent = System.nanoTime();
        boolean relevant = drain(key);
        while (!relevant) {
          // Nothing the build reads yet: wait for the rest of this save, if any.
          WatchKey more = watch.poll(settleMillis, TimeUnit.MILLISECONDS);
          if (more == null) {
            break;
          }
          lastEvent = System.nanoTime();
          relevant = drain(more);
        }
        while (relevant && !closed) {
          Built built = build();
          relevant = false;
          WatchKey more;
          while ((more = restOfSave(lastEvent)) != null) {
            lastEvent = System.nanoTime();
            relevant |= drain(more);
          }
          if (!relevant) {
            commit(built);
          }
        }
        rebuilding = false;
      }
    } catch (ClosedWatchServiceException e) {
      // closed from another thread: done
    }
  }

  /**
   * The next event batch of the save whose last event came at {@code lastEvent}; null once over.
   */
  private WatchKey restOfSave(long lastEvent) throws InterruptedException {
    WatchKey ready = watch.poll();
    if (ready != null) {
      return ready;
    }
    long left = TimeUnit.MILLISECONDS.toNanos(settleMillis) - (System.nanoTime() - lastEvent);
    return left <= 0 ? null : watch.poll(left, TimeUnit.NANOSECONDS);
  }

  private boolean drain(WatchKey key) {
    Path dir = keys.get(key);
    boolean relevant = false;
    for (WatchEvent<?> ev : key.pollEvents()) {
      if (ev.kind() == OVERFLOW) {
        relevant = true;
        corpusChanged = true;
        continue;
      }
      if (dir == null) {
        continue;
      }
      Path child = dir.resolve((Path) ev.context());
      String name = child.getFileName().toString();
      if (name.startsWith(".") || name.endsWith("~") || child.startsWith(outputRoot)) {
        continue; // editor and atomic-write temporaries, our own output
      }
      if (ev.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
        try {
          registerTree(child);
        } catch (IOException e) {
          err.println(
              Diagnostic.printable("briefing: cannot watch " + child + ": " + e.getMessage()));
        }
      }
      boolean inCorpus = corpusRoot != null && child.startsWith(corpusRoot);
      if (!inCorpus && !inputs.contains(child)) {
        continue; // a file this build does not read: a log, a note, another spec
      }
      relevant = true;
      if (inCorpus) {
        corpusChanged = true;
      }
    }
    if (!key.reset()) {
      keys.remove(key);
    }
    return relevant;
  }

  /**
   * The spec and the specs it extends, followed as far as they parse (the spec reader reports what
   * is wrong with them; here only the files to watch are wanted).
   */
  static Set<Path> specChain(Path spec) {
    Set<Path> chain = new LinkedHashSet<>();
    Path file = spec.toAbsolutePath().normalize();
    while (file != null && chain.add(file) && chain.size() <= 64) {
      Path next = null;
      try {
        // A pipe, a device or a huge file is refused (the build says why, with a message).
        String text =
            BoundedFiles.readText(
                file, YamlLoader.MAX_FILE_BYTES, SourcePosition.file(file.toString()), "a spec");
        YamlNode root = YamlLoader.load(file.toString(), text);
        if (root instanceof YamlNode.Mapping m
            && m.entries().get("extends") != null
            && m.entries().get("extends").value() instanceof YamlNode.Scalar s
            && !s.value().isBlank()
            && file.getParent() != null) {
          next = file.getParent().resolve(s.value().strip()).normalize();
        }
      } catch (RuntimeException e) {
        // unreadable or not YAML: the build reports it; watch what was found so far
      }
      file = next;
    }
    return Set.copyOf(chain);
  }

  /** Watches the folder of each file (the spec's own folder tree is watched from the start). */
  private void watchFoldersOf(Set<Path> files) {
    for (Path f : files) {
      Path dir = f.getParent();
      if (dir != null && !keys.containsValue(dir) && Files.isDirectory(dir)) {
        try {
          keys.put(dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        } catch (IOException e) {
          err.println(
              Diagnostic.printable("briefing: cannot watch " + dir + ": " + e.getMessage()));
        }
      }
    }
  }

  /** Most folders one tree registers: a spec's folder and a corpus have a handful. */
  private static final int MAX_WATCHED_FOLDERS = 256;

  /**
   * Watches a folder and the folders under it, bounded: three levels deep, at most {@value
   * #MAX_WATCHED_FOLDERS} folders, none hidden, none on another file system (/proc, /sys, a mounted
   * disk), no symlink followed; a folder that cannot be read or watched is passed over.
   */
  private void registerTree(Path root) throws IOException {
    Object device = device(root);
    int[] registered = {0};
    Files.walkFileTree(
        root,
        java.util.Set.of(),
        3,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
            String n = d.getFileName() == null ? "" : d.getFileName().toString();
            if (d.startsWith(outputRoot)
                || (!d.equals(root)
                    && (n.startsWith(".")
                        || n.equals("target")
                        || !java.util.Objects.equals(device, device(d))))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            try {
              keys.put(d.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), d);
            } catch (IOException e) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return ++registered[0] >= MAX_WATCHED_FOLDERS
                ? FileVisitResult.TERMINATE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** The device a folder is on, or null where the system does not say. */
  private static Object device(Path d) {
    try {
      return Files.getAttribute(d, "unix:dev", java.nio.file.LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Starts throwaway builds of the spec on a background thread, so that the JIT has compiled the
   * reading, assembling and rendering code by the first saves: without it the first dozens of
   * rebuilds of a one-page note run interpreted or half-compiled, several times slower. Each build
   * reads the spec and assembles it as a rebuild does, and renders the last good document in every
   * format into nothing; no file is written and nothing is printed. It waits while a real rebuild
   * runs (from the first event of a save to its files written), and stops at {@link #close()},
   * after {@value #WARM_UP_BUILDS} builds or {@value #WARM_UP_MILLIS} ms; after a failed step (a
   * half-saved or broken spec) it waits for the next rebuild.
   */
  void warmUpInBackground() {
    warmUpInBackground(WARM_UP_BUILDS, WARM_UP_MILLIS);
  }

  /** The warm-up with other limits (tests). */
  void warmUpInBackground(int builds, long millis) {
    if (lastDocument == null || corpora == null || stopWarmUp) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
              OutputStream nothing = OutputStream.nullOutputStream();
              int done = 0;
              while (done < builds && !stopWarmUp && System.nanoTime() < end) {
                long seen = version();
                try {
                  if (!awaitIdle()) {
                    return;
                  }
                  Document document = lastDocument;
                  Corpora.Loaded corpus = corpora.forSpec(specFile);
                  BriefingSpec spec =
                      SpecReader.of(corpus.corpus()).withFormats(List.of()).read(specFile);
                  Assembler.of(corpus.corpus()).assemble(spec);
                  for (Renderer r : renderers.values()) {
                    if (!awaitIdle()) {
                      return;
                    }
                    // A save's rebuild starting meanwhile stops this render at once: run to its
                    // end, it shared the cores, and the collector's pauses, with the rebuild the
                    // user waits for (docs/performance.md, "Watch: the warm-up gives way").
                    warmUpRendering = true;
                    try {
                      GiveWay.when(
                          () -> rebuilding || stopWarmUp, () -> r.render(document, nothing));
                    } finally {
                      warmUpRendering = false;
                    }
                  }
                  done++;
                  warmUpBuilds.incrementAndGet();
                } catch (GiveWay.Stopped e) {
                  // gave way to a rebuild: the next step waits for it to end
                  warmUpsStopped.incrementAndGet();
                } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                  // A warm-up only: the spec may be half-saved, or wrong until the next save. The
                  // real rebuild reports whatever is wrong; the warm-up goes on after it.
                  if (!awaitRebuildAfter(seen, end)) {
                    return;
                  }
                }
              }
            },
            "briefing-watch-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  /** Waits for a rebuild after {@code seen}; false once closed or past {@code end}. */
  private boolean awaitRebuildAfter(long seen, long end) {
    synchronized (lock) {
      try {
        while (version <= seen && !stopWarmUp) {
          long left = end - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          lock.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
        }
      } catch (InterruptedException e) {
        return false;
      }
    }
    return !stopWarmUp;
  }

  /** Waits while a rebuild runs; false once closed. */
  private boolean awaitIdle() {
    try {
      while (rebuilding && !stopWarmUp) {
        Thread.sleep(5);
      }
    } catch (InterruptedException e) {
      return false;
    }
    return !stopWarmUp;
  }

  /** Whether the warm-up is rendering now (tests). */
  boolean warmUpRendering() {
    return warmUpRendering;
  }

  /** Warm-up renders that gave way to a rebuild so far (tests). */
  int warmUpsStopped() {
    return warmUpsStopped.get();
  }

  /** Throwaway builds the background warm-up has finished so far. */
  int warmUpBuilds() {
    return warmUpBuilds.get();
  }

  /**
   * Reads the corpus and the spec afresh, renders every format and writes the files. Never throws:
   * a problem is printed and shown on the page, and the last good files stay.
   */
  void rebuild() {
    commit(build());
  }

  /** What one build made: its files (not written yet), its page, and what it found wrong. */
  private record Built(
      long started,
      Map<Path, byte[]> outputs,
      byte[] html,
      Document document,
      List<String> warnings,
      List<String> problems) {}

  /** Reads the corpus and the spec afresh and renders every format into memory. Never throws. */
  private Built build() {
    long start = System.nanoTime();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    byte[] html = null;
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    Document document = null;
    try {
      if (corpora == null || corpusChanged) {
        corpora = new Corpora(corpusDir);
        corpusChanged = false;
      }
      inputs = specChain(specPath);
      watchFoldersOf(inputs);
      Corpora.Loaded corpus = corpora.forSpec(specFile);
      BriefingSpec spec = SpecReader.of(corpus.corpus()).withFormats(List.of()).read(specFile);
      Assembly assembly = Assembler.of(corpus.corpus()).assemble(spec);
      assembly.warnings().forEach(w -> warnings.add(w.format()));
      document = assembly.document();
      if (spec.organisation().flatMap(o -> o.logo()).isPresent()) {
        Path logo = spec.organisation().get().logo().get();
        Set<Path> withLogo = new LinkedHashSet<>(inputs);
        withLogo.add(logo.toAbsolutePath().normalize());
        inputs = Set.copyOf(withLogo);
        watchFoldersOf(inputs);
        SourcePosition logoAt =
            spec.organisation().get().logoPositionOr(SourcePosition.file(specFile.toString()));
        byte[] logoBytes = SpecReader.readLogo(logo, logoAt);
        String type =
            org.briefing.files.ImageHeader.of(logoBytes)
                .map(org.briefing.files.ImageHeader::mediaType)
                .orElseThrow();
        document =
            Assembler.withLogo(
                document, new Branding.Logo(logoBytes, type, java.util.Optional.of(logoAt)));
      }
      SourcePosition at = SourcePosition.file(specFile.toString());
      for (Map.Entry<String, Renderer> e : renderers.entrySet()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path target;
        try {
          target = folder.resolve(spec.name(), e.getValue().extension());
          e.getValue().render(document, bytes);
        } catch (UnsupportedContentException | IllegalArgumentException ex) {
          throw new InvalidInputException(BriefingBuild.cannotWrite(e.getKey(), ex, at));
        }
        outputs.put(target, bytes.toByteArray());
        if (e.getKey().equals("html")) {
          html = bytes.toByteArray();
        }
      }
    } catch (InvalidInputException e) {
      e.diagnostics().forEach(d -> problems.add(d.format()));
    } catch (IOException e) {
      // Not a crash: the process keeps watching, and the next save may fix it. The file and the
      // reason, as a build's message gives them: no exception's class name.
      String file =
          e instanceof FileSystemException f && f.getFile() != null
              ? BuildCommand.display(Path.of(f.getFile()))
              : BuildCommand.display(specFile);
      String reason =
          e instanceof FileSystemException f
                  && !(e instanceof NoSuchFileException)
                  && !(e instanceof AccessDeniedException)
                  && f.getReason() != null
              ? f.getReason()
              : BoundedFiles.reason(e);
      problems.add(
          Diagnostic.error(
                  SourcePosition.file(file),
                  "cannot read: " + reason,
                  "the last good files stay; save again once it can be read")
              .format());
    } catch (RuntimeException e) {
      // Not a crash either: a bug, named as such; the process keeps watching.
      problems.add("briefing: internal error: " + e);
    }
    return new Built(start, outputs, html, document, warnings, problems);
  }

  /**
   * Writes a build's files, prints what it did and shows it on the page. Never throws: a problem is
   * printed and shown on the page, and the last good files stay.
   */
  private void commit(Built built) {
    List<String> problems = new ArrayList<>(built.problems());
    List<Path> written = new ArrayList<>();
    built.warnings().forEach(err::println);
    if (problems.isEmpty()) {
      Path target = null;
      try {
        for (Map.Entry<Path, byte[]> o : built.outputs().entrySet()) {
          target = o.getKey();
          AtomicFiles.write(target, o.getValue());
          written.add(Path.of(BuildCommand.display(target)));
        }
        lastDocument = built.document();
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(d -> problems.add(d.format()));
      } catch (IOException e) {
        // The file and the reason, as a build's message gives them: no exception's class name.
        AtomicFiles.WriteFailure f = AtomicFiles.failure(target, e);
        problems.add(
            Diagnostic.error(
                    SourcePosition.file(BuildCommand.display(Path.of(f.getFile()))),
                    "cannot write: " + f.getReason(),
                    "check that the folder exists and is writable")
                .format());
      } catch (RuntimeException e) {
        problems.add("briefing: internal error: " + e);
      }
    }
    long millis = (System.nanoTime() - built.started()) / 1_000_000;
    // Printed before the new version is announced, so that whoever sees the version (the page's
    // live reload, a test) also finds the build's messages in the terminal.
    if (problems.isEmpty()) {
      out.println(
          Diagnostic.printable(
              "briefing: rebuilt in "
                  + millis
                  + " ms → "
                  + String.join(", ", written.stream().map(Path::toString).toList())));
      out.flush();
    } else {
      problems.forEach(err::println);
      err.println("briefing: not rebuilt (" + millis + " ms); the last good files stay");
      err.flush();
    }
    synchronized (lock) {
      version++;
      errors = List.copyOf(problems);
      if (problems.isEmpty() && built.html() != null) {
        page = built.html();
      }
      lock.notifyAll();
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String origin = ex.getRequestHeaders().getFirst("Origin");
      if (!isOwnHost(ex.getRequestHeaders().getFirst("Host"))) {
        // DNS rebinding: a web page whose name was made to point to 127.0.0.1 would read the
        // briefing; its requests name that page's host, never this one.
        send(
            ex,
            421,
            "text/plain; charset=utf-8",
            ("served only as " + url()).getBytes(StandardCharsets.UTF_8));
      } else if (origin != null && ownHost(origin) == null) {
        // A request another page's script sends here (the live reload's come from this page).
        send(
            ex,
            403,
            "text/plain; charset=utf-8",
            "not for other origins".getBytes(StandardCharsets.UTF_8));
      } else if (!ex.getRequestMethod().equals("GET")) {
        send(ex, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/")) {
        send(ex, 200, "text/html; charset=utf-8", page());
      } else if (path.equals("/version")) {
        long since = parseSince(ex.getRequestURI().getQuery());
        send(
            ex,
            200,
            "text/plain; charset=utf-8",
            Long.toString(awaitVersionAfter(since)).getBytes(StandardCharsets.UTF_8));
      } else {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** The names this server answers to: 127.0.0.1, localhost and [::1], with its port. */
  private boolean isOwnHost(String host) {
    return host != null && ownHost("http://" + host) != null;
  }

  /**
   * The host part of an origin ({@code http://host:port}) when it names this server, else null. The
   * port may be left out only when it is 80.
   */
  private String ownHost(String origin) {
    if (!origin.regionMatches(true, 0, "http://", 0, 7)) {
      return null;
    }
    String host = origin.substring(7);
    int port = server.getAddress().getPort();
    for (String name : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
      if (host.equalsIgnoreCase(name + ":" + port) || (port == 80 && host.equalsIgnoreCase(name))) {
        return host;
      }
    }
    return null;
  }

  private static long parseSince(String query) {
    if (query != null && query.startsWith("since=")) {
      try {
        return Long.parseLong(query.substring("since=".length()));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  /** Blocks until a build newer than {@code since} (or a poll timeout); returns the version. */
  private long awaitVersionAfter(long since) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(POLL_SECONDS);
    synchronized (lock) {
      while (version <= since && !closed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return version;
    }
  }

  /** The page served: the latest HTML, or the errors, with the live-reload script. */
  byte[] page() {
    long v;
    byte[] html;
    List<String> errs;
    synchronized (lock) {
      v = version;
      html = page;
      errs = errors;
    }
    String script =
        "<script>(function(){var v="
            + v
            + ";function poll(){fetch('/version?since='+v).then(function(r){return r.text();})"
            + ".then(function(t){if(+t>v){location.reload();}else{poll();}})"
            + ".catch(function(){setTimeout(poll,1000);});}poll();})();</script>";
    StringBuilder banner = new StringBuilder();
    if (!errs.isEmpty()) {
      banner.append(
          "<div id=\"briefing-watch-errors\" role=\"alert\" style=\"position:sticky;top:0;"
              + "z-index:9999;background:#fff0f0;color:#600;border:2px solid #a00;"
              + "padding:1em;font:14px/1.4 monospace;white-space:pre-wrap\">");
      banner.append("<strong>Not rebuilt: the last good version is shown.</strong>\n");
      for (String e : errs) {
        banner.append(escape(e)).append('\n');
      }
      banner.append("</div>");
    }
    if (html == null) {
      return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>briefing watch</title>"
              + "</head><body>"
              + banner
              + script
              + "</body></html>")
          .getBytes(StandardCharsets.UTF_8);
    }
    String doc = new String(html, StandardCharsets.UTF_8);
    int body = doc.indexOf("<body");
    int bodyEnd = body < 0 ? -1 : doc.indexOf('>', body);
    String withBanner =
        bodyEnd < 0
            ? banner + doc
            : doc.substring(0, bodyEnd + 1) + banner + doc.substring(bodyEnd + 1);
    int close = withBanner.lastIndexOf("</body>");
    String result =
        close < 0
            ? withBanner + script
            : withBanner.substring(0, close) + script + withBanner.substring(close);
    return result.getBytes(StandardCharsets.UTF_8);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopWarmUp = true;
    synchronized (lock) {
      lock.notifyAll();
    }
    if (server != null) {
      server.stop(0);
      pool.shutdownNow();
    }
    try {
      watch.close();
    } catch (IOException e) {
      // closing: nothing left to do
    }
  }
}
