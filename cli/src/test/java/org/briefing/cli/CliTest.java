package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end: output, messages and exit statuses. */
class CliTest {

  @Test
  void versionAndHelp() {
    CliRun v = CliRun.of("--version");
    assertThat(v.status()).isZero();
    assertThat(v.out()).startsWith("briefing ");
    assertThat(CliRun.of("-V").out()).isEqualTo(v.out());
    // A command's own --version, and --version before a command, print the same.
    assertThat(CliRun.of("validate", "--version").out()).isEqualTo(v.out());
    assertThat(CliRun.of("--version", "build").out()).isEqualTo(v.out());

    CliRun h = CliRun.of("--help");
    assertThat(h.status()).isZero();
    assertThat(h.out())
        .contains("build", "validate", "list", "table", "schema", "new", "Exit status");
  }

  @Test
  void aCsvBuildNamesTheTablesItLeavesOutAsBriefingTableTakesThem(@TempDir Path tmp) {
    Path paper = CliRun.repo().resolve("briefings/crs-foreign-debt");
    String corpus = paper.resolve("corpus").toString();
    CliRun build =
        CliRun.of(
            "build",
            paper.resolve("crs-summary-pl.yaml").toString(),
            "-f",
            "csv",
            "-o",
            tmp.toString());
    assertThat(build.status()).as(build.toString()).isZero();
    assertThat(build.err())
        .contains(
            "the CSV holds only the first table (ownership); left out: 1 other table"
                + " (top-holders); to write it: ./briefing table top-holders -l pl -f csv"
                + " --corpus "
                + corpus);
    // The command it gives writes the table (this corpus is not the default one: --corpus).
    CliRun table = CliRun.of("table", "top-holders", "-l", "pl", "-f", "csv", "--corpus", corpus);
    assertThat(table.status()).as(table.toString()).isZero();
    assertThat(table.out()).isNotBlank();

    CliRun bilingual =
        CliRun.of(
            "build",
            paper.resolve("crs-bilingual.yaml").toString(),
            "-f",
            "csv",
            "-o",
            tmp.toString());
    assertThat(bilingual.status()).as(bilingual.toString()).isZero();
    assertThat(bilingual.err())
        .contains(
            "the CSV holds only the first table (ownership), in English; left out: its Polish"
                + " copy; to write it: ./briefing table ownership -l pl -f csv --corpus "
                + corpus);
    CliRun polish = CliRun.of("table", "ownership", "-l", "pl", "-f", "csv", "--corpus", corpus);
    assertThat(polish.status()).as(polish.toString()).isZero();
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun r = CliRun.of("biuld");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument").contains("build");
  }

  @Test
  void validatesTheBuiltInCorpusAndTheShippedFolder() {
    CliRun r = CliRun.of("validate");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("0 errors");

    CliRun all = CliRun.of("validate", CliRun.repo().resolve("briefings").toString());
    assertThat(all.status()).as(all.toString()).isZero();
    assertThat(all.out())
        .contains("ok: " + CliRun.repo().resolve("briefings/crs-foreign-debt/corpus"))
        .contains("checked 2 corpora and")
        .contains("0 errors");
  }

  @Test
  void aTypoInACorpusKeyIsReportedWithItsPosition(@TempDir Path tmp) throws IOException {
    Path corpus = copyCorpus(tmp);
    Path hyp = corpus.resolve("argument.yaml");
    String text = Files.readString(hyp, StandardCharsets.UTF_8);
    Files.writeString(hyp, text.replaceFirst("verdict:", "verdikt:"), StandardCharsets.UTF_8);
    int line = lineOf(Files.readString(hyp, StandardCharsets.UTF_8), "verdikt:");

    CliRun r = CliRun.of("validate", corpus.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains(hyp + ":" + line + ":5: error: unknown key 'verdikt' in hypothesis 'h1'")
        .contains("hint: did you mean 'verdict'?");
  }

  @Test
  void aDanglingIdInACorpusIsReportedWithItsPosition(@TempDir Path tmp) throws IOException {
    Path corpus = copyCorpus(tmp);
    Path hyp = corpus.resolve("argument.yaml");
    String text = Files.readString(hyp, StandardCharsets.UTF_8);
    Files.writeString(
        hyp, text.replaceFirst("\\{finding: [a-z0-9-]+,", "{finding: no-such-finding,"));

    CliRun r = CliRun.of("validate", corpus.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(hyp.toString()).contains("no-such-finding");
    assertThat(r.err().lines().filter(l -> l.contains(": error: ")).findFirst().orElseThrow())
        .matches(".*argument\\.yaml:\\d+:\\d+: error: .*");
  }

  @Test
  void aTranslationFileIsCheckedWithItsOwnCorpus(@TempDir Path tmp) throws IOException {
    Path corpus = copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    String text = Files.readString(pl, StandardCharsets.UTF_8);
    Files.writeString(
        pl,
        text.replaceFirst("\n  article\\.title:", "\n  article.titel:"),
        StandardCharsets.UTF_8);

    CliRun r = CliRun.of("validate", pl.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(pl + ":").contains("article.titel");
  }

  @Test
  void aBrokenTranslationFailsTheBuildsThatUseItAndValidateButNotAnEnglishBuild(@TempDir Path tmp)
      throws IOException {
    Path corpus = copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    Files.writeString(
        pl,
        Files.readString(pl, StandardCharsets.UTF_8) + "  bad: [unclosed\n",
        StandardCharsets.UTF_8);
    for (String name : List.of("full-article.yaml", "abstract-pl.yaml")) {
      Files.copy(CliRun.repo().resolve("briefings").resolve(name), tmp.resolve(name));
    }
    String out = tmp.resolve("out").toString();

    CliRun english =
        CliRun.of("build", tmp.resolve("full-article.yaml").toString(), "-f", "md", "-o", out);
    CliRun polish =
        CliRun.of("build", tmp.resolve("abstract-pl.yaml").toString(), "-f", "md", "-o", out);
    CliRun validate = CliRun.of("validate", corpus.toString());

    assertThat(english.status()).as(english.toString()).isZero();
    assertThat(english.err()).doesNotContain("pl.yaml");
    assertThat(Path.of(out, "full-article.md")).isRegularFile();
    String error = pl + ":" + (lineOf(Files.readString(pl), "bad: [unclosed") + 1) + ":1: error: ";
    assertThat(polish.status()).as(polish.toString()).isEqualTo(2);
    assertThat(polish.err()).contains(error);
    assertThat(Path.of(out, "abstract-pl.md")).doesNotExist();
    assertThat(validate.status()).as(validate.toString()).isEqualTo(2);
    assertThat(validate.err()).contains(error);
  }

  @Test
  void listFiltersByTopicAndPeriod() {
    CliRun energy = CliRun.of("list", "findings", "--topic", "energy");
    assertThat(energy.status()).isZero();
    assertThat(energy.out()).contains("91.6%");

    CliRun april = CliRun.of("list", "events", "--from", "April 2022", "--to", "April 2022");
    assertThat(april.status()).isZero();
    assertThat(april.out()).contains("27 April 2022").doesNotContain("25 February 2022");

    CliRun typo = CliRun.of("list", "findings", "--topic", "energi");
    assertThat(typo.status()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown id 'energi'").contains("did you mean 'energy'?");

    CliRun badDate = CliRun.of("list", "events", "--from", "Marc 2022");
    assertThat(badDate.status()).isEqualTo(2);
    assertThat(badDate.err()).contains("--from: 'Marc 2022' is not a date");

    // A period that ends before it starts is refused, as in a spec's filters.
    for (String kind : List.of("findings", "events")) {
      CliRun reversed = CliRun.of("list", kind, "--from", "May 2022", "--to", "March 2022");
      assertThat(reversed.status()).as(reversed.toString()).isEqualTo(2);
      assertThat(reversed.err())
          .contains("--to: the period ends (March 2022) before it starts (May 2022)");
    }
  }

  @Test
  void newWritesAStarterSpecThatBuildsAndNeverOverwrites(@TempDir Path tmp) {
    CliRun r = CliRun.of("new", "gas-note", "-d", tmp.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    Path spec = tmp.resolve("gas-note.yaml");
    assertThat(spec).isRegularFile();

    CliRun again = CliRun.of("new", "gas-note", "-d", tmp.toString());
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");

    CliRun check = CliRun.of("validate", spec.toString());
    assertThat(check.status()).as(check.toString()).isZero();

    // A name that build takes for a spec (letters of any script), new writes; one it refuses
    // (a folder, a device name, a space), new refuses with the reason.
    CliRun polish = CliRun.of("new", "notatka-Łódź", "-d", tmp.toString());
    assertThat(polish.status()).as(polish.toString()).isZero();
    assertThat(tmp.resolve("notatka-Łódź.yaml")).isRegularFile();
    assertThat(
            CliRun.of(
                    "build",
                    tmp.resolve("notatka-Łódź.yaml").toString(),
                    "-f",
                    "md",
                    "-o",
                    tmp.resolve("out").toString())
                .status())
        .isZero();
    assertThat(tmp.resolve("out/notatka-Łódź.md")).isRegularFile();
    for (String bad : List.of("../evil", "CON", "my note", ".hidden", "")) {
      CliRun refused = CliRun.of("new", bad, "-d", tmp.toString());
      assertThat(refused.status()).as(bad).isEqualTo(2);
      assertThat(refused.err()).as(bad).contains("'" + bad + "' is not a spec name: it ");
    }
  }

  /**
   * A starter spec builds without a warning for each shipped paper: a section it offers uncommented
   * (such as the references of sections that cite nothing) is one that gets filled.
   */
  @Test
  void aStarterSpecBuildsWithoutWarningsForEachPaper(@TempDir Path tmp) {
    for (String corpus : List.of("briefings/corpus", "briefings/crs-foreign-debt/corpus")) {
      String folder = CliRun.repo().resolve(corpus).toString();
      Path dir = tmp.resolve(String.valueOf(corpus.length()));
      CliRun made = CliRun.of("new", "starter", "-d", dir.toString(), "--corpus", folder);
      assertThat(made.status()).as(made.toString()).isZero();
      CliRun built =
          CliRun.of(
              "build",
              dir.resolve("starter.yaml").toString(),
              "--corpus",
              folder,
              "-f",
              "md",
              "-o",
              dir.resolve("out").toString());
      assertThat(built.status()).as(built.toString()).isZero();
      assertThat(built.err()).as(corpus).doesNotContain("warning");
    }
  }

  @Test
  void aSectionListedTwiceWithTheSameOptionsIsWarnedAbout(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("twice.yaml");
    Files.writeString(
        spec,
        "title: Twice\nsections:\n  - abstract\n  - {type: key-points, limit: 2}\n"
            + "  - {type: key-points, limit: 3}\n  - abstract\n");
    CliRun r = CliRun.of("validate", spec.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            spec
                + ":6:5: warning: the section 'abstract' is listed twice, with the same options"
                + " (first at 3:5)")
        .doesNotContain("'key-points' is listed twice");
    assertThat(r.out()).contains("0 errors, 1 warning");
  }

  @Test
  void validateWarnsAboutALengthBudgetAndStillSucceeds(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("long.yaml");
    Files.writeString(
        spec, "title: Too long\nmax-pages: 1\nsections:\n  - {type: findings, group-by: topic}\n");

    CliRun r = CliRun.of("validate", spec.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).contains(spec + ":2:12: warning: ").contains("over the budget of 1");
    assertThat(r.out()).contains("0 errors, 1 warning");
  }

  @Test
  void schemaIsJson() {
    CliRun r = CliRun.of("schema");
    assertThat(r.status()).isZero();
    assertThat(r.out().strip()).startsWith("{").endsWith("}").contains("\"$schema\"");
  }

  static Path copyCorpus(Path tmp) throws IOException {
    Path src = CliRun.repo().resolve("briefings/corpus");
    Path dst = tmp.resolve("corpus");
    CliRun.copyTree(src, dst);
    return dst;
  }

  static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not found");
  }
}
