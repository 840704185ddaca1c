package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands that write (new, init, build, watch, table and the exports): a bad path or option
 * value is a clear error with exit status 2, never an internal error, and what a command writes is
 * written whole or not at all.
 */
class WritingCommandsTest {
  private static final String SPEC =
      CliRun.repo().resolve("briefings/energy-security.yaml").toString();

  private static CliRun invalid(String... args) {
    CliRun r = CliRun.of(args);
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).as(r.toString()).doesNotContain("internal error").contains(": error: ");
    return r;
  }

  // ---- watch --port

  @ParameterizedTest
  @ValueSource(strings = {"99999", "65536", "-1"})
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void watchRefusesAPortOutsideZeroTo65535(String port, @TempDir Path tmp) {
    CliRun r = invalid("watch", SPEC, "--port", port, "-f", "md", "-o", tmp.toString());
    assertThat(r.err()).contains("<command line>:1:1: error: --port " + port + " is not a port");
    assertThat(tmp).isEmptyDirectory();
  }

  // ---- new

  @Test
  void newRefusesWhatItCannotWriteWithAClearError(@TempDir Path tmp) throws IOException {
    Path nw = Files.createDirectories(tmp.resolve("nw"));
    Path link = Files.createSymbolicLink(nw.resolve("link.yaml"), tmp.resolve("x/target.yaml"));
    assertThat(invalid("new", "-d", nw.toString(), "link").err())
        .contains(link + ":1:1: error: already exists (a symlink); not overwritten");
    assertThat(tmp.resolve("x")).doesNotExist();

    Path file = Files.writeString(tmp.resolve("AFILE"), "a file");
    assertThat(invalid("new", "-d", file.toString(), "x").err())
        .contains(file + ":1:1: error: not a folder");
    assertThat(invalid("new", "-d", "/dev/null", "x").err())
        .contains("/dev/null:1:1: error: not a folder");
    assertThat(invalid("new", "-d", file.resolve("sub").toString(), "x").err())
        .contains(file + ":1:1: error: not a folder");
    assertThat(file).hasContent("a file");
    assertThat(invalid("new", "-d", "", "x").err())
        .contains("<command line>:1:1: error: -d is empty");
  }

  @Test
  void newNamesTheReasonItCannotWrite() {
    assumeTrue(cannotWriteIn(Path.of("/sys")), "/sys is writable here");
    // The spec and the schema it points to, which is written with it (sysfs refuses a folder
    // with "operation not permitted").
    assertThat(invalid("new", "-d", "/sys", "x").err())
        .containsPattern(
            "/sys/(x.yaml|schema/briefing-spec.schema.json):1:1: error: cannot write: .*"
                + "(permission denied|operation not permitted)")
        .doesNotContain(".tmp");
    assertThat(Path.of("/sys/x.yaml")).doesNotExist();
  }

  @Test
  void newWithACorpusWritesTheSpecBesideItOrSaysHowToBuildWithIt(@TempDir Path tmp)
      throws IOException {
    Path paper = tmp.resolve("paper");
    assertThat(CliRun.of("init", paper.toString()).status()).isZero();
    Path corpus = paper.resolve("corpus");

    CliRun beside = CliRun.of("new", "note", "--corpus", corpus.toString());
    assertThat(beside.status()).as(beside.toString()).isZero();
    assertThat(paper.resolve("note.yaml")).isRegularFile();
    assertThat(beside.out())
        .contains("next: ./briefing build " + paper.resolve("note.yaml") + "\n")
        .doesNotContain("--corpus");

    Path other = tmp.resolve("other dir");
    CliRun elsewhere =
        CliRun.of("new", "note", "--corpus", corpus.toString(), "-d", other.toString());
    assertThat(elsewhere.status()).as(elsewhere.toString()).isZero();
    Path spec = other.resolve("note.yaml");
    assertThat(elsewhere.out())
        .contains("next: ./briefing build '" + spec + "' --corpus " + corpus + "\n");
    assertThat(Files.readString(spec))
        .contains("# Made for the corpus in " + corpus.toAbsolutePath().normalize());
    Path out = tmp.resolve("out");
    CliRun build =
        CliRun.of(
            "build",
            spec.toString(),
            "--corpus",
            corpus.toString(),
            "-f",
            "md",
            "-o",
            out.toString());
    assertThat(build.status()).as(build.toString()).isZero();
    assertThat(out.resolve("note.md")).content().contains("Title of the paper");
  }

  @Test
  void newPointsItsSchemaModelineAtAFileThatExists(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("specs");
    assertThat(CliRun.of("new", "a", "-d", dir.toString()).status()).isZero();
    Path schema = schemaOf(dir.resolve("a.yaml"));
    assertThat(schema).isEqualTo(dir.resolve("schema/briefing-spec.schema.json"));
    assertThat(Files.readString(schema).strip())
        .isEqualTo(org.briefing.spec.SpecSchema.json().strip());
    Files.writeString(schema, "{\"kept\": true}\n");

    assertThat(CliRun.of("new", "b", "-d", dir.toString()).status()).isZero();
    assertThat(schemaOf(dir.resolve("b.yaml"))).isEqualTo(schema);
    assertThat(CliRun.of("new", "c", "-d", dir.resolve("sub").toString()).status()).isZero();
    assertThat(schemaOf(dir.resolve("sub/c.yaml"))).isEqualTo(schema);
    assertThat(schema).as("never overwritten").hasContent("{\"kept\": true}");
  }

  /** The schema file a spec's yaml-language-server modeline points to. */
  private static Path schemaOf(Path spec) throws IOException {
    String first = Files.readAllLines(spec).get(0);
    String prefix = "# yaml-language-server: $schema=";
    assertThat(first).startsWith(prefix);
    return spec.getParent().resolve(first.substring(prefix.length())).normalize();
  }

  // ---- init

  @Test
  void initRefusesWhatItCannotWriteAndLeavesNothing(@TempDir Path tmp) throws IOException {
    Path nowhere = tmp.resolve("nowhere");
    Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), nowhere);
    assertThat(invalid("init", dangling.toString()).err())
        .contains(dangling + ":1:1: error: is a symlink to nothing");
    assertThat(nowhere).doesNotExist();

    Path file = Files.writeString(tmp.resolve("AFILE"), "a file");
    assertThat(invalid("init", file.resolve("sub").toString()).err())
        .contains(file + ":1:1: error: not a folder");
    assertThat(file).hasContent("a file");
    assertThat(invalid("init", "").err()).contains("<command line>:1:1: error: DIR is empty");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s).containsExactlyInAnyOrder(dangling, file);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "null", "NULL", "true", "no", "yes", "off", "123", "1e3", "0x1F", "~", "a: b", "#x"
      })
  void initQuotesTheIdSoThatAnyFolderNameGivesACorpusThatValidates(String name, @TempDir Path tmp)
      throws IOException {
    Path paper = tmp.resolve("papers").resolve(name);
    CliRun init = CliRun.of("init", paper.toString());
    assertThat(init.status()).as(init.toString()).isZero();
    String article = Files.readString(paper.resolve("corpus/article.yaml"));
    assertThat(article).containsPattern("(?m)^id: \"[a-z0-9-]+\"$");
    CliRun validate = CliRun.of("validate", paper.toString());
    assertThat(validate.status()).as(validate.toString()).isZero();
  }

  @Test
  void aFolderIsWrittenWholeOrNotAtAll(@TempDir Path tmp) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("corpus/article.yaml", bytes("id: \"x\"\n"));
    files.put("overview.yaml", bytes("sections: [summary]\n"));
    // A name no file system takes (over 255 bytes): the write fails after the first files.
    String tooLong = "corpus/" + "n".repeat(300) + ".yaml";
    files.put(tooLong, bytes("x"));
    Path dir = tmp.resolve("a/b/paper");
    try {
      AtomicFiles.writeFolder(dir, folder -> write(folder, files));
      throw new AssertionError("written");
    } catch (AtomicFiles.WriteFailure expected) {
      assertThat(expected.getFile()).isEqualTo(dir.resolve(tooLong).toString());
      assertThat(expected.getReason()).isEqualTo("file name too long");
    }
    assertThat(tmp).as("the folders made on the way are removed too").isEmptyDirectory();

    Path existing = Files.createDirectories(tmp.resolve("empty"));
    try {
      AtomicFiles.writeFolder(existing, folder -> write(folder, files));
      throw new AssertionError("written");
    } catch (AtomicFiles.WriteFailure expected) {
      assertThat(existing).isEmptyDirectory();
    }
    files.remove(tooLong);
    AtomicFiles.writeFolder(existing, folder -> write(folder, files));
    assertThat(existing.resolve("corpus/article.yaml")).hasContent("id: \"x\"");
    assertThat(existing.resolve("overview.yaml")).hasContent("sections: [summary]");
    try (Stream<Path> s = Files.list(existing)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("corpus", "overview.yaml");
    }
  }

  private static void write(Path folder, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = folder.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
  }

  // ---- empty option values

  @Test
  void emptyOutputsAndFormatNamesAreUsageErrors(@TempDir Path tmp) {
    Path o = tmp.resolve("o");
    assertThat(invalid("build", SPEC, "-f", "md", "-o", "").err())
        .contains("<command line>:1:1: error: -o is empty");
    for (String f : new String[] {",", "md,", ",md", "md,,html", " "}) {
      assertThat(invalid("build", SPEC, "-f", f, "-o", o.toString()).err())
          .as(f)
          .contains("<command line>:1:1: error: -f '" + f + "' has an empty format name");
    }
    assertThat(o).doesNotExist();
    assertThat(invalid("watch", SPEC, "-o", "", "--no-serve").err())
        .contains("<command line>:1:1: error: -o is empty");
    assertThat(invalid("watch", SPEC, "-f", ",", "-o", o.toString(), "--no-serve").err())
        .contains("<command line>:1:1: error: -f ',' has an empty format name");
    assertThat(invalid("table", "-o", "").err()).contains("<command line>:1:1: error: -o is empty");
    assertThat(invalid("xliff", "export", "-o", "").err())
        .contains("<command line>:1:1: error: -o is empty");
    assertThat(o).doesNotExist();
  }

  @Test
  void validatingAFolderWithNothingToCheckIsAnErrorAsBuildingItIs(@TempDir Path tmp)
      throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThat(invalid("validate", empty.toString()).err())
        .contains(empty + ":1:1: error: nothing to check in this folder");
    assertThat(invalid("build", empty.toString(), "-o", tmp.resolve("o").toString()).err())
        .contains(empty + ":1:1: error: no specs");
  }

  @Test
  void anEmptyCorpusOrRootIsAUsageErrorNotTheWorkingFolder(@TempDir Path tmp) {
    Path o = tmp.resolve("o");
    String[][] commands = {
      {"build", SPEC, "-f", "md", "-o", o.toString(), "--corpus", ""},
      {"build", SPEC, "-f", "md", "-o", o.toString(), "--corpus="},
      {"validate", "--corpus", ""},
      {"list", "findings", "--corpus", ""},
      {"table", "-o", o.resolve("t.md").toString(), "--corpus", ""},
      {"watch", SPEC, "-o", o.toString(), "--no-serve", "--corpus", ""},
      {"new", "note", "-d", o.toString(), "--corpus", ""},
      {"translations", "status", "--corpus", ""},
      {"xliff", "export", "-o", o.resolve("pl.xlf").toString(), "--corpus", ""},
      {"xliff", "import", o.resolve("pl.xlf").toString(), "--corpus", ""},
      {"glossary", "export", "-o", o.resolve("pl.tbx").toString(), "--corpus", ""},
      {"tm", "export", "-o", o.resolve("pl.tmx").toString(), "--corpus", ""},
    };
    for (String[] args : commands) {
      assertThat(invalid(args).err())
          .as(String.join(" ", args))
          .contains(
              "<command line>:1:1: error: --corpus is empty"
                  + System.lineSeparator()
                  + "  hint: give --corpus a folder (--corpus . for this one)");
    }
    assertThat(invalid("build", SPEC, "-f", "md", "-o", o.toString(), "--root", "").err())
        .contains("<command line>:1:1: error: --root is empty");
    assertThat(invalid("build", "", "-f", "md", "-o", o.toString()).err())
        .contains("<command line>:1:1: error: an empty SPEC|DIR was given");
    assertThat(invalid("validate", "").err())
        .contains("<command line>:1:1: error: an empty FILE|DIR was given");
    assertThat(invalid("xliff", "import", "").err())
        .contains("<command line>:1:1: error: an empty FILE was given");
    assertThat(invalid("watch", "", "--no-serve").err())
        .contains("<command line>:1:1: error: an empty SPEC was given");
    assertThat(o).doesNotExist();
  }

  // ---- write errors name the file and the reason

  @Test
  void aWriteErrorNamesTheFileAndItsReason(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("d");
    Files.createDirectories(out.resolve("energy-security.md"));
    assertThat(invalid("build", SPEC, "-f", "md", "-o", out.toString()).err())
        .contains(
            out.resolve("energy-security.md")
                + ":1:1: error: cannot write: it is a folder, not a regular file");

    assumeTrue(cannotWriteIn(Path.of("/sys")), "/sys is writable here");
    assertThat(invalid("table", "-o", "/sys/t.md").err())
        .contains("/sys/t.md:1:1: error: cannot write: permission denied")
        .doesNotContain(".tmp");
    assertThat(invalid("build", SPEC, "-f", "md", "-o", "/sys").err())
        .contains("/sys/energy-security.md:1:1: error: cannot write: permission denied")
        .doesNotContain(".tmp");
  }

  @Test
  void reasonsAreWordsForPeople() {
    assertThat(AtomicFiles.reason(new AccessDeniedException("/x/.a.md.1-2.tmp")))
        .isEqualTo("permission denied");
    assertThat(AtomicFiles.reason(new FileSystemException("/x", null, "Read-only file system")))
        .isEqualTo("read-only file system");
    assertThat(AtomicFiles.reason(new IOException("No space left on device")))
        .isEqualTo("no space left on device");
    assertThat(AtomicFiles.reason(new FileSystemException("/x/a", null, "Not a directory")))
        .isEqualTo("not a directory");
  }

  private static boolean cannotWriteIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try {
      Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
