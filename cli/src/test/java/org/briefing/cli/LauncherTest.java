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
}
