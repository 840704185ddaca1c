package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a batch build with SIGKILL at random moments (while rendering, while writing, at the
 * renames) and checks that every output is then the old file or the new one, byte for byte, and
 * that the next build leaves no temporary file behind.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class KillTest {
  private static final List<String> NAMES = List.of("a", "b", "c", "d");
  private static final int ROUNDS = Integer.getInteger("kill.rounds", 6);

  @Test
  void everyOutputIsOldOrNewAfterAKill(@TempDir Path tmp) throws Exception {
    Path specs = Files.createDirectories(tmp.resolve("specs"));
    Map<String, byte[]> before = oldAndNew(tmp, specs, "Old");
    Map<String, byte[]> after = oldAndNew(tmp, specs, "New");
    assertThat(before.keySet()).hasSize(8).isEqualTo(after.keySet());

    Random random = new Random(Long.getLong("kill.seed", System.nanoTime()));
    Path out = tmp.resolve("out");
    for (int round = 0; round < ROUNDS; round++) {
      copy(tmp.resolve("old"), out);
      Process p = startBuild(tmp, specs, out);
      Thread.sleep(300 + random.nextInt(4000));
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      for (Map.Entry<String, byte[]> e : contents(out).entrySet()) {
        String name = e.getKey();
        if (name.startsWith(".")) {
          continue; // a temporary file the kill left; checked after the next build
        }
        assertThat(
                Arrays.equals(e.getValue(), before.get(name))
                    || Arrays.equals(e.getValue(), after.get(name)))
            .as("round %d: %s is neither the old nor the new file", round, name)
            .isTrue();
      }
      CliRun next = CliRun.of("build", specs.toString(), "-f", "md,html", "-o", out.toString());
      assertThat(next.status()).as(next.toString()).isZero();
      Map<String, byte[]> now = contents(out);
      assertThat(now.keySet())
          .as("no temporary file after the next build")
          .isEqualTo(after.keySet());
      for (String name : after.keySet()) {
        assertThat(now.get(name)).isEqualTo(after.get(name));
      }
    }
  }

  /**
   * A kill -9 exactly between two renames of one briefing's set (held there by the test hook of
   * {@link AtomicFiles}): each output is the old file or the new one, byte for byte, the kill left
   * temporary files, and the next build removes them all.
   */
  @Test
  void aKillBetweenTwoRenamesOfASetLeavesOldOrNewFiles(@TempDir Path tmp) throws Exception {
    Path specs = Files.createDirectories(tmp.resolve("specs"));
    Map<String, byte[]> before = oldAndNew(tmp, specs, "Old");
    Map<String, byte[]> after = oldAndNew(tmp, specs, "New");
    for (String name : before.keySet()) {
      assertThat(before.get(name)).as(name).isNotEqualTo(after.get(name));
    }

    Path out = tmp.resolve("out");
    copy(tmp.resolve("old"), out);
    Path marker = tmp.resolve("paused");
    Process p = startBuild(tmp, specs, out, "-D" + AtomicFiles.PAUSE_PROPERTY + "=" + marker);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!Files.exists(marker) && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(Files.exists(marker))
          .as(
              "the build paused between two renames: %s",
              Files.readString(tmp.resolve("child.log")))
          .isTrue();
    } finally {
      p.destroyForcibly(); // SIGKILL on Linux and macOS
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    Map<String, byte[]> killed = contents(out);
    int replaced = 0;
    int temporary = 0;
    for (Map.Entry<String, byte[]> e : killed.entrySet()) {
      String name = e.getKey();
      if (name.startsWith(".")) {
        temporary++;
        continue;
      }
      boolean isOld = Arrays.equals(e.getValue(), before.get(name));
      boolean isNew = Arrays.equals(e.getValue(), after.get(name));
      assertThat(isOld || isNew).as("%s is neither the old nor the new file", name).isTrue();
      replaced += isNew ? 1 : 0;
    }
    assertThat(killed.keySet()).containsAll(before.keySet());
    assertThat(replaced)
        .as("the kill landed after the first rename of a set, before the second")
        .isEqualTo(1);
    assertThat(temporary).as("the kill left the set's temporary files").isPositive();

    CliRun next = CliRun.of("build", specs.toString(), "-f", "md,html", "-o", out.toString());
    assertThat(next.status()).as(next.toString()).isZero();
    Map<String, byte[]> now = contents(out);
    assertThat(now.keySet()).as("no temporary file after the next build").isEqualTo(after.keySet());
    for (String name : after.keySet()) {
      assertThat(now.get(name)).as(name).isEqualTo(after.get(name));
    }
  }

  /** Starts {@code build specs -f md,html -o out} in a new JVM with {@code jvmOptions}. */
  private static Process startBuild(Path tmp, Path specs, Path out, String... jvmOptions)
      throws IOException {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "build",
            specs.toString(),
            "-f",
            "md,html",
            "-o",
            out.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile())
        .start();
  }

  /** Writes the specs with {@code title} and builds them into {@code tmp/<title>}: the outputs. */
  private static Map<String, byte[]> oldAndNew(Path tmp, Path specs, String title)
      throws IOException {
    writeSpecs(specs, title);
    Path dir = tmp.resolve(title.toLowerCase(java.util.Locale.ROOT));
    CliRun r = CliRun.of("build", specs.toString(), "-f", "md,html", "-o", dir.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    return contents(dir);
  }

  private static void writeSpecs(Path dir, String title) throws IOException {
    for (String n : NAMES) {
      Files.writeString(
          dir.resolve(n + ".yaml"),
          "title: " + title + " " + n + "\nsections: [abstract, key-points, references]\n");
    }
  }

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> m = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return m;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        m.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return m;
  }

  private static void copy(Path from, Path to) throws IOException {
    if (Files.isDirectory(to)) {
      HostileInputTest.deleteTree(to);
    }
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }
}
