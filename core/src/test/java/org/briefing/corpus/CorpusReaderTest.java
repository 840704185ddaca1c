package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Language;
import org.briefing.i18n.TranslationStatus;
import org.briefing.model.Corpus;
import org.briefing.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  @Test
  void readsAValidCorpusIntoTheModel() {
    CorpusReader.Result r = MiniCorpus.valid().read();

    assertThat(r.warnings()).isEmpty();
    Corpus c = r.corpus();
    assertThat(c.article().title()).isEqualTo("A Small Test Article");
    assertThat(c.article().year()).isEqualTo(2022);
    assertThat(c.findings()).extracting(f -> f.id()).containsExactly("gas-stop", "sanctions-push");
    assertThat(c.finding("gas-stop").orElseThrow().date().orElseThrow().start())
        .isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(c.finding("gas-stop").orElseThrow().citations().get(0).locator()).isEqualTo("867");
    assertThat(c.hypothesis("h1").orElseThrow().verdict()).contains("confirmed");
    Table.Cell effects = c.tables().get(0).rows().get(0).cell("effects").orElseThrow();
    assertThat(effects.lines().get(1).printed()).isEqualTo("June: new concept*");
    assertThat(effects.lines().get(0).date().orElseThrow().end()).isEmpty();
    assertThat(c.reference("lrt-2022a").orElseThrow().label()).isEqualTo("LRT, 2022a");
    assertThat(c.figures().get(0).series().get(0).values().get(0)).hasToString("68.8");
    assertThat(c.footnote(1).orElseThrow().originalLanguage()).contains("pl");
    assertThat(c.translations(Language.PL).unit("footnote.1").orElseThrow().status())
        .isEqualTo(TranslationStatus.ARTICLE);
  }

  @Test
  void aStaleTranslationIsAWarningWithTheNewFingerprint() {
    CorpusReader.Result r =
        MiniCorpus.valid()
            .replace("article.yaml", "\"A Small Test Article\"", "\"A Smaller Test Article\"")
            .read();

    assertThat(r.warnings())
        .extracting(Diagnostic::format)
        .containsExactly(
            "corpus/translations/pl.yaml:5:18: warning: the Polish translation of 'article.title'"
                + " is stale: the English text has changed since it was translated"
                + System.lineSeparator()
                + "  hint: review the translation and update its fingerprint to "
                + org.briefing.i18n.Fingerprint.of("A Smaller Test Article"));
  }

  @Test
  void aUnitWithoutTranslationIsAWarning() {
    CorpusReader.Result r =
        MiniCorpus.valid()
            .replace(
                "translations/pl.yaml",
                "  topic.sanctions.label:\n    status: draft\n    fingerprint: a26661faa8b38160\n"
                    + "    text: \"[pl] Sanctions\"\n",
                "")
            .read();

    assertThat(r.warnings())
        .extracting(Diagnostic::message)
        .containsExactly("1 unit has no Polish translation yet (topics.yaml 1)");
    assertThat(r.warnings().get(0).position()).hasToString("corpus/translations/pl.yaml:2:1");
    assertThat(r.missingTranslations().get(Language.PL)).containsExactly("topic.sanctions.label");
  }

  @Test
  void reportsEveryErrorOfOneFileInOneRun() {
    MiniCorpus c =
        MiniCorpus.valid()
            .put(
                "findings.yaml",
                """
                findings:
                  - id: gas-stop
                    statement: "Lithuania stopped importing Russian gas."
                    topics: [energy, sanction]
                    date: 30 February 2022
                    source: {section: energy-security, quote: "stopped"}
                  - id: sanctions-push
                    topics: [sanctions]
                    source: {section: intro, quote: "pushed"}
                    colour: red
                  - id: gas-stop
                    statement: "Again."
                    topics: [energy]
                    source: {section: introduction, quote: "again"}
                """);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, c::read);

    assertThat(e.diagnostics())
        .filteredOn(Diagnostic::isError)
        .extracting(d -> d.position() + " " + d.message())
        .containsExactly(
            "corpus/findings.yaml:4:22 finding 'gas-stop' refers to unknown topic 'sanction'",
            "corpus/findings.yaml:5:11 '30 February 2022' is not a real date: February has no day 30",
            "corpus/findings.yaml:7:5 finding 'sanctions-push' needs 'statement'",
            "corpus/findings.yaml:9:23 finding 'sanctions-push' refers to unknown section 'intro'",
            "corpus/findings.yaml:10:5 unknown key 'colour' in finding 'sanctions-push'",
            "corpus/findings.yaml:11:9 duplicate finding id 'gas-stop'");
  }

  @Test
  void reportsErrorsOfSeveralFilesTogether() {
    MiniCorpus c =
        MiniCorpus.valid()
            .replace("argument.yaml", "verdict: confirmed", "verdict: proven")
            .replace("topics.yaml", "label: Sanctions", "label: [Sanctions]")
            .put("glossary.yaml", "terms:\n  - id: x\n");

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, c::read);

    assertThat(e.diagnostics())
        .extracting(d -> d.position().path())
        .containsExactly("corpus/argument.yaml", "corpus/glossary.yaml", "corpus/topics.yaml");
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void readsADirectoryAndNamesFilesAsGiven(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("my-corpus");
    Files.createDirectories(dir.resolve("translations"));
    MiniCorpus valid = MiniCorpus.valid();
    for (String f : CorpusReader.FILES) {
      Files.writeString(dir.resolve(f), valid.text(f), StandardCharsets.UTF_8);
    }
    Files.writeString(
        dir.resolve("translations/pl.yaml"),
        valid.text("translations/pl.yaml"),
        StandardCharsets.UTF_8);
    assertThat(CorpusReader.read(dir).corpus().findings()).hasSize(2);
    assertThat(CorpusReader.read(dir).warnings()).isEmpty();

    Files.write(dir.resolve("topics.yaml"), new byte[] {'t', ':', ' ', (byte) 0xC3, (byte) 0x28});
    Files.delete(dir.resolve("article.yaml"));
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> CorpusReader.read(dir));
    assertThat(e.diagnostics())
        .filteredOn(Diagnostic::isError)
        .extracting(Diagnostic::format)
        .containsExactly(
            dir.resolve("article.yaml")
                + ":1:1: error: the corpus file is missing"
                + System.lineSeparator()
                + "  hint: a corpus needs article.yaml; './briefing init DIR' makes a new one",
            dir.resolve("topics.yaml")
                + ":1:4: error: byte 0xC3 is not UTF-8"
                + System.lineSeparator()
                + "  hint: save the file as UTF-8; text in Windows-1250 or ISO-8859-2 (Polish,"
                + " Czech…) converts with iconv -f WINDOWS-1250 -t UTF-8 (or -f ISO-8859-2)");
  }

  @Test
  void aReplacementCharacterTheFileHoldsIsTextAndAMalformedByteBesideItIsNot(@TempDir Path tmp)
      throws IOException {
    Path dir = tmp.resolve("c");
    Files.createDirectories(dir);
    MiniCorpus valid = MiniCorpus.valid();
    for (String f : CorpusReader.FILES) {
      Files.writeString(dir.resolve(f), valid.text(f), StandardCharsets.UTF_8);
    }
    String title = "title: A \uFFFD in the title\n";
    Files.writeString(
        dir.resolve("article.yaml"),
        valid.text("article.yaml").replaceFirst("(?m)^title: .*\n", title),
        StandardCharsets.UTF_8);
    assertThat(CorpusReader.read(dir).corpus().article().title())
        .isEqualTo("A \uFFFD in the title");

    byte[] text = Files.readAllBytes(dir.resolve("article.yaml"));
    byte[] broken = java.util.Arrays.copyOf(text, text.length + 2);
    broken[text.length] = '#';
    broken[text.length + 1] = (byte) 0xFF;
    Files.write(dir.resolve("article.yaml"), broken);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> CorpusReader.read(dir));
    // The bad byte in a comment after the last line break: the next line, second column.
    long lines = new String(text, StandardCharsets.UTF_8).lines().count();
    assertThat(e.diagnostics())
        .extracting(Diagnostic::position)
        .contains(new SourcePosition(dir.resolve("article.yaml").toString(), (int) lines + 1, 2));
    assertThat(e.diagnostics()).extracting(Diagnostic::message).contains("byte 0xFF is not UTF-8");
  }

  @Test
  void aCorpusNeedsOnlyItsArticleAndWarnsOfFilesItDoesNotRead(@TempDir Path tmp)
      throws IOException {
    Path dir = tmp.resolve("paper");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("article.yaml"),
        "id: paper\ntitle: A paper\nabstract: Short.\nyear: 2025\ntranslations: none\n");
    Files.writeString(dir.resolve("findngs.yaml"), "findings: []\n");
    CorpusReader.Result r = CorpusReader.read(dir);
    assertThat(r.corpus().findings()).isEmpty();
    assertThat(r.corpus().tables()).isEmpty();
    assertThat(r.corpus().languages()).containsExactly(Language.EN);
    assertThat(r.warnings())
        .extracting(Diagnostic::format)
        .containsExactly(
            dir.resolve("findngs.yaml")
                + ":1:1: warning: this file is not part of a corpus and is not read"
                + System.lineSeparator()
                + "  hint: did you mean 'findings.yaml'?");
  }

  @Test
  void aFolderWithoutArticleYamlIsOneErrorAndIsNotWalked(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("home");
    Files.createDirectories(dir.resolve("deep/er"));
    for (int i = 0; i < 50; i++) {
      Files.writeString(dir.resolve("note" + i + ".odt"), "x");
      Files.writeString(dir.resolve("deep/er/file" + i + ".pdf"), "x");
    }

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> CorpusReader.read(dir));

    assertThat(e.diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly(
            dir.resolve("article.yaml")
                + ":1:1: error: the corpus file is missing"
                + System.lineSeparator()
                + "  hint: a corpus needs article.yaml; './briefing init DIR' makes a new one");
  }

  @Test
  void theRootFolderIsNotACorpusAndIsNotWalked() {
    Path root = Path.of("/");
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(root.resolve("article.yaml")));

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> CorpusReader.read(root));

    assertThat(e.diagnostics()).hasSize(1);
    assertThat(e.diagnostics().get(0).message()).isEqualTo("the corpus file is missing");
  }

  @Test
  void theWalkIsBoundedAndStaysOnItsFileSystem(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("big");
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".git/objects/ab"), "x");
    Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(dir.resolve("linked"), tmp.resolve("big/outside"));
    Files.writeString(dir.resolve("outside/seen.txt"), "x");
    for (int i = 0; i < CorpusReader.MAX_LISTED + 10; i++) {
      Files.writeString(dir.resolve(String.format("f%04d.bin", i)), "x");
    }

    java.util.List<String> listed = CorpusReader.listFiles(dir);

    assertThat(listed).hasSize(CorpusReader.MAX_LISTED);
    assertThat(listed).noneMatch(f -> f.startsWith(".git/") || f.startsWith("linked/"));
    // '/' itself, where /proc and /sys are other file systems: never entered.
    Path proc = Path.of("/proc/self");
    if (Files.isDirectory(proc)) {
      assertThat(CorpusReader.listFiles(Path.of("/")))
          .hasSizeLessThanOrEqualTo(CorpusReader.MAX_LISTED)
          .noneMatch(f -> f.startsWith("proc/") || f.startsWith("sys/"));
    }
  }

  @Test
  void aFolderFullOfOtherFilesGetsTwentyWarningsAndOneThatCountsTheRest(@TempDir Path tmp)
      throws IOException {
    Path dir = tmp.resolve("paper");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("article.yaml"),
        "id: paper\ntitle: A paper\nabstract: Short.\nyear: 2025\ntranslations: none\n");
    for (int i = 0; i < 30; i++) {
      Files.writeString(dir.resolve(String.format("scan%02d.jpg", i)), "x");
    }

    java.util.List<String> warnings =
        CorpusReader.read(dir).warnings().stream().map(Diagnostic::message).toList();

    assertThat(warnings).hasSize(21);
    assertThat(warnings)
        .containsOnlyOnce("10 other files in this folder are not part of a corpus and are not read")
        .filteredOn(w -> w.equals("this file is not part of a corpus and is not read"))
        .hasSize(20);
  }

  @Test
  void aMissingDirectoryIsOneClearError(@TempDir Path tmp) {
    Path dir = tmp.resolve("nowhere");
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> CorpusReader.read(dir));
    assertThat(e.diagnostics()).hasSize(1);
    assertThat(e.diagnostics().get(0).message()).isEqualTo("no corpus directory here");
  }

  @Test
  void theShippedCorpusReadsWithoutErrorsOrWarnings() {
    CorpusReader.Result r = CorpusReader.readDefault();

    assertThat(r.warnings()).extracting(Diagnostic::format).isEmpty();
    assertThat(r.corpus().argument().items()).hasSize(4);
    assertThat(r.corpus().translations(Language.PL).units()).isNotEmpty();
  }
}
