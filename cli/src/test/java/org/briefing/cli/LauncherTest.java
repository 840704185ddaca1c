package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
}
