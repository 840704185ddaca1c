package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./briefing launcher runs the jar's main class by name (not java -jar). */
class LauncherTest {

  @Test
  void theLauncherNamesTheMainClassTheJarsManifestNames() throws IOException {
    Path root = CliRun.repo();
    String launcher = Files.readString(root.resolve("briefing"));
    Matcher named = Pattern.compile("(?m)^main_class=(\\S+)$").matcher(launcher);
    assertThat(named.find()).as("main_class= in the launcher").isTrue();
    assertThat(named.group(1)).isEqualTo(Main.class.getName());
    String pom = Files.readString(root.resolve("cli/pom.xml"));
    assertThat(pom).contains("<mainClass>" + Main.class.getName() + "</mainClass>");
    // Both the training build and the command itself run it so.
    assertThat(launcher.split("-cp \"\\$jar\" \"\\$main_class\"", -1)).hasSize(3);
    assertThat(launcher).doesNotContain("-jar \"$jar\"");
  }

  @Test
  void theTrainingBuildKeepsNothingOfTheUsersCache() throws IOException {
    String launcher = Files.readString(CliRun.repo().resolve("briefing"));
    // The line that makes a start-up cache runs the training build with a cache folder of its
    // own: with the user's kept corpus files it would parse none, and the cache would lack the
    // parser's classes for the build that must parse.
    Matcher training =
        Pattern.compile("(?m)^.*XDG_CACHE_HOME=\"\\$work/cache\" \"\\$java\".*\\$make_opt.*$")
            .matcher(launcher);
    assertThat(training.find()).as("the training build's own XDG_CACHE_HOME").isTrue();
    assertThat(launcher).contains("\"${training[@]}\" -o \"$work/out\"");
  }

  @Test
  void aBuildOfOneSpecFileIsToldApartFromABatch(@TempDir Path dir) throws Exception {
    Path spec = Files.writeString(dir.resolve("note.yaml"), "title: T\n");
    Path other = Files.writeString(dir.resolve("other.yaml"), "title: U\n");
    String s = spec.toString();
    assertThat(oneSpecFile(s)).isTrue();
    assertThat(oneSpecFile(s, "-f", "pdf,html", "-o", "out")).isTrue();
    assertThat(oneSpecFile("--format=pdf", "--output", dir.toString(), s, "--strict")).isTrue();
    assertThat(oneSpecFile("-j", "2", "--corpus", dir.toString(), "--root", "x", s)).isTrue();
    assertThat(oneSpecFile("--", s)).isTrue();
    // A batch: a folder of specs, or two specs.
    assertThat(oneSpecFile(dir.toString())).isFalse();
    assertThat(oneSpecFile(s, other.toString())).isFalse();
    assertThat(oneSpecFile("-o", s, other.toString(), s)).isFalse();
    // A spec that is not there, or none.
    assertThat(oneSpecFile(dir.resolve("missing.yaml").toString())).isFalse();
    assertThat(oneSpecFile("-f", "pdf")).isFalse();
  }

  /** Runs the launcher's own one_spec_file function on the arguments of build. */
  private static boolean oneSpecFile(String... args) throws Exception {
    String launcher = Files.readString(CliRun.repo().resolve("briefing"));
    Matcher function = Pattern.compile("(?ms)^one_spec_file\\(\\) \\{$.*?^\\}$").matcher(launcher);
    assertThat(function.find()).as("one_spec_file() in the launcher").isTrue();
    List<String> command =
        new ArrayList<>(List.of("bash", "-c", function.group() + "\none_spec_file \"$@\"", "test"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(output).isEmpty();
    return p.exitValue() == 0;
  }
}
