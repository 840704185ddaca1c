package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
  void theLauncherCountsTheSpecsABuildNames(@TempDir Path dir) throws Exception {
    Path spec = Files.writeString(dir.resolve("note.yaml"), "title: T\n");
    Path other = Files.writeString(dir.resolve("other.yaml"), "title: U\n");
    Files.writeString(dir.resolve("notes.txt"), "not a spec\n");
    String s = spec.toString();
    assertThat(specCount(s)).isEqualTo(1);
    assertThat(specCount(s, "-f", "pdf,html", "-o", "out")).isEqualTo(1);
    assertThat(specCount("--format=pdf", "--output", dir.toString(), s, "--strict")).isEqualTo(1);
    assertThat(specCount("-j", "2", "--corpus", dir.toString(), "--root", "x", s)).isEqualTo(1);
    assertThat(specCount("--", s)).isEqualTo(1);
    // A folder counts its specs, and those of the folders directly inside it.
    assertThat(specCount(dir.toString())).isEqualTo(2);
    // (a paper folder is one with a corpus of its own; a corpus's files are not specs)
    Path paper = Files.createDirectories(dir.resolve("paper"));
    Files.writeString(paper.resolve("a.yaml"), "title: A\n");
    Files.createDirectories(paper.resolve("corpus"));
    Files.writeString(paper.resolve("corpus/article.yaml"), "x: 1\n");
    Path schema = Files.createDirectories(dir.resolve("schema"));
    Files.writeString(schema.resolve("spec.yaml"), "x: 1\n");
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/findings.yaml"), "x: 1\n");
    assertThat(specCount(dir.toString())).isEqualTo(3);
    assertThat(specCount(dir + "/")).isEqualTo(3);
    assertThat(specCount(s, other.toString())).isEqualTo(2);
    assertThat(specCount("-o", s, other.toString(), s)).isEqualTo(2);
    // A spec that is not there, or none.
    assertThat(specCount(dir.resolve("missing.yaml").toString())).isZero();
    assertThat(specCount("-f", "pdf")).isZero();
    // A large folder: counted up to a thousand.
    Path many = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 1005; i++) {
      Files.writeString(many.resolve("n" + i + ".yaml"), "title: N\n");
    }
    assertThat(specCount(many.toString())).isEqualTo(1000);
  }

  /**
   * The first time a jar runs on a JDK, the launcher makes three one-shot start-up caches (the one
   * the command uses and the others), so that no later command but the first Word build stops for a
   * training build; a JDK new to the jar gets them too. Each command runs with the cache of its
   * formats: 'plain' for Markdown, LaTeX, CSV and the commands that write no briefing (no HTML page
   * template, PDF or Word class in it), 'text' when HTML is written, 'pdf' for a PDF, 'full' for
   * Word (its Word libraries are a fifth of the classes: a PDF build does not load them). With no
   * formats given, a spec that names docx, or a folder of specs, takes 'full'. Run with a stand-in
   * JDK whose java writes the cache it is asked to make, in a copy of the launcher beside a jar no
   * source is newer than.
   */
  @Test
  void theFirstRunOfAJarOnAJdkMakesTheThreeStartUpCaches(@TempDir Path dir) throws Exception {
    Path home = launcherCopy(dir);
    Path log = dir.resolve("runs.log");
    Path jdk25 = standInJdk(dir.resolve("jdk25"), "25.0.1", log);
    Path jdk17 = standInJdk(dir.resolve("jdk17"), "17.0.9", log);
    Path caches = home.resolve("cli/target/startup-cache");

    String first = launch(home, jdk25, "build", "note.yaml", "-f", "html");
    assertThat(first).containsOnlyOnce("making the plain start-up cache");
    assertThat(first).containsOnlyOnce("making the text start-up cache");
    assertThat(first).containsOnlyOnce("making the pdf start-up cache");
    assertThat(first).doesNotContain("making the full start-up cache");
    assertThat(cacheNames(caches))
        .hasSize(3)
        .allMatch(n -> n.matches("briefing-jdk25-(plain|text|pdf)-.*\\.aot"));
    // The command itself ran once, with the cache of its kind.
    assertThat(Files.readAllLines(log))
        .filteredOn(l -> l.contains("org.briefing.cli.Main build note.yaml"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("-XX:AOTCache=").contains("-text-"));

    String pdf = launch(home, jdk25, "build", "note.yaml", "-f", "pdf");
    assertThat(pdf).doesNotContain("making the");
    assertThat(cacheUsedBy(log, "build note.yaml -f pdf")).contains("-pdf-");
    String word = launch(home, jdk25, "build", "note.yaml", "-f", "html,docx");
    assertThat(word).containsOnlyOnce("making the full start-up cache");
    assertThat(cacheUsedBy(log, "build note.yaml -f html,docx")).contains("-full-");
    launch(home, jdk25, "build", "note.yaml", "-f", "md,latex,csv");
    assertThat(cacheUsedBy(log, "build note.yaml -f md,latex,csv")).contains("-plain-");
    launch(home, jdk25, "build", "note.yaml", "--formats=md,html");
    assertThat(cacheUsedBy(log, "build note.yaml --formats=md,html")).contains("-text-");
    launch(home, jdk25, "build", "note.yaml");
    assertThat(cacheUsedBy(log, "build note.yaml")).contains("-pdf-");
    Files.writeString(home.resolve("word.yaml"), "formats: [html, docx]\n");
    launch(home, jdk25, "build", "word.yaml");
    assertThat(cacheUsedBy(log, "build word.yaml")).contains("-full-");
    Files.createDirectories(home.resolve("specs"));
    launch(home, jdk25, "build", "specs");
    assertThat(cacheUsedBy(log, "build specs")).contains("-full-");
    // An option's value that is a folder (an existing output or corpus folder) is no folder of
    // specs: a spec that names no Word format keeps 'pdf'.
    launch(home, jdk25, "build", "note.yaml", "-o", "specs");
    assertThat(cacheUsedBy(log, "build note.yaml -o specs")).contains("-pdf-");
    launch(home, jdk25, "build", "note.yaml", "--corpus", "specs");
    assertThat(cacheUsedBy(log, "build note.yaml --corpus specs")).contains("-pdf-");
    launch(home, jdk25, "table", "t1");
    assertThat(cacheUsedBy(log, "table t1")).contains("-plain-");
    launch(home, jdk25, "validate");
    assertThat(cacheUsedBy(log, "validate")).contains("-plain-");

    // A rebuilt jar's first run makes its own caches and removes the older jar's of every kind on
    // that JDK (the Word one too, which it has not made).
    Files.writeString(home.resolve("cli/target/briefing.jar"), "a rebuilt jar");
    launch(home, jdk25, "build", "note.yaml", "-f", "html");
    assertThat(cacheNames(caches))
        .hasSize(3)
        .allMatch(n -> n.matches("briefing-jdk25-(plain|text|pdf)-.*\\.aot"));
    launch(home, jdk25, "build", "note.yaml", "-f", "docx");

    String other = launch(home, jdk17, "build", "note.yaml", "-f", "pdf");
    assertThat(other)
        .contains(
            "making the plain start-up cache",
            "making the text start-up cache",
            "making the pdf start-up cache");
    assertThat(cacheNames(caches)).hasSize(7).anyMatch(n -> n.startsWith("briefing-jdk17-plain-"));
  }

  /** The cache the last run of the main class with exactly these arguments was given. */
  private static String cacheUsedBy(Path log, String arguments) throws IOException {
    List<String> runs =
        Files.readAllLines(log).stream()
            .filter(l -> l.endsWith("org.briefing.cli.Main " + arguments))
            .toList();
    assertThat(runs).as("a run with " + arguments).isNotEmpty();
    Matcher cache = Pattern.compile("-XX:AOTCache=(\\S+)").matcher(runs.get(runs.size() - 1));
    assertThat(cache.find()).as("a cache given").isTrue();
    return cache.group(1);
  }

  /**
   * An author who edits a paper's data and builds again does not wait for the tool to be rebuilt:
   * files under briefings/ newer than the jar start no build, a source file newer than the jar
   * does.
   */
  @Test
  void aCorpusEditStartsNoRebuildOfTheToolButASourceEditDoes(@TempDir Path dir) throws Exception {
    Path home = launcherCopy(dir);
    Path jar = home.resolve("cli/target/briefing.jar");
    Path old = Files.createDirectories(home.resolve("core/src/main/java")).resolve("Old.java");
    Files.writeString(old, "class Old {}\n");
    Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000L));
    Path findings =
        Files.createDirectories(home.resolve("briefings/corpus")).resolve("findings.yaml");
    Files.writeString(findings, "findings: []\n");
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(2_000_000_000L));
    Path jdk = standInJdk(dir.resolve("jdk25"), "25.0.1", dir.resolve("runs.log"));

    String edited = launch(home, jdk, "list", "findings");
    assertThat(edited).doesNotContain("building the tool");

    Path source = home.resolve("core/src/main/java/New.java");
    Files.writeString(source, "class New {}\n");
    assertThat(startsABuild(home, jdk)).isTrue();
  }

  /**
   * After a walk of the sources finds none newer than the jar, the launcher keeps the list of what
   * it walked, and later runs stat the listed files and folders instead of walking: they still see
   * a source edited in place, and a new one (by its folder's time), and a corpus edit still starts
   * no rebuild.
   */
  @Test
  void theKeptListOfSourcesSeesEveryEdit(@TempDir Path dir) throws Exception {
    Path home = launcherCopy(dir);
    Path jar = home.resolve("cli/target/briefing.jar");
    Path java = Files.createDirectories(home.resolve("core/src/main/java"));
    Path old = java.resolve("Old.java");
    Files.writeString(old, "class Old {}\n");
    Path findings =
        Files.createDirectories(home.resolve("briefings/corpus")).resolve("findings.yaml");
    Files.writeString(findings, "findings: []\n");
    FileTime before = FileTime.fromMillis(1_000_000_000L);
    // Every source file and folder older than the jar, as after a build.
    for (Path p : List.of(old, java, java.getParent(), java.getParent().getParent())) {
      Files.setLastModifiedTime(p, before);
    }
    for (Path p : List.of(home.resolve("core"), home.resolve("cli"))) {
      Files.setLastModifiedTime(p, before);
    }
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000_000L));
    Path jdk = standInJdk(dir.resolve("jdk25"), "25.0.1", dir.resolve("runs.log"));
    Path list = home.resolve("cli/target/briefing.sources");
    Path mark = home.resolve("cli/target/briefing.sources-checked");

    assertThat(startsABuild(home, jdk)).isFalse();
    // The list and the mark are written before the launcher goes on: nothing is left running.
    assertThat(mark).exists();
    assertThat(Files.readString(list)).contains(old.toString() + "\0", java + "\0");
    FileTime marked = Files.getLastModifiedTime(mark);
    Files.writeString(findings, "findings: [] # edited\n");
    assertThat(startsABuild(home, jdk)).isFalse();
    // That run stat'ed the list and walked nothing: the mark is the one the first walk left.
    assertThat(Files.getLastModifiedTime(mark)).isEqualTo(marked);

    Files.writeString(old, "class Old { int edited; }\n");
    assertThat(startsABuild(home, jdk)).isTrue();
    Files.setLastModifiedTime(old, before);
    assertThat(startsABuild(home, jdk)).isFalse();
    Files.writeString(java.resolve("New.java"), "class New {}\n");
    assertThat(startsABuild(home, jdk)).isTrue();
  }

  /**
   * Whether the launcher, run in its folder with a JDK, starts building the tool. (No ./mvnw in a
   * test's copy: the build it starts fails, which is what shows it started.)
   */
  private static boolean startsABuild(Path home, Path jdk) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(home.resolve("briefing").toString(), "list", "findings")
            .directory(home.toFile());
    pb.environment().put("JAVA_HOME", jdk.toString());
    pb.environment().remove("BRIEFING_JAVA_OPTS");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return err.contains("building the tool");
  }

  /**
   * However the launcher is named on the command line (absolute, relative, with '.' or '..'), it
   * finds its own folder without starting a subshell, and gives java the same absolute jar path and
   * the same start-up cache: a second spelling must not make a second set of caches.
   */
  @Test
  void everySpellingOfTheLaunchersPathGivesOneJarPathAndOneCache(@TempDir Path dir)
      throws Exception {
    Path home = launcherCopy(dir);
    Path sibling = Files.createDirectories(dir.resolve("elsewhere/deeper"));
    Path log = dir.resolve("runs.log");
    Path jdk = standInJdk(dir.resolve("jdk25"), "25.0.1", log);
    String realHome = home.toRealPath().toString();

    List<String[]> spellings =
        List.of(
            new String[] {home.toString(), home.resolve("briefing").toString()},
            new String[] {home.toString(), "./briefing"},
            new String[] {home.toString(), "briefing"},
            new String[] {dir.toString(), "tool/./briefing"},
            new String[] {sibling.toString(), "../../tool/briefing"},
            new String[] {sibling.toString(), "..//../tool//briefing"});
    for (String[] spelling : spellings) {
      Files.deleteIfExists(log);
      launchIn(Path.of(spelling[0]), jdk, List.of("bash", spelling[1], "validate"));
      String run =
          Files.readAllLines(log).stream()
              .filter(l -> l.endsWith("org.briefing.cli.Main validate"))
              .reduce((a, b) -> b)
              .orElseThrow();
      // The tool is told the path as typed, for the commands its messages advise.
      String typed = spelling[1].contains("/") ? spelling[1] : "./" + spelling[1];
      assertThat(run)
          .as(spelling[1])
          .contains("-Dbriefing.program=" + typed + " ")
          .contains("-cp " + realHome + "/cli/target/briefing.jar ")
          .contains("-XX:AOTCache=" + realHome + "/cli/target/startup-cache/briefing-jdk25-plain-");
    }
    assertThat(cacheNames(home.resolve("cli/target/startup-cache"))).hasSize(3);
  }

  /** A copy of the launcher in DIR/tool, beside a jar (cli/target/briefing.jar); its folder. */
  private static Path launcherCopy(Path dir) throws IOException {
    Path home = Files.createDirectories(dir.resolve("tool"));
    Files.copy(CliRun.repo().resolve("briefing"), home.resolve("briefing"));
    home.resolve("briefing").toFile().setExecutable(true);
    Files.createDirectories(home.resolve("cli/target"));
    Files.writeString(home.resolve("cli/target/briefing.jar"), "a jar");
    return home;
  }

  /** A JDK folder whose java logs its arguments and, asked to make a start-up cache, writes one. */
  private static Path standInJdk(Path jdk, String version, Path log) throws IOException {
    Files.createDirectories(jdk.resolve("bin"));
    Files.writeString(
        jdk.resolve("release"),
        "JAVA_VERSION=\"" + version + "\"\nJAVA_RUNTIME_VERSION=\"" + version + "+1\"\n");
    Path java = jdk.resolve("bin/java");
    Files.writeString(
        java,
        "#!/usr/bin/env bash\n"
            + "echo \"$*\" >> '"
            + log
            + "'\n"
            + "for a in \"$@\"; do case \"$a\" in"
            + " -XX:AOTCacheOutput=* | -XX:ArchiveClassesAtExit=*) echo cache > \"${a#*=}\" ;;"
            + " esac; done\n");
    java.toFile().setExecutable(true);
    return jdk;
  }

  /** Runs the launcher copy with a JDK; returns what it printed on standard error. */
  private static String launch(Path home, Path jdk, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("briefing").toString()));
    command.addAll(List.of(args));
    return launchIn(home, jdk, command);
  }

  /** Runs a command line that starts the launcher, in a folder, with a JDK; its standard error. */
  private static String launchIn(Path folder, Path jdk, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
    pb.environment().put("JAVA_HOME", jdk.toString());
    pb.environment().remove("BRIEFING_JAVA_OPTS");
    pb.environment().remove("BRIEFING_NO_CACHE");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(command + ": " + err).isZero();
    return err;
  }

  private static List<String> cacheNames(Path caches) throws IOException {
    try (var s = Files.list(caches)) {
      return s.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
    }
  }

  /** Runs the launcher's own spec_args and spec_count functions on the arguments of build. */
  private static int specCount(String... args) throws Exception {
    String launcher = Files.readString(CliRun.repo().resolve("briefing"));
    StringBuilder functions = new StringBuilder();
    for (String name : List.of("spec_args", "spec_count")) {
      Matcher function = Pattern.compile("(?ms)^" + name + "\\(\\) \\{$.*?^\\}$").matcher(launcher);
      assertThat(function.find()).as(name + "() in the launcher").isTrue();
      functions.append(function.group()).append('\n');
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                "bash",
                "-c",
                functions + "spec_args \"$@\"\nspec_count\necho \"$spec_total\"",
                "test"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return Integer.parseInt(output.strip());
  }
}
