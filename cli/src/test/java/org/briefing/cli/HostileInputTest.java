package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and faulty input, one case per kind of issue 10: special files, files outside the root,
 * unbounded work, control characters, batches, half-written sets and content that turns into code.
 * Each ends with exit status 2 and a clear message (or builds, where that is the rule); never exit
 * 1, a hang, a stack trace or a file outside the output folder. Special files (FIFOs, symlinks to
 * /dev/zero, sparse huge files) are made here.
 */
class HostileInputTest {
  private static final String SPEC = "title: A note\nsections: [abstract]\n";
  private static final Duration QUICK = Duration.ofSeconds(20);

  private static CliRun run(String... args) {
    CliRun r = assertTimeoutPreemptively(QUICK, () -> CliRun.of(args));
    assertThat(r.err()).as(r.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    return r;
  }

  private static CliRun expectInvalid(String message, String... args) {
    CliRun r = run(args);
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).as(r.toString()).contains(message);
    return r;
  }

  private static Path corpusCopy(Path tmp) throws IOException {
    Path src = CliRun.repo().resolve("briefings/corpus");
    Path dst = tmp.resolve("corpus");
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.sorted().toList()) {
        Path t = dst.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return dst;
  }

  private static void mkfifo(Path p) throws Exception {
    Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(proc.waitFor()).isZero();
  }

  // ---- 1. special files

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void extendsANamedPipeIsRefusedWithoutHanging(@TempDir Path tmp) throws Exception {
    mkfifo(tmp.resolve("pipe.yaml"));
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, "extends: pipe.yaml\n" + SPEC);
    expectInvalid(spec + ":1:10: error: not a regular file", "validate", spec.toString());
  }

  @Test
  void markdownNestedThousandsDeepBuildsInEveryFormat(@TempDir Path tmp) throws Exception {
    // 5,000 nested quotes or list items, and emphasis 8,000 deep, overflowed the stack (exit 1).
    for (String body :
        List.of(
            "> ".repeat(5_000) + "deep",
            "- ".repeat(5_000) + "deep",
            "*a _b ".repeat(8_000) + "deep" + " c_ d*".repeat(8_000))) {
      Path spec = tmp.resolve("deep.yaml");
      Files.writeString(
          spec,
          "title: Deep\nsections:\n  - type: text\n    title: T\n    body: \"" + body + "\"\n");
      CliRun r =
          run(
              "build",
              spec.toString(),
              "-f",
              "md,html,latex,docx,pdf",
              "-o",
              tmp.resolve("out").toString());
      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(Files.readString(tmp.resolve("out/deep.md"))).contains("deep");
    }
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aPipeOrABrokenLinkNamedOnTheCommandLineIsSaidToBeSo(@TempDir Path tmp) throws Exception {
    mkfifo(tmp.resolve("pipe.yaml"));
    Files.createSymbolicLink(tmp.resolve("dangling.yaml"), tmp.resolve("nowhere.yaml"));
    Files.createSymbolicLink(tmp.resolve("loop1.yaml"), tmp.resolve("loop2.yaml"));
    Files.createSymbolicLink(tmp.resolve("loop2.yaml"), tmp.resolve("loop1.yaml"));
    for (String command : List.of("validate", "build")) {
      expectInvalid(
          tmp.resolve("pipe.yaml") + ":1:1: error: not a file or folder (a device, pipe or socket)",
          command,
          tmp.resolve("pipe.yaml").toString());
      expectInvalid(
          tmp.resolve("dangling.yaml") + ":1:1: error: a symbolic link to nothing",
          command,
          tmp.resolve("dangling.yaml").toString());
      expectInvalid(
          tmp.resolve("loop1.yaml") + ":1:1: error: too many levels of symbolic links",
          command,
          tmp.resolve("loop1.yaml").toString());
    }
    expectInvalid(
        tmp.resolve("loop1.yaml") + ":1:1: error: too many levels of symbolic links",
        "xliff",
        "import",
        tmp.resolve("loop1.yaml").toString(),
        "--corpus",
        corpusCopy(tmp).toString());
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aCorpusFileThatIsAPipeOrDevZeroIsRefused(@TempDir Path tmp) throws Exception {
    Path corpus = corpusCopy(tmp);
    Files.delete(corpus.resolve("findings.yaml"));
    Files.createSymbolicLink(corpus.resolve("findings.yaml"), Path.of("/dev/zero"));
    Files.delete(corpus.resolve("glossary.yaml"));
    mkfifo(corpus.resolve("glossary.yaml"));
    CliRun r =
        expectInvalid(
            corpus.resolve("findings.yaml")
                + ":1:1: error: the corpus file 'findings.yaml' is outside the root folder",
            "validate",
            corpus.toString());
    assertThat(r.err()).contains(corpus.resolve("glossary.yaml") + ":1:1: error: not a regular");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aCorpusFileLinkedFromOutsideItsFolderIsRefusedUnread(@TempDir Path tmp) throws Exception {
    Path corpus = corpusCopy(tmp);
    Path secret = Files.writeString(tmp.resolve("secret.yaml"), "units:\n  secret-token: x\n");
    Path translation = corpus.resolve("translations/pl.yaml");
    Files.delete(translation);
    Files.createSymbolicLink(translation, secret);
    Files.delete(corpus.resolve("topics.yaml"));
    Files.createSymbolicLink(corpus.resolve("topics.yaml"), Path.of("/etc/passwd"));
    CliRun r =
        expectInvalid(
            translation + ":1:1: error: the corpus file 'translations/pl.yaml' is outside",
            "validate",
            corpus.toString());
    assertThat(r.err())
        .contains(corpus.resolve("topics.yaml") + ":1:1: error: the corpus file 'topics.yaml'")
        .doesNotContain("secret-token")
        .doesNotContain("root:x:");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aCorpusReachedThroughALinkedFolderIsReadWithItsMissingOptionalFiles(@TempDir Path tmp)
      throws Exception {
    // The shipped corpus has no references.bib nor references.json: a file that does not exist
    // under a linked folder (a home folder that is a link, /tmp on macOS) is still inside it.
    Path corpus = corpusCopy(tmp.resolve("real"));
    Path linked = Files.createSymbolicLink(tmp.resolve("linked"), corpus.getParent());
    assertThat(corpus.resolve("references.bib")).doesNotExist();
    CliRun r = run("validate", linked.resolve("corpus").toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("outside");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void xliffImportOfDevZeroIsRefused(@TempDir Path tmp) throws Exception {
    Path corpus = corpusCopy(tmp);
    expectInvalid(
        "/dev/zero:1:1: error: not a regular file",
        "xliff",
        "import",
        "/dev/zero",
        "--corpus",
        corpus.toString());
  }

  @Test
  void aSparseHugeCorpusFileIsRefusedByItsSize(@TempDir Path tmp) throws Exception {
    Path corpus = corpusCopy(tmp);
    try (RandomAccessFile f = new RandomAccessFile(corpus.resolve("events.yaml").toFile(), "rw")) {
      f.setLength(20L * 1024 * 1024 * 1024);
    }
    expectInvalid(
        corpus.resolve("events.yaml") + ":1:1: error: file is too large",
        "validate",
        corpus.toString());
  }

  // ---- 2. files outside their folder

  @Test
  void extendsOutsideTheRootIsRefusedBeforeReading(@TempDir Path tmp) throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(
        elsewhere.resolve("secrets.yaml"), "title: SECRET TITLE\nsections: [abstract]\n");
    Path dir = Files.createDirectories(tmp.resolve("specs"));
    Path spec = dir.resolve("a.yaml");
    Files.writeString(spec, "extends: ../elsewhere/secrets.yaml\nsections: [abstract]\n");
    CliRun r =
        expectInvalid(
            spec + ":1:10: error: 'extends' '../elsewhere/secrets.yaml' is outside the root folder",
            "build",
            dir.toString(),
            "-f",
            "md",
            "-o",
            tmp.resolve("out").toString());
    assertThat(r.err()).doesNotContain("SECRET");
    // --root widens it
    CliRun wide =
        run(
            "build",
            spec.toString(),
            "--root",
            tmp.toString(),
            "-f",
            "md",
            "-o",
            tmp.resolve("out").toString());
    assertThat(wide.status()).as(wide.toString()).isZero();
  }

  @Test
  void extendsEtcPasswdIsRefusedWithoutQuotingIt(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, "extends: ../../../../../../../etc/passwd\n" + SPEC);
    CliRun r = expectInvalid("is outside the root folder", "validate", spec.toString());
    assertThat(r.err()).doesNotContain("root:x:");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aLogoThatIsASymlinkOutsideIsRefused(@TempDir Path tmp) throws IOException {
    Files.createSymbolicLink(tmp.resolve("logo.png"), Path.of("/etc/passwd"));
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, SPEC + "organisation: {name: I, logo: logo.png}\n");
    Path out = tmp.resolve("out");
    expectInvalid(
        "the logo 'logo.png' is outside the root folder",
        "build",
        spec.toString(),
        "-f",
        "html",
        "-o",
        out.toString());
    assertThat(out).doesNotExist();
  }

  // ---- 3. unbounded work

  @Test
  void aHugeTitleIsRefusedQuickly(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, "title: " + "x".repeat(600) + "\nsections: [abstract]\n");
    expectInvalid(
        spec + ":1:8: error: 'title' is too long (600 characters)", "validate", spec.toString());
    Files.writeString(spec, "title: " + "x".repeat(1_000_000) + "\nsections: [abstract]\n");
    expectInvalid(spec + ":1:1: error: line 1 is too long", "validate", spec.toString());
  }

  @Test
  void aLongExtendsChainIsCutWithAMessage(@TempDir Path tmp) throws IOException {
    for (int i = 0; i < 3000; i++) {
      Files.writeString(tmp.resolve("s" + i + ".yaml"), "extends: s" + (i + 1) + ".yaml\n");
    }
    Files.writeString(tmp.resolve("s3000.yaml"), SPEC);
    expectInvalid(
        "error: 'extends' goes more than 32 specs deep",
        "validate",
        tmp.resolve("s0.yaml").toString());
  }

  @Test
  void aHugePngLogoIsRefusedFromItsHeader(@TempDir Path tmp) throws IOException {
    byte[] png = new byte[64];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(head, 0, png, 0, head.length);
    int side = 40_000;
    for (int at : new int[] {16, 20}) {
      png[at] = (byte) (side >>> 24);
      png[at + 1] = (byte) (side >>> 16);
      png[at + 2] = (byte) (side >>> 8);
      png[at + 3] = (byte) side;
    }
    Files.write(tmp.resolve("big.png"), png);
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, SPEC + "organisation: {name: I, logo: big.png}\n");
    expectInvalid("the logo is 40000 × 40000 pixels", "validate", spec.toString());
  }

  @Test
  void aLogoTooLargeOnDiskIsRefused(@TempDir Path tmp) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("big.png").toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, SPEC + "organisation: {name: I, logo: big.png}\n");
    expectInvalid("error: file is too large", "validate", spec.toString());
  }

  // ---- 4. characters that break outputs

  @Test
  void controlCharactersAreRefusedAtTheirPlace(@TempDir Path tmp) throws IOException {
    Path escaped = tmp.resolve("a.yaml");
    Files.writeString(escaped, "title: \"bell \\a here\"\nsections: [abstract]\n");
    expectInvalid(
        escaped + ":1:8: error: control character U+0007 is not allowed in text",
        "validate",
        escaped.toString());
    Path raw = tmp.resolve("b.yaml");
    Files.writeString(raw, "sections: [abstract]\ntitle: esc \u001b nul\n");
    expectInvalid(
        raw + ":2:12: error: control character U+001B is not allowed in text",
        "validate",
        raw.toString());
  }

  @Test
  void bidiControlsAreRefusedWhereTextEntersAndShownEscaped(@TempDir Path tmp) throws IOException {
    // In a spec (a marking that would read "TLP:DER" reversed), at the character itself.
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, "sections: [abstract]\nmarking: \"TLP:\u202eDER\"\n");
    CliRun r =
        expectInvalid(
            spec + ":2:15: error: bidi control U+202E is not allowed in text",
            "validate",
            spec.toString());
    assertThat(r.err()).doesNotContain("\u202e");
    // An isolate written as a YAML escape.
    Path escaped = tmp.resolve("b.yaml");
    Files.writeString(escaped, "sections: [abstract]\ntitle: \"x \\u2067y\"\n");
    expectInvalid(
        escaped + ":2:8: error: bidi control U+2067 is not allowed in text",
        "validate",
        escaped.toString());
    // Raw in a corpus file, even in a comment (where "Trojan Source" hides what code does).
    Path corpus = corpusCopy(tmp);
    // A command-line argument is no text of the tool's: it is echoed escaped.
    CliRun table = run("table", "t\u202e1", "--corpus", corpus.toString());
    assertThat(table.status()).isEqualTo(2);
    assertThat(table.err()).contains("\\u202E").doesNotContain("\u202e");
    Path topics = corpus.resolve("topics.yaml");
    long lines = Files.readAllLines(topics).size();
    Files.writeString(
        topics,
        Files.readString(topics) + "# a \u202e comment\n",
        StandardOpenOption.TRUNCATE_EXISTING);
    expectInvalid(
        topics + ":" + (lines + 1) + ":5: error: bidi control U+202E is not allowed in text",
        "validate",
        "--corpus",
        corpus.toString());
  }

  /**
   * A path the user names is echoed escaped in what the tool reports on success too ("wrote …",
   * "built … in …", "next: …"), as in its errors: an escape sequence in a folder name would
   * otherwise reach the terminal.
   */
  @Test
  void pathsInSuccessMessagesAreShownEscaped(@TempDir Path tmp) throws IOException {
    String esc = "o\u001B[31mRED\u202E";
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, "sections: [abstract]\n");
    List<CliRun> runs =
        List.of(
            run("build", spec.toString(), "-f", "md", "-o", tmp.resolve(esc).toString()),
            run("table", "-o", tmp.resolve(esc + ".md").toString()),
            run("new", "n", "-d", tmp.resolve(esc + "-new").toString()),
            run("init", tmp.resolve(esc + "-init").toString()),
            run("validate", spec.toString()));
    for (CliRun r : runs) {
      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.out() + r.err()).as(r.toString()).doesNotContain("\u001B", "\u202E");
    }
    assertThat(runs.get(0).out()).contains("\\u001B[31mRED\\u202E");
  }

  /**
   * A folder given to build holds a link to a spec (or to a paper folder) outside it: the spec is
   * not built, as a logo or an extends outside the root is not read; the others are.
   */
  @Test
  void aSpecLinkedFromOutsideTheFolderIsNotBuilt(@TempDir Path tmp) throws IOException {
    Path outside = tmp.resolve("outside");
    Files.createDirectories(outside.resolve("paper"));
    Files.writeString(outside.resolve("secret.yaml"), "sections: [abstract]\n");
    Path specs = tmp.resolve("specs");
    Files.createDirectories(specs);
    Files.writeString(specs.resolve("good.yaml"), "sections: [abstract]\n");
    Files.createSymbolicLink(specs.resolve("evil.yaml"), outside.resolve("secret.yaml"));
    Path out = tmp.resolve("out");
    CliRun r =
        expectInvalid(
            specs.resolve("evil.yaml") + ":1:1: error: a symbolic link out of ",
            "build",
            specs.toString(),
            "-f",
            "md",
            "-o",
            out.toString());
    assertThat(out.resolve("good.md")).isRegularFile();
    assertThat(out.resolve("evil.md")).doesNotExist();
    // --root takes it in.
    CliRun widened =
        run("build", specs.toString(), "-f", "md", "-o", out.toString(), "--root", tmp.toString());
    assertThat(widened.status()).as(widened.toString()).isZero();
    assertThat(out.resolve("evil.md")).isRegularFile();
    assertThat(r.err()).contains("1 failed");
  }

  /** The corpus's translations exported as XLIFF. */
  private static String exportedXliff(Path corpus) {
    CliRun export = run("xliff", "export", "--corpus", corpus.toString());
    assertThat(export.status()).isZero();
    return export.out();
  }

  /**
   * Where the text of the first target of a unit open for translation starts (the article's own
   * text is locked): the conclusions heading's.
   */
  private static int openTarget(String xliff) {
    int open = xliff.indexOf("<unit id=\"section.conclusions.title\">");
    assertThat(open).isPositive();
    return xliff.indexOf("<target>", open) + "<target>".length();
  }

  @Test
  void xliffCodePointsOfControlCharactersAreRefused(@TempDir Path tmp) throws IOException {
    Path corpus = corpusCopy(tmp);
    String xliff = exportedXliff(corpus);
    int at = openTarget(xliff);
    Path file = tmp.resolve("x.xlf");
    Files.writeString(file, xliff.substring(0, at) + "<cp hex=\"1B\"/>" + xliff.substring(at));
    expectInvalid(
        "<cp hex=\"1B\">: control character U+001B is not allowed in text",
        "xliff",
        "import",
        file.toString(),
        "--corpus",
        corpus.toString());
  }

  /**
   * XML 1.0 lets C1 and bidi controls stand in a target's text, raw or as character references:
   * refused at import at the character, as in the corpus, not stored and then refused by the
   * translations file's own read-back (which ended in an internal error).
   */
  @Test
  void xliffTextWithControlCharactersIsRefusedAtTheCharacter(@TempDir Path tmp) throws IOException {
    Path corpus = corpusCopy(tmp);
    String xliff = exportedXliff(corpus);
    int at = openTarget(xliff);
    int line = (int) xliff.substring(0, at).lines().count();
    int column = at - xliff.lastIndexOf('\n', at - 1);
    byte[] before = Files.readAllBytes(corpus.resolve("translations/pl.yaml"));
    for (String inserted : List.of("\u0085", "\u202e", "\u2066", "&#x202E;", "&#x9B;")) {
      Path file = tmp.resolve("x.xlf");
      Files.writeString(file, xliff.substring(0, at) + "ab" + inserted + xliff.substring(at));
      int c =
          inserted.startsWith("&")
              ? Integer.parseInt(inserted.replaceAll("[&#x;]", ""), 16)
              : inserted.codePointAt(0);
      String kind = c < 0x100 ? "control character" : "bidi control";
      CliRun r =
          expectInvalid(
              String.format(
                  "error: %s U+%04X is not allowed in text (in the target of unit"
                      + " 'section.conclusions.title')",
                  kind, c),
              "xliff",
              "import",
              file.toString(),
              "--corpus",
              corpus.toString());
      if (!inserted.startsWith("&")) {
        assertThat(r.err()).as(inserted).contains(file + ":" + line + ":" + (column + 2) + ": ");
      }
      assertThat(corpus.resolve("translations/pl.yaml")).hasBinaryContent(before);
    }
  }

  // ---- 6. half-written sets and lost data

  @Test
  void anOutputThatCannotBeWrittenLeavesTheOldSetWhole(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(spec, SPEC);
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("note.md"), "old md");
    Files.createDirectories(out.resolve("note.html"));
    CliRun r =
        expectInvalid(
            out.resolve("note.html") + ":1:1: error: cannot write: it is a folder",
            "build",
            spec.toString(),
            "-f",
            "md,html",
            "-o",
            out.toString());
    // The folder is named once, in the file's path.
    assertThat(r.err().lines().findFirst().orElseThrow())
        .containsOnlyOnce(out.toString())
        .doesNotContain("Exception");
    assertThat(out.resolve("note.md")).hasContent("old md");
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("note.md", "note.html");
    }
  }

  @Test
  void aStaleTempFileIsRemovedByTheNextBuild(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(spec, SPEC);
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve(".note.md.12345.tmp"), "left by a kill");
    CliRun r = run("build", spec.toString(), "-f", "md", "-o", out.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(out.resolve(".note.md.12345.tmp")).doesNotExist();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void dashOWithASymlinkOrDeviceIsRefusedAndDashIsStandardOutput(@TempDir Path tmp)
      throws IOException {
    Path real = tmp.resolve("real.md");
    Files.writeString(real, "kept");
    Path link = Files.createSymbolicLink(tmp.resolve("link.md"), real);
    expectInvalid("a symlink, not a regular file", "table", "-f", "md", "-o", link.toString());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("kept");
    expectInvalid("not a regular file", "table", "-f", "md", "-o", "/dev/null");
    assertThat(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    CliRun dash = run("table", "-f", "md", "-o", "-");
    assertThat(dash.status()).isZero();
    assertThat(dash.out()).contains("|");
  }

  @Test
  void specsThatWriteTheSameOutputAreACollision(@TempDir Path tmp) throws IOException {
    for (String n : new String[] {"a", "b", "c"}) {
      Files.writeString(tmp.resolve(n + ".yaml"), SPEC + "output: same\n");
    }
    Path out = tmp.resolve("out");
    CliRun r =
        expectInvalid(
            "which " + tmp.resolve("a.yaml"),
            "build",
            tmp.toString(),
            "-f",
            "md",
            "-o",
            out.toString());
    assertThat(r.err()).contains("built 1 of 3 briefings").contains("2 failed");
  }

  @Test
  void anOversizedXliffTargetIsAClearError(@TempDir Path tmp) throws IOException {
    Path corpus = corpusCopy(tmp);
    String xliff = run("xliff", "export", "--corpus", corpus.toString()).out();
    // The first target of a unit open for translation (the article's own text is locked).
    int open = xliff.indexOf("<unit id=\"section.conclusions.title\">");
    assertThat(open).isPositive();
    int at = xliff.indexOf("<target>", open) + "<target>".length();
    int end = xliff.indexOf("</target>", at);
    Path file = tmp.resolve("x.xlf");
    Files.writeString(
        file,
        xliff.substring(0, at) + "ą".repeat(3_000_000) + xliff.substring(end),
        StandardCharsets.UTF_8);
    expectInvalid(
        "more than a translation may hold",
        "xliff",
        "import",
        file.toString(),
        "--corpus",
        corpus.toString());
  }

  // ---- 7, 8. content that turns into code, small inconsistencies

  @Test
  void aJavascriptReferenceUrlIsRefused(@TempDir Path tmp) throws IOException {
    Path corpus = corpusCopy(tmp);
    Path refs = corpus.resolve("references.yaml");
    String text = Files.readString(refs);
    int at = text.indexOf("\n  - id:", text.indexOf("\n  - id:") + 1);
    assertThat(at).isPositive();
    Files.writeString(
        refs, text.substring(0, at) + "\n    url: \"javascript:alert(1)\"" + text.substring(at));
    expectInvalid(
        "'javascript:alert(1)' is not a web address this tool links to",
        "validate",
        corpus.toString());
  }

  @Test
  void yamlTagsAreRefused(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, "title: !!str A note\nlanguage: !lang en\nsections: [abstract]\n");
    expectInvalid(
        spec + ":1:8: error: YAML tags such as 'tag:yaml.org,2002:str' are not used here",
        "validate",
        spec.toString());
  }

  @Test
  void unknownCorpusFilesWarnButDotfilesDoNot(@TempDir Path tmp) throws IOException {
    Path corpus = corpusCopy(tmp);
    Files.writeString(corpus.resolve("finding.yaml"), "x: 1\n");
    Files.writeString(corpus.resolve("translations/.pl.yaml.lock"), "");
    Files.writeString(corpus.resolve(".DS_Store"), "");
    CliRun r = run("validate", corpus.toString());
    assertThat(r.err())
        .contains(corpus.resolve("finding.yaml") + ":1:1: warning: this file is not part")
        .doesNotContain(".pl.yaml.lock")
        .doesNotContain(".DS_Store");
  }

  @Test
  void outputNamesAllowLettersOfAnyScriptButNotDevicesOrSpaces(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("out");
    Path polish = tmp.resolve("p.yaml");
    Files.writeString(polish, SPEC + "output: notatka-Łódź\n");
    CliRun ok = run("build", polish.toString(), "-f", "md", "-o", out.toString());
    assertThat(ok.status()).as(ok.toString()).isZero();
    assertThat(out.resolve("notatka-Łódź.md")).isRegularFile();

    Path device = tmp.resolve("d.yaml");
    Files.writeString(device, SPEC + "output: CON\n");
    expectInvalid("'CON' is a Windows device name", "validate", device.toString());

    Path spaced = tmp.resolve("my note.yaml");
    Files.writeString(spaced, SPEC);
    CliRun r = expectInvalid("'my note' contains a space", "validate", spaced.toString());
    assertThat(r.err()).contains("hint: set 'output:' in the spec");

    Path longName = tmp.resolve("l.yaml");
    Files.writeString(longName, SPEC + "output: " + "n".repeat(300) + "\n");
    expectInvalid("is longer than 120 characters", "validate", longName.toString());
  }

  @Test
  void aTextFileNamedPngIsNotALogo(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("logo.png"), "just text");
    Path spec = tmp.resolve("a.yaml");
    Files.writeString(spec, SPEC + "organisation: {name: I, logo: logo.png}\n");
    expectInvalid("the logo does not hold PNG data, as its name says", "validate", spec.toString());
  }

  @Test
  void aFootnoteWithoutANumberIsADiagnostic(@TempDir Path tmp) throws IOException {
    Path corpus = corpusCopy(tmp);
    Files.writeString(corpus.resolve("footnotes.yaml"), "footnotes:\n- r: \n");
    CliRun r = run("validate", corpus.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(corpus.resolve("footnotes.yaml") + ":2:3: error:");
  }

  static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
