package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code briefing build} in a fresh JVM on the tests' class path, with a JVM log option. */
final class FreshJvm {
  private FreshJvm() {}

  /**
   * Builds a spec into {@code tmp/out} and returns what the JVM printed, its log included; fails
   * the test when the build fails or takes over two minutes.
   */
  static List<String> build(Path tmp, String logOption, Path spec, String format)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = tmp.resolve("jvm-log.txt");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xshare:off",
                logOption,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "build",
                spec.toString(),
                "-f",
                format,
                "-o",
                tmp.resolve("out").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }
}
