package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build DIR -j N}: a batch built on several threads gives the same files, byte for byte, and
 * the same messages in the same order as on one thread, with a bad spec, a spec with a warning and
 * two specs that collide in the middle of it.
 */
class ParallelBuildTest {

  private static void writeBatch(Path dir) throws IOException {
    Files.createDirectories(dir);
    int notes = 6;
    for (int i = 0; i < notes; i++) {
      Files.writeString(
          dir.resolve("n" + i + ".yaml"),
          "title: Note "
              + i
              + "\nsections: [executive-summary, {type: key-points, limit: 3}]\n"
              + (i % 2 == 0 ? "formats: [pdf, html]\n" : "formats: [md, html]\n"));
    }
    // A bad spec, a spec over its budget (a warning), and a later spec colliding with an earlier.
    Files.writeString(dir.resolve("n2b.yaml"), "title: Bad\nsections: [no-such-kind]\n");
    Files.writeString(
        dir.resolve("n3b.yaml"),
        "title: Long\nmax-words: 10\nsections: [abstract]\nformats: [md]\n");
    Files.writeString(
        dir.resolve("n4b.yaml"), "title: Again\noutput: n1\nsections: [abstract]\nformats: [md]\n");
  }

  private static Map<String, byte[]> files(Path out) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(out)) {
      for (Path p : s.toList()) {
        m.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return m;
  }

  @Test
  void aBatchOnThreeThreadsEqualsTheBatchOnOne(@TempDir Path tmp) throws IOException {
    Path specs = tmp.resolve("specs");
    writeBatch(specs);

    CliRun one = CliRun.of("build", specs.toString(), "-j", "1", "-o", tmp.resolve("a").toString());
    CliRun three =
        CliRun.of("build", specs.toString(), "-j", "3", "-o", tmp.resolve("b").toString());

    assertThat(one.status()).as(one.toString()).isEqualTo(2);
    assertThat(one.err())
        .as(one.toString())
        .contains("n2b.yaml")
        .contains("no-such-kind")
        .contains("n3b.yaml")
        .contains("n4b.yaml")
        .contains("built 7 of 9 briefings");
    // The same messages in the same order, and the same files with the same bytes.
    assertThat(three.status()).isEqualTo(one.status());
    assertThat(three.err().replace(tmp.resolve("b").toString(), tmp.resolve("a").toString()))
        .isEqualTo(one.err());
    Map<String, byte[]> a = files(tmp.resolve("a"));
    Map<String, byte[]> b = files(tmp.resolve("b"));
    assertThat(a).containsKeys("n0.pdf", "n1.md", "n4.pdf", "n5.html");
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String name : a.keySet()) {
      assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
    }
  }

  @Test
  void zeroJobsIsAUsageError(@TempDir Path tmp) {
    String spec = CliRun.repo().resolve("briefings/nato-madrid.yaml").toString();
    CliRun r = CliRun.of("build", spec, "-j", "0", "-o", tmp.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--jobs must be 1 or more");
  }
}
