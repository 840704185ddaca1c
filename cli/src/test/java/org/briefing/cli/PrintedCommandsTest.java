package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands the tool prints as advice run as printed, from the folder where it was run: each is
 * split into words as a POSIX shell splits it, and run through the command line's entry point.
 */
class PrintedCommandsTest {

  private static final Path PAPER = CliRun.repo().resolve("briefings/crs-foreign-debt");

  /**
   * The second paper's corpus is found beside its specs, not built in: the commands that a CSV
   * build of its specs gives for the tables left out name it, as the spec's path names it (relative
   * to the working folder here), and write each table.
   */
  @Test
  void theCsvWarningsCommandsWriteTheTablesLeftOut(@TempDir Path tmp) {
    Path here = Path.of("").toAbsolutePath();
    for (String spec :
        List.of("crs-bilingual.yaml", "crs-summary-pl.yaml", "crs-full-report.yaml")) {
      String relative = here.relativize(PAPER.resolve(spec)).toString();
      CliRun build = CliRun.of("build", relative, "-f", "csv", "-o", tmp.toString());
      assertThat(build.status()).as(build.toString()).isZero();
      List<List<String>> commands = commandsAfter(build.err(), "; to write it: ");
      assertThat(commands).as(build.err()).isNotEmpty();
      for (List<String> command : commands) {
        assertThat(command).contains("--corpus");
        assertRuns(command);
      }
    }
  }

  /** A corpus in a folder whose path the shell would split is quoted. */
  @Test
  void aCorpusPathWithASpaceIsQuoted(@TempDir Path tmp) throws IOException {
    Path paper = tmp.resolve("a paper's folder").resolve("crs");
    copy(PAPER, paper);
    CliRun build =
        CliRun.of(
            "build",
            paper.resolve("crs-bilingual.yaml").toString(),
            "-f",
            "csv",
            "-o",
            tmp.resolve("out").toString());
    assertThat(build.status()).as(build.toString()).isZero();
    assertThat(build.err()).contains("--corpus '" + tmp.resolve("a paper'\\''s folder"));
    List<List<String>> commands = commandsAfter(build.err(), "; to write it: ");
    assertThat(commands).hasSize(1);
    assertThat(commands.get(0)).contains(paper.resolve("corpus").toString());
    assertRuns(commands.get(0));
  }

  /** 'new' and 'init' end with the build command of what they wrote. */
  @Test
  void theNextCommandOfNewAndInitBuildsWhatTheyWrote(@TempDir Path tmp) throws IOException {
    Path paper = tmp.resolve("paper");
    CliRun init = CliRun.of("init", paper.toString());
    assertThat(init.status()).as(init.toString()).isZero();
    assertBuilds(nextCommand(init.out()), tmp.resolve("out-init"));

    Path other = tmp.resolve("other dir");
    CliRun made =
        CliRun.of(
            "new", "note", "--corpus", paper.resolve("corpus").toString(), "-d", other.toString());
    assertThat(made.status()).as(made.toString()).isZero();
    List<String> next = nextCommand(made.out());
    assertThat(next).contains("--corpus");
    assertBuilds(next, tmp.resolve("out-new"));
  }

  private static List<String> nextCommand(String out) {
    String line =
        out.lines()
            .filter(l -> l.startsWith("next: "))
            .findFirst()
            .orElseThrow(() -> new AssertionError(out));
    String command = line.substring(line.indexOf("./briefing "));
    List<List<String>> commands = shellCommands(command);
    assertThat(commands).hasSize(1);
    return commands.get(0);
  }

  /** Runs a printed build command, with an output folder of the test's added. */
  private static void assertBuilds(List<String> command, Path out) {
    List<String> withOut = new ArrayList<>(command);
    withOut.addAll(List.of("-f", "md", "-o", out.toString()));
    CliRun r = run(withOut);
    assertThat(r.status()).as(command + "\n" + r).isZero();
    assertThat(r.err()).as(r.toString()).doesNotContain("error");
  }

  private static void assertRuns(List<String> command) {
    CliRun r = run(command);
    assertThat(r.status()).as(command + "\n" + r).isZero();
    assertThat(r.out()).as(r.toString()).isNotBlank();
  }

  private static CliRun run(List<String> command) {
    assertThat(command.get(0)).isEqualTo("./briefing");
    return CliRun.of(command.subList(1, command.size()).toArray(String[]::new));
  }

  /**
   * The commands on the lines holding {@code marker}, after it: "./briefing … ; ./briefing …" as
   * the shell runs them.
   */
  private static List<List<String>> commandsAfter(String text, String marker) {
    List<List<String>> all = new ArrayList<>();
    text.lines()
        .filter(l -> l.contains(marker))
        .forEach(l -> all.addAll(shellCommands(l.substring(l.indexOf(marker) + marker.length()))));
    // "to write them: " too
    String them = marker.replace("it: ", "them: ");
    text.lines()
        .filter(l -> l.contains(them))
        .forEach(l -> all.addAll(shellCommands(l.substring(l.indexOf(them) + them.length()))));
    return all;
  }

  /**
   * A line split as a POSIX shell splits it: commands at unquoted ';', words at unquoted blanks;
   * '…' quotes, and $'…' with the escapes ToolCommand writes.
   */
  static List<List<String>> shellCommands(String line) {
    List<List<String>> commands = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder w = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        w = w == null ? new StringBuilder() : w;
        w.append(line, i + 1, end);
        i = end;
      } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
        w = w == null ? new StringBuilder() : w;
        i += 2;
        while (line.charAt(i) != '\'') {
          char d = line.charAt(i);
          if (d == '\\') {
            char e = line.charAt(++i);
            switch (e) {
              case 'n' -> w.append('\n');
              case 't' -> w.append('\t');
              case 'u' -> {
                w.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                i += 4;
              }
              default -> {
                if (e >= '0' && e <= '7') {
                  w.append((char) Integer.parseInt(line.substring(i, i + 3), 8));
                  i += 2;
                } else {
                  w.append(e);
                }
              }
            }
          } else {
            w.append(d);
          }
          i++;
        }
      } else if (c == '\\') {
        w = w == null ? new StringBuilder() : w;
        w.append(line.charAt(++i));
      } else if (c == ' ' || c == ';') {
        if (w != null) {
          words.add(w.toString());
          w = null;
        }
        if (c == ';' && !words.isEmpty()) {
          commands.add(words);
          words = new ArrayList<>();
        }
      } else {
        w = w == null ? new StringBuilder() : w;
        w.append(c);
      }
    }
    if (w != null) {
      words.add(w.toString());
    }
    if (!words.isEmpty()) {
      commands.add(words);
    }
    return commands;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
