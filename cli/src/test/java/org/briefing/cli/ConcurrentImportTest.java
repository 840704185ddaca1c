package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code xliff import}s into one corpus at the same moment, each editing a different unit,
 * repeated: afterwards both edits are in pl.yaml, or one import was refused with a clear message
 * (exit 2). An import that reports success and whose unit is then missing is a silent loss.
 */
class ConcurrentImportTest {
  private static final String FIRST = "section.introduction.title";
  private static final String SECOND = "section.conclusions.title";
  private static final int THREAD_ROUNDS = Integer.getInteger("import.race.rounds", 10);
  private static final int PROCESS_ROUNDS = Integer.getInteger("import.race.processRounds", 4);

  @Test
  void twoThreadsImportingAtOnceLoseNoUnit(@TempDir Path tmp) throws Exception {
    Path corpus = CliTest.copyCorpus(tmp);
    String xliff = export(tmp, corpus);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < THREAD_ROUNDS; round++) {
        Path a = only(tmp, xliff, FIRST, "Wprowadzenie A" + round);
        Path b = only(tmp, xliff, SECOND, "Wnioski B" + round);
        CountDownLatch start = new CountDownLatch(1);
        Future<CliRun> fa = pool.submit(() -> importAfter(start, a, corpus));
        Future<CliRun> fb = pool.submit(() -> importAfter(start, b, corpus));
        start.countDown();
        check(
            round,
            corpus,
            fa.get(120, TimeUnit.SECONDS),
            "Wprowadzenie A" + round,
            fb.get(120, TimeUnit.SECONDS),
            "Wnioski B" + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoProcessesImportingAtOnceLoseNoUnit(@TempDir Path tmp) throws Exception {
    Path corpus = CliTest.copyCorpus(tmp);
    String xliff = export(tmp, corpus);
    for (int round = 0; round < PROCESS_ROUNDS; round++) {
      Path a = only(tmp, xliff, FIRST, "Wprowadzenie P" + round);
      Path b = only(tmp, xliff, SECOND, "Wnioski Q" + round);
      Process pa = start(tmp, "a", a, corpus);
      Process pb = start(tmp, "b", b, corpus);
      check(
          round,
          corpus,
          finish(tmp, "a", pa),
          "Wprowadzenie P" + round,
          finish(tmp, "b", pb),
          "Wnioski Q" + round);
    }
  }

  private static void check(int round, Path corpus, CliRun a, String aText, CliRun b, String bText)
      throws IOException {
    String pl = Files.readString(corpus.resolve("translations/pl.yaml"), StandardCharsets.UTF_8);
    for (CliRun r : List.of(a, b)) {
      assertThat(r.status()).as("round %d: %s", round, r).isIn(0, 2);
      if (r.status() == 2) {
        assertThat(r.err()).as("round %d: a refusal says why", round).contains("pl.yaml");
      }
    }
    assertThat(a.status() == 0 || b.status() == 0)
        .as("round %d: at most one import refused\n%s\n%s", round, a, b)
        .isTrue();
    if (a.status() == 0) {
      assertThat(pl).as("round %d: the first import's unit\n%s", round, a).contains(aText);
    }
    if (b.status() == 0) {
      assertThat(pl).as("round %d: the second import's unit\n%s", round, b).contains(bText);
    }
    assertThat(CliRun.of("validate", corpus.toString()).status())
        .as("round %d: the merged corpus is valid", round)
        .isZero();
  }

  private static CliRun importAfter(CountDownLatch start, Path file, Path corpus)
      throws InterruptedException {
    start.await();
    return CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());
  }

  private static Process start(Path tmp, String name, Path file, Path corpus) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "xliff",
            "import",
            file.toString(),
            "--corpus",
            corpus.toString())
        .redirectOutput(tmp.resolve(name + ".out").toFile())
        .redirectError(tmp.resolve(name + ".err").toFile())
        .start();
  }

  private static CliRun finish(Path tmp, String name, Process p) throws Exception {
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("import %s ends", name).isTrue();
    byte[] out = Files.readAllBytes(tmp.resolve(name + ".out"));
    return new CliRun(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        Files.readString(tmp.resolve(name + ".err"), StandardCharsets.UTF_8),
        out);
  }

  private static String export(Path tmp, Path corpus) throws IOException {
    Path file = tmp.resolve("all.xlf");
    CliRun r = CliRun.of("xliff", "export", "-o", file.toString(), "--corpus", corpus.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The exported XLIFF with only the unit {@code id} left, its target set to {@code text}. */
  private static Path only(Path tmp, String xliff, String id, String text) throws IOException {
    Matcher units =
        Pattern.compile("(?s)[ \\t]*<unit id=\"([^\"]*)\">.*?</unit>\\n?").matcher(xliff);
    StringBuilder kept = new StringBuilder();
    List<String> found = new ArrayList<>();
    while (units.find()) {
      found.add(units.group(1));
      String unit = units.group();
      if (units.group(1).equals(id)) {
        unit = unit.replaceFirst("<target>[^<]*</target>", "<target>" + text + "</target>");
        assertThat(unit).contains(text);
      } else {
        unit = "";
      }
      units.appendReplacement(kept, Matcher.quoteReplacement(unit));
    }
    units.appendTail(kept);
    assertThat(found).contains(id);
    Path file = tmp.resolve(id + ".xlf");
    Files.writeString(file, kept.toString(), StandardCharsets.UTF_8);
    return file;
  }
}
