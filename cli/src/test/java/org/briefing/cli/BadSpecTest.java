package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command tests for bad specs: each file under {@code bad-specs/} says in its first line the exact
 * error {@code briefing build} must print for it (after the file name). Each must exit with 2 and
 * write nothing.
 */
class BadSpecTest {
  private static final Path DIR = Path.of("src/test/resources/bad-specs");

  static Stream<Path> badSpecs() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(files).hasSizeGreaterThanOrEqualTo(20);
      return files.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSpecs")
  void reportsTheErrorWithItsPositionAndWritesNothing(Path spec, @TempDir Path tmp)
      throws IOException {
    String first = Files.readAllLines(spec, StandardCharsets.UTF_8).get(0);
    assertThat(first).startsWith("# expect: ");
    String expected = spec + ":" + first.substring("# expect: ".length());
    Path out = tmp.resolve("out");

    CliRun run = CliRun.of("build", spec.toString(), "-o", out.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().lines()).as(run.toString()).contains(expected);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void oneBadSpecDoesNotStopTheOthers(@TempDir Path tmp) {
    Path good = CliRun.repo().resolve("briefings/summary-table.yaml");
    Path bad = DIR.resolve("unknown-topic.yaml");
    Path out = tmp.resolve("out");

    CliRun run =
        CliRun.of("build", bad.toString(), good.toString(), "-o", out.toString(), "-f", "md");

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(out.resolve("summary-table.md")).isRegularFile();
    assertThat(run.err()).contains("built 1 of 2 briefings").contains("1 failed");
  }
}
