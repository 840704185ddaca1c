package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.diagnostics.ToolCommand;
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
    CliRun.copyTree(PAPER, paper);
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

  /**
   * An unknown id in a spec of the second paper, where the corpus has too many of that kind to name
   * them all, is answered with the 'list' command of that corpus (the spec reader's filters, a
   * section's option), and so is an unknown id given to 'list' itself.
   */
  @Test
  void theListCommandsForAnUnknownIdListTheSpecsCorpus(@TempDir Path tmp) throws IOException {
    Path paper = tmp.resolve("crs");
    CliRun.copyTree(PAPER, paper);
    Path corpus = paper.resolve("corpus");
    // More glossary terms than an error names, for the glossary section's 'terms' option.
    StringBuilder terms = new StringBuilder();
    for (int i = 1; i <= 13; i++) {
      terms.append(
          "  - {id: extra-term-" + i + ", term: \"extra term " + i + "\", definition: \"x\"}\n");
    }
    Files.writeString(
        corpus.resolve("glossary.yaml"), terms.toString(), java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(
        paper.resolve("unknown-ids.yaml"),
        "title: T\nlanguage: en\nfilters:\n  findings: [zzzzzzzz]\nsections:\n"
            + "  - {type: key-points, limit: 2}\n  - {type: glossary, terms: [zzzzzzzz]}\n"
            + "formats: [md]\n");
    CliRun build =
        CliRun.of(
            "build",
            paper.resolve("unknown-ids.yaml").toString(),
            "-o",
            tmp.resolve("out").toString());
    assertThat(build.status()).as(build.toString()).isEqualTo(Main.INVALID);
    List<String> findings = commandIn(build.err(), "see '", "'");
    assertThat(findings)
        .containsExactly("./briefing", "list", "findings", "--corpus", corpus.toString());
    assertThat(assertRuns(findings).out()).contains("foreign-holdings-total");
    List<String> glossary = commandIn(build.err(), "see '", "'", "list terms");
    assertThat(glossary)
        .containsExactly("./briefing", "list", "terms", "--corpus", corpus.toString());
    assertThat(assertRuns(glossary).out()).contains("extra-term-13");

    CliRun list =
        CliRun.of("list", "findings", "--topic", "zzzzzzzz", "--corpus", corpus.toString());
    assertThat(list.status()).as(list.toString()).isEqualTo(Main.INVALID);
    List<String> topics = commandIn(list.err(), "see '", "'");
    assertThat(topics)
        .containsExactly("./briefing", "list", "topics", "--corpus", corpus.toString());
    assertThat(assertRuns(topics).out()).contains("holders-by-country");
  }

  /**
   * The translation hints of a build of the second paper's Polish specs (a text without a Polish
   * translation, one out of date) and of its corpus's check (units without one) name its corpus.
   */
  @Test
  void theTranslationCommandsOfABuildReadTheSpecsCorpus(@TempDir Path tmp) throws IOException {
    Path paper = tmp.resolve("crs");
    CliRun.copyTree(PAPER, paper);
    Path corpus = paper.resolve("corpus");
    Path pl = corpus.resolve("translations/pl.yaml");
    String yaml = Files.readString(pl);
    // article.title untranslated, table.ownership.title out of date.
    yaml = yaml.replaceFirst("(?s)  article\\.title:\n.*?\n(  \\S)", "$1");
    yaml =
        yaml.replaceFirst(
            "(?s)(table\\.ownership\\.title:\n.*?fingerprint: )\\w+", "$10000000000000000");
    Files.writeString(pl, yaml);
    CliRun build =
        CliRun.of(
            "build",
            paper.resolve("crs-summary-pl.yaml").toString(),
            "-f",
            "md",
            "-o",
            tmp.resolve("out").toString());
    assertThat(build.status()).as(build.toString()).isZero();
    String folder = corpus.toString();

    List<String> export = commandIn(build.err(), "pl.yaml (", "); ");
    assertThat(export)
        .containsExactly("./briefing", "xliff", "export", "-l", "pl", "--corpus", folder);
    assertThat(assertRuns(export).out()).contains("<xliff");
    List<String> missing = commandIn(build.err(), "); ", " lists them all");
    List<String> stale = commandIn(build.err(), "hint: ", " shows each one's English");
    for (List<String> status : List.of(missing, stale)) {
      assertThat(status)
          .containsExactly("./briefing", "translations", "status", "--corpus", folder);
      assertThat(assertRuns(status).out()).contains(folder);
    }
    CliRun validate = CliRun.of("validate", "--corpus", folder);
    assertThat(validate.status()).as(validate.toString()).isZero();
    List<String> verbose = commandIn(validate.err(), "hint: '", "' lists them");
    assertThat(verbose).containsExactly("./briefing", "validate", "--verbose", "--corpus", folder);
    assertThat(assertRuns(verbose).out()).contains("missing pl: article.title");
  }

  /** A file that is no XLIFF, given to import into the second paper's corpus, gets its export. */
  @Test
  void theExportCommandOfAnXliffImportErrorReadsTheCorpusImportedInto(@TempDir Path tmp)
      throws IOException {
    Path paper = tmp.resolve("crs");
    CliRun.copyTree(PAPER, paper);
    Path corpus = paper.resolve("corpus");
    Path file = tmp.resolve("pl.xlf");
    Files.writeString(file, "<html/>");
    CliRun in =
        CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString(), "--dry-run");
    assertThat(in.status()).as(in.toString()).isEqualTo(Main.INVALID);
    List<String> export = commandIn(in.err(), "exported with '", "'");
    assertThat(export)
        .containsExactly(
            "./briefing", "xliff", "export", "-l", "pl", "--corpus", corpus.toString());
    assertThat(assertRuns(export).out()).contains("<xliff");
  }

  /**
   * The one command in {@code text} between {@code before} and {@code after} (the first, or the
   * first that holds {@code holding}), split into words as the shell splits it.
   */
  private static List<String> commandIn(
      String text, String before, String after, String... holding) {
    int from = 0;
    while (true) {
      int at = text.indexOf(before + ToolCommand.PROGRAM + " ", from);
      assertThat(at).as(before + "./briefing … in\n" + text).isNotNegative();
      int start = at + before.length();
      int end = text.indexOf(after, start);
      assertThat(end).as(after + " in\n" + text).isPositive();
      String command = text.substring(start, end);
      from = end;
      if (holding.length == 0 || command.contains(holding[0])) {
        List<List<String>> commands = shellCommands(command);
        assertThat(commands).as(command).hasSize(1);
        return commands.get(0);
      }
    }
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

  private static CliRun assertRuns(List<String> command) {
    CliRun r = run(command);
    assertThat(r.status()).as(command + "\n" + r).isZero();
    assertThat(r.out()).as(r.toString()).isNotBlank();
    return r;
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
}
