package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a command does when its standard output cannot take what it prints, in a real process: a
 * pipe whose reader has gone ({@code briefing list findings | head -1}) ends it quietly with
 * success, as git and ripgrep do; a full disk ({@code /dev/full}) is an error with exit status 2.
 */
@EnabledOnOs(OS.LINUX)
class StandardOutputTest {

  @ParameterizedTest
  @ValueSource(strings = {"list findings", "xliff export", "schema"})
  void aPipeWhoseReaderHasGoneEndsQuietly(String command, @TempDir Path tmp) throws Exception {
    Path errors = tmp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(javaCommand(command))
            .redirectError(errors.toFile())
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .start();
    p.getInputStream().close(); // the reader goes before anything is printed
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(errors, StandardCharsets.UTF_8)).isEmpty();
    assertThat(p.exitValue()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"list findings", "xliff export", "schema"})
  void aFullDiskIsAnError(String command, @TempDir Path tmp) throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.canWrite(), "no /dev/full here");
    Path errors = tmp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(javaCommand(command))
            .redirectError(errors.toFile())
            .redirectOutput(ProcessBuilder.Redirect.appendTo(full))
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(errors, StandardCharsets.UTF_8))
        .contains("<standard output>")
        .contains("cannot write (is the disk full?)");
    assertThat(p.exitValue()).isEqualTo(2);
  }

  private static List<String> javaCommand(String command) throws IOException {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.add("-cp");
    c.add(System.getProperty("java.class.path"));
    c.add(Main.class.getName());
    c.addAll(List.of(command.split(" ")));
    return c;
  }
}
