package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help a user reads. Picocli prints each element of a command's description on a line of its
 * own and shows only the first in the list of commands, so each element must be a whole sentence or
 * paragraph (or an indented example), never a fragment cut at a line length.
 */
class HelpTextTest {
  @Test
  void everyDescriptionLineIsAWholeSentence() {
    List<String> fragments = new ArrayList<>();
    visit(Main.commandLine(), fragments);
    assertThat(Main.commandLine().getSubcommands()).containsKeys("build", "xliff", "help");
    assertThat(fragments).isEmpty();
  }

  @Test
  void theCommandListShowsAWholeSentenceForEachCommand() {
    String help = Main.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertThat(help).contains("Commands:");
    String commands = help.substring(help.indexOf("Commands:"));
    commands = commands.substring(0, (commands + "\n\n").indexOf("\n\n"));
    // every summary in the list ends a sentence before the next command starts
    for (String block : commands.split("\n  (?=[a-z])")) {
      if (block.startsWith("Commands:")) {
        continue;
      }
      String text = block.strip().replaceAll("\\s+", " ");
      assertThat(text).as(text).endsWith(".");
    }
  }

  private static void visit(CommandLine line, List<String> fragments) {
    String[] description = line.getCommandSpec().usageMessage().description();
    for (String element : description) {
      // "%n" is picocli's line break (its own help command ends its description with one).
      String text = element.replaceAll("(%n)+$", "").strip();
      boolean example = element.startsWith("  ");
      if (!example && !(text.endsWith(".") || text.endsWith(":"))) {
        fragments.add(line.getCommandSpec().qualifiedName() + ": " + element);
      }
    }
    for (CommandLine sub : line.getSubcommands().values()) {
      visit(sub, fragments);
    }
  }
}
