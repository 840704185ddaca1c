package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.diagnostics.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing watch}: rebuilds on change, serves the page with live reload, never crashes. */
class WatchTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @Timeout(120)
  void rebuildsOnEverySaveServesThePageAndShowsACorpusErrorWithoutStopping(@TempDir Path tmp)
      throws Exception {
    Path src = tmp.resolve("src");
    CliRun.copyTree(CliRun.repo().resolve("briefings/corpus"), src.resolve("corpus"));
    Path spec = src.resolve("note.yaml");
    Files.writeString(
        spec,
        "title: First title\naudience: Test desk\nlanguage: en\nsections:\n  - executive-summary\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    StringWriter so = new StringWriter();
    StringWriter se = new StringWriter();
    PrintWriter o = new PrintWriter(so, true);
    PrintWriter e = new PrintWriter(se, true);

    try (Watcher w = Watcher.start(spec, null, out, List.of("html", "pdf"), 0, o, e)) {
      Thread loop = startLoop(w);

      assertThat(se.toString()).isEmpty();
      assertThat(get(w.url())).contains("First title").contains("var v=1;");
      Path pdf = out.resolve("note.pdf");
      assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
      FileTime firstPdf = Files.getLastModifiedTime(pdf);
      // The file on disk is the renderer's, without the live-reload script.
      assertThat(Files.readString(out.resolve("note.html"))).doesNotContain("/version?since=");

      // A save of the spec: a new build, the long poll answers, the PDF is rewritten.
      Files.writeString(spec, Files.readString(spec).replace("First title", "Second title"));
      long v = awaitVersion(w, 2);
      assertThat(get(w.url())).contains("Second title").doesNotContain("First title");
      assertThat(Files.getLastModifiedTime(pdf)).isNotEqualTo(firstPdf);
      assertThat(so.toString()).contains("rebuilt in");

      // A broken corpus: shown in the terminal and on the page, the last good page stays.
      Path article = src.resolve("corpus/article.yaml");
      String good = Files.readString(article);
      Files.writeString(article, good + "\nthis is: [not closed\n");
      awaitVersion(w, v + 1);
      String page = get(w.url());
      assertThat(page).contains("briefing-watch-errors").contains("article.yaml:");
      assertThat(page).contains("Second title");
      assertThat(se.toString()).contains("article.yaml:").contains("not rebuilt");
      assertThat(loop.isAlive()).isTrue();

      // Fixed again: the error is gone.
      long before = w.version();
      Files.writeString(article, good);
      awaitVersion(w, before + 1);
      assertThat(get(w.url())).doesNotContain("briefing-watch-errors").contains("Second title");
    }
  }

  @Test
  @Timeout(120)
  void thePageIsServedOnlyToRequestsForTheLoopbackAddressAndItsOwnOrigin(@TempDir Path tmp)
      throws Exception {
    Path src = tmp.resolve("src");
    CliRun.copyTree(CliRun.repo().resolve("briefings/corpus"), src.resolve("corpus"));
    Path spec = src.resolve("note.yaml");
    Files.writeString(
        spec, "title: Secret note\nmarking: TLP:RED\nsections:\n  - executive-summary\n");
    PrintWriter sink = new PrintWriter(new StringWriter(), true);
    try (Watcher w =
        Watcher.start(spec, null, tmp.resolve("out"), List.of("html"), 0, sink, sink)) {
      int port = w.url().getPort();
      for (String host :
          new String[] {
            "127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port, "LocalHost:" + port
          }) {
        assertThat(raw(port, "/", "Host: " + host))
            .as(host)
            .startsWith("HTTP/1.1 200")
            .contains("Secret note");
      }
      // DNS rebinding: a page of evil.example whose name now points to 127.0.0.1.
      for (String host :
          new String[] {
            "evil.example",
            "evil.example:" + port,
            "127.0.0.1",
            "127.0.0.1:1",
            "localhost.evil.example:" + port
          }) {
        String answer = raw(port, "/", "Host: " + host);
        assertThat(answer).as(host).startsWith("HTTP/1.1 421").doesNotContain("Secret note");
        assertThat(raw(port, "/version?since=0", "Host: " + host))
            .as(host)
            .startsWith("HTTP/1.1 421");
      }
      assertThat(raw(port, "/", (String) null)).startsWith("HTTP/1.1 421");
      // The live reload's requests come from the page itself; another origin gets nothing.
      String self = "Host: 127.0.0.1:" + port;
      assertThat(raw(port, "/version?since=0", self, "Origin: http://127.0.0.1:" + port))
          .startsWith("HTTP/1.1 200");
      for (String origin :
          new String[] {"http://evil.example", "null", "http://127.0.0.1:" + (port == 1 ? 2 : 1)}) {
        assertThat(raw(port, "/version?since=0", self, "Origin: " + origin))
            .as(origin)
            .startsWith("HTTP/1.1 403");
        assertThat(raw(port, "/", self, "Origin: " + origin))
            .as(origin)
            .startsWith("HTTP/1.1 403")
            .doesNotContain("Secret note");
      }
    }
  }

  /** A GET request written by hand, with exactly the headers given (HttpClient sets Host). */
  private static String raw(int port, String path, String... headers) throws IOException {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      StringBuilder req = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
      for (String h : headers) {
        if (h != null) {
          req.append(h).append("\r\n");
        }
      }
      req.append("Connection: close\r\n\r\n");
      s.getOutputStream().write(req.toString().getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void errorsOnThePageAreEscaped() {
    assertThat(Watcher.escape("<script>&\"'")).isEqualTo("&lt;script&gt;&amp;&quot;&#39;");
  }

  @Test
  void aMissingSpecIsBadInput(@TempDir Path tmp) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    assertThatThrownBy(
            () ->
                Watcher.start(tmp.resolve("nope.yaml"), null, tmp, List.of("html"), -1, sink, sink))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nope.yaml:1:1: error: no spec file here: no such file or folder");
  }

  @Test
  @Timeout(120)
  void reactsOnlyToTheSpecTheSpecsItExtendsAndItsCorpus(@TempDir Path tmp) throws Exception {
    Path src = tmp.resolve("src");
    CliRun.copyTree(CliRun.repo().resolve("briefings/corpus"), src.resolve("corpus"));
    Path base = Files.createDirectories(src.resolve("bases")).resolve("base.yaml");
    Files.writeString(base, "audience: Test desk\nlanguage: en\n", StandardCharsets.UTF_8);
    Path spec = src.resolve("note.yaml");
    Files.writeString(
        spec,
        "extends: bases/base.yaml\ntitle: A note\nsections:\n  - executive-summary\n",
        StandardCharsets.UTF_8);
    assertThat(Watcher.specChain(spec))
        .containsExactlyInAnyOrder(
            spec.toAbsolutePath().normalize(), base.toAbsolutePath().normalize());
    PrintWriter sink = new PrintWriter(new StringWriter(), true);

    try (Watcher w = Watcher.start(spec, null, tmp.resolve("out"), List.of("md"), -1, sink, sink)) {
      startLoop(w);
      assertThat(w.version()).isEqualTo(1);

      // Files the build does not read, beside the spec and beside the base: no rebuild.
      Files.writeString(src.resolve("watch.log"), "a log line\n");
      Files.writeString(src.resolve("other.yaml"), "title: Another spec\n");
      Files.writeString(base.resolveSibling("notes.txt"), "notes\n");
      Thread.sleep(1500);
      assertThat(w.version()).as("rebuilt for a file the build does not read").isEqualTo(1);

      // The spec it extends, and a corpus file: one rebuild each.
      Files.writeString(base, "audience: Another desk\nlanguage: en\n", StandardCharsets.UTF_8);
      long v = awaitVersion(w, 2);
      Path article = src.resolve("corpus/article.yaml");
      Files.writeString(article, Files.readString(article) + "\n# touched\n");
      awaitVersion(w, v + 1);
    }
  }

  @Test
  @Timeout(120)
  void warmUpBuildsInTheBackgroundWritesNothingAndStopsAtClose(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(
        spec,
        "title: A note\naudience: Test desk\nlanguage: en\nsections:\n  - executive-summary\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    StringWriter so = new StringWriter();
    StringWriter se = new StringWriter();
    PrintWriter o = new PrintWriter(so, true);
    PrintWriter e = new PrintWriter(se, true);
    try (Watcher w = Watcher.start(spec, null, out, List.of("md", "html"), -1, o, e)) {
      FileTime md = Files.getLastModifiedTime(out.resolve("note.md"));
      String printed = so.toString();
      // Without limits of count or time here: only close() stops it.
      w.warmUpInBackground(Integer.MAX_VALUE, 120_000);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (w.warmUpBuilds() < 2) {
        assertThat(System.nanoTime()).as("no warm-up build").isLessThan(deadline);
        Thread.sleep(10);
      }
      // Throwaway builds: no file written or rewritten, nothing printed, no version counted.
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("note.md", "note.html");
      }
      assertThat(Files.getLastModifiedTime(out.resolve("note.md"))).isEqualTo(md);
      assertThat(w.version()).isEqualTo(1);

      startLoop(w);
      Files.writeString(spec, Files.readString(spec).replace("A note", "A changed note"));
      awaitVersion(w, 2);
      assertThat(Files.readString(out.resolve("note.md"))).contains("A changed note");
      assertThat(so.toString()).startsWith(printed);
      assertThat(se.toString()).isEmpty();
      int before = w.warmUpBuilds();
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (w.warmUpBuilds() <= before) {
        assertThat(System.nanoTime()).as("the warm-up goes on between saves").isLessThan(until);
        Thread.sleep(10);
      }
      w.close();
      // At most the build under way at close finishes after it.
      int after = w.warmUpBuilds();
      Thread.sleep(500);
      assertThat(w.warmUpBuilds()).isLessThanOrEqualTo(after + 1);
    }
  }

  /**
   * A save's rebuild does not share the cores with a warm-up render to its end: the render under
   * way gives way at once, and the rebuild's file is written as usual.
   */
  @Test
  @Timeout(180)
  void aWarmUpRenderGivesWayToASavesRebuild(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("article.yaml");
    Files.copy(CliRun.repo().resolve("briefings/full-article.yaml"), spec);
    Path out = tmp.resolve("out");
    StringWriter se = new StringWriter();
    try (Watcher w =
        Watcher.start(
            spec,
            CliRun.repo().resolve("briefings/corpus"),
            out,
            List.of("pdf"),
            -1,
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(se, true))) {
      startLoop(w);
      w.warmUpInBackground(Integer.MAX_VALUE, 120_000);
      // Saves made while a warm-up render is under way (a full article's PDF: long enough that the
      // save's first event comes before it ends); a few, in case one comes just as it ends.
      for (int save = 1; save <= 5 && w.warmUpsStopped() == 0; save++) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!w.warmUpRendering()) {
          assertThat(System.nanoTime()).as("no warm-up render").isLessThan(deadline);
          Thread.sleep(1);
        }
        Files.writeString(spec, Files.readString(spec) + "\n# edit " + save + "\n");
        awaitVersion(w, save + 1);
      }
      assertThat(w.warmUpsStopped()).isPositive();
      assertThat(se.toString()).isEmpty();
      assertThat(out.resolve("article.pdf")).isNotEmptyFile();
    }
  }

  @Test
  @Timeout(120)
  void warmUpWaitsOutABrokenSaveAndGoesOnAfterTheFix(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(spec, NOTE, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    StringWriter se = new StringWriter();
    try (Watcher w = markdownWatcher(spec, out, new StringWriter(), se)) {
      startLoop(w);
      w.warmUpInBackground(Integer.MAX_VALUE, 120_000);
      awaitWarmUpBuilds(w, 1);

      // A save that breaks the spec, as a half-written file does: the rebuild reports it, and the
      // warm-up, which reads the same spec, makes no build until the next save.
      Files.writeString(spec, "title: [unclosed\n", StandardCharsets.UTF_8);
      awaitVersion(w, 2);
      assertThat(se.toString()).contains("note.yaml:");
      Thread.sleep(300);
      int stalled = w.warmUpBuilds();
      Thread.sleep(700);
      assertThat(w.warmUpBuilds()).as("warm-up builds of a broken spec").isEqualTo(stalled);

      // The fix: the warm-up goes on instead of having stopped for good at the broken save.
      Files.writeString(spec, NOTE.replace("A note", "A fixed note"), StandardCharsets.UTF_8);
      awaitVersion(w, 3);
      awaitWarmUpBuilds(w, stalled + 1);
      assertThat(Files.readString(out.resolve("note.md"))).contains("A fixed note");
    }
  }

  @Test
  @Timeout(120)
  void aBuildOfAHalfSavedSpecIsThrownAwayWhenTheSaveGoesOn(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(spec, NOTE, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    StringWriter so = new StringWriter();
    StringWriter se = new StringWriter();
    try (Watcher w = markdownWatcher(spec, out, so, se)) {
      // One save in two steps 0.5 s apart, inside a 3 s settle time: the build started at the
      // first step reads a broken spec, and must be neither written nor printed.
      w.settleMillis = 3000;
      startLoop(w);
      String printed = so.toString();
      Files.writeString(spec, "title: [unclosed\n", StandardCharsets.UTF_8);
      Thread.sleep(500);
      Files.writeString(spec, NOTE.replace("A note", "A saved note"), StandardCharsets.UTF_8);
      awaitVersion(w, 2);
      Thread.sleep(3500);
      assertThat(w.version()).as("builds shown for one save").isEqualTo(2);
      assertThat(se.toString()).isEmpty();
      assertThat(so.toString().substring(printed.length())).containsOnlyOnce("rebuilt in");
      assertThat(Files.readString(out.resolve("note.md"))).contains("A saved note");
    }
  }

  @Test
  @Timeout(120)
  void aRebuildThatCannotBeWrittenNamesTheFileAndTheReason(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(spec, NOTE, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    StringWriter se = new StringWriter();
    try (Watcher w = markdownWatcher(spec, out, new StringWriter(), se)) {
      startLoop(w);
      Files.delete(out.resolve("note.md"));
      Files.createDirectories(out.resolve("note.md"));
      Files.writeString(spec, NOTE.replace("A note", "A changed note"), StandardCharsets.UTF_8);
      awaitVersion(w, 2);

      assertThat(se.toString())
          .contains(
              out.resolve("note.md")
                  + ":1:1: error: cannot write: it is a folder, not a regular file")
          .contains("not rebuilt")
          .doesNotContain("WriteFailure")
          .doesNotContain("org.briefing");
    }
  }

  @Test
  @Timeout(60)
  void aCorpusFolderThatIsTheRootIsReportedNotWalkedIntoProc(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(spec, NOTE, StandardCharsets.UTF_8);
    StringWriter se = new StringWriter();
    try (Watcher w =
        Watcher.start(
            spec,
            Path.of("/"),
            tmp.resolve("out"),
            List.of("md"),
            -1,
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(se, true))) {
      assertThat(se.toString())
          .contains("/article.yaml:1:1: error: the corpus file is missing")
          .doesNotContain("/proc");
    }
  }

  private static void awaitWarmUpBuilds(Watcher w, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (w.warmUpBuilds() < atLeast) {
      assertThat(System.nanoTime()).as("no warm-up build").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static final String NOTE =
      "title: A note\naudience: Test desk\nlanguage: en\nsections:\n  - executive-summary\n";

  /** A watcher of {@code spec} writing Markdown into {@code out}, printing into the two. */
  private static Watcher markdownWatcher(Path spec, Path out, StringWriter so, StringWriter se)
      throws IOException {
    return Watcher.start(
        spec, null, out, List.of("md"), -1, new PrintWriter(so, true), new PrintWriter(se, true));
  }

  /** Runs the watcher's loop on a daemon thread. */
  private static Thread startLoop(Watcher w) {
    Thread loop = new Thread(() -> runLoop(w), "watch-loop");
    loop.setDaemon(true);
    loop.start();
    return loop;
  }

  private static void runLoop(Watcher w) {
    try {
      w.loop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long awaitVersion(Watcher w, long atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (w.version() < atLeast) {
      assertThat(System.nanoTime()).as("no rebuild after the change").isLessThan(deadline);
      Thread.sleep(20);
    }
    return w.version();
  }

  private String get(URI uri) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
