package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.briefing.i18n.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing xliff export|import} end to end, on a copy of the shipped corpus. */
class XliffCommandTest {

  @Test
  void exportWritesXliffToStandardOutputOrAFile(@TempDir Path tmp) throws IOException {
    CliRun r = CliRun.of("xliff", "export");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff ")
        .contains("<unit id=\"article.title\" translate=\"no\">");

    Path corpus = CliTest.copyCorpus(tmp);
    Path file = tmp.resolve("pl.xlf");
    CliRun toFile =
        CliRun.of(
            "xliff", "export", "-l", "pl", "-o", file.toString(), "--corpus", corpus.toString());
    assertThat(toFile.status()).as(toFile.toString()).isZero();
    assertThat(toFile.err()).contains("wrote " + file + " (" + units() + " units)");
    assertThat(Files.readAllBytes(file)).isEqualTo(r.rawOut());
  }

  @Test
  void anUnchangedRoundTripLeavesPlYamlByteIdentical(@TempDir Path tmp) throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    byte[] before = Files.readAllBytes(pl);
    Path file = tmp.resolve("pl.xlf");
    assertThat(
            CliRun.of("xliff", "export", "-o", file.toString(), "--corpus", corpus.toString())
                .status())
        .isZero();

    CliRun r = CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("0 units updated: 0 reviewed, 0 draft; " + translated() + " unchanged");
    assertThat(Files.readAllBytes(pl)).isEqualTo(before);
  }

  @Test
  void anEditedUnitIsImportedAsReviewedWithTheCurrentFingerprint(@TempDir Path tmp)
      throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    String before = Files.readString(pl, StandardCharsets.UTF_8);
    Path file = tmp.resolve("pl.xlf");
    CliRun.of("xliff", "export", "-o", file.toString(), "--corpus", corpus.toString());
    String xliff = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(
        file,
        xliff.replaceFirst(
            "(?s)(<unit id=\"section.conclusions.title\">.*?)<segment state=\"translated\">(.*?)"
                + "<target>Wnioski</target>",
            "$1<segment state=\"reviewed\">$2<target>Wnioski końcowe</target>"),
        StandardCharsets.UTF_8);

    CliRun dry =
        CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString(), "--dry-run");
    assertThat(dry.status()).as(dry.toString()).isZero();
    assertThat(dry.out())
        .contains(
            "1 unit updated: 1 reviewed, 0 draft; " + (translated() - 1) + " unchanged", "dry run");
    assertThat(Files.readString(pl, StandardCharsets.UTF_8)).isEqualTo(before);

    CliRun r = CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains(
            "1 unit updated: 1 reviewed, 0 draft; " + (translated() - 1) + " unchanged",
            "wrote " + pl);
    String after = Files.readString(pl, StandardCharsets.UTF_8);
    String old =
        "  section.conclusions.title:\n    status: draft\n    fingerprint: "
            + Fingerprint.of("Conclusions")
            + "\n    text: \"Wnioski\"\n";
    assertThat(before).contains(old);
    assertThat(after)
        .isEqualTo(
            before.replace(
                old,
                "  section.conclusions.title:\n    status: reviewed\n    fingerprint: "
                    + Fingerprint.of("Conclusions")
                    + "\n    text: \"Wnioski końcowe\"\n    source: \"Conclusions\"\n"));
    assertThat(CliRun.of("validate", corpus.toString()).status()).isZero();
  }

  @Test
  void anImportKeepsCommentsAndCrLfAndChangesOnlyTheEditedUnit(@TempDir Path tmp)
      throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    String lf = Files.readString(pl, StandardCharsets.UTF_8);
    String unit = "  section.conclusions.title:\n";
    String before =
        ("# Polish, kept by hand\n"
                + lf.replace(unit, "  # the conclusions, checked\n" + unit)
                + "# end of file\n")
            .replace("\n", "\r\n");
    Files.writeString(pl, before, StandardCharsets.UTF_8);
    Path file = tmp.resolve("pl.xlf");
    CliRun.of("xliff", "export", "-o", file.toString(), "--corpus", corpus.toString());
    String xliff = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(
        file,
        xliff.replace("<target>Wnioski</target>", "<target>Wnioski końcowe</target>"),
        StandardCharsets.UTF_8);

    CliRun r = CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    String fp = Fingerprint.of("Conclusions");
    String old = "    fingerprint: " + fp + "\r\n    text: \"Wnioski\"\r\n";
    assertThat(before).contains(old);
    assertThat(Files.readString(pl, StandardCharsets.UTF_8))
        .isEqualTo(
            before.replace(
                old,
                "    fingerprint: "
                    + fp
                    + "\r\n    text: \"Wnioski końcowe\"\r\n    source: \"Conclusions\"\r\n"));
    assertThat(CliRun.of("validate", corpus.toString()).status()).isZero();
  }

  @Test
  void aMultiParagraphTargetKeepsItsParagraphs(@TempDir Path tmp) throws IOException {
    Path corpus = copy(CliRun.repo().resolve("briefings/crs-foreign-debt/corpus"), tmp);
    Path file = tmp.resolve("x.xlf");
    CliRun.of("xliff", "export", "-o", file.toString(), "--corpus", corpus.toString());
    String xliff = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(xliff).contains("<unit id=\"article.abstract\" xml:space=\"preserve\">");
    Files.writeString(
        file,
        xliff.replaceFirst(
            "(?s)(<unit id=\"article.abstract\".*?</source>)",
            "$1\n<target>Pierwszy akapit streszczenia.\n\nDrugi akapit streszczenia.</target>"),
        StandardCharsets.UTF_8);

    CliRun r = CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(Files.readString(corpus.resolve("translations/pl.yaml"), StandardCharsets.UTF_8))
        .contains("text: \"Pierwszy akapit streszczenia.\\n\\nDrugi akapit streszczenia.\"");
  }

  @Test
  void anImportIntoACorpusWithoutTranslationsIsRefusedAtItsDeclaration(@TempDir Path tmp)
      throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path file = tmp.resolve("pl.xlf");
    CliRun.of("xliff", "export", "-o", file.toString(), "--corpus", corpus.toString());
    Path article = corpus.resolve("article.yaml");
    String yaml = Files.readString(article, StandardCharsets.UTF_8);
    Files.writeString(
        article,
        yaml.replaceFirst("(?m)^translations: \\[pl\\]$", "translations: none"),
        StandardCharsets.UTF_8);
    Path pl = corpus.resolve("translations/pl.yaml");
    Files.delete(pl);
    int line = CliTest.lineOf(yaml, "translations: [pl]");

    for (String[] language : new String[][] {{}, {"-l", "pl"}}) {
      String[] args = {"xliff", "import", file.toString(), "--corpus", corpus.toString()};
      CliRun r = CliRun.of(concat(args, language));
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err())
          .startsWith(
              article
                  + ":"
                  + line
                  + ":1: error: the corpus has no translations ('translations: none'), so not into"
                  + " Polish (pl)")
          .contains(
              "hint: to translate it into Polish, write 'translations: [pl]' in article.yaml");
      assertThat(pl).doesNotExist();
    }
  }

  @Test
  void languageCodesAreCaseInsensitiveAndMustBeTheCorpussOwn(@TempDir Path tmp) throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    byte[] plain = CliRun.of("xliff", "export", "--corpus", corpus.toString()).rawOut();
    for (String code : new String[] {"PL", "pl-PL", "pl_pl", "Pl"}) {
      CliRun r = CliRun.of("xliff", "export", "-l", code, "--corpus", corpus.toString());
      assertThat(r.status()).as(code + ": " + r).isZero();
      assertThat(r.rawOut()).isEqualTo(plain);
    }
    Path article = corpus.resolve("article.yaml");
    int line = CliTest.lineOf(Files.readString(article, StandardCharsets.UTF_8), "translations:");
    for (String[] command :
        new String[][] {
          {"xliff", "export"},
          {"xliff", "import", "x.xlf"},
          {"tm", "export"},
          {"glossary", "export"},
          {"translations", "status"}
        }) {
      CliRun r =
          CliRun.of(concat(command, new String[] {"-l", "xx", "--corpus", corpus.toString()}));
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err())
          .startsWith(
              article + ":" + line + ":1: error: the corpus is translated into [pl], not into")
          .contains("hint: add 'xx' to 'translations' in article.yaml");
    }
    CliRun bad = CliRun.of("xliff", "export", "-l", "p1", "--corpus", corpus.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("<command line>:1:1: error: 'p1' is not a language code");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** A copy of a corpus folder in tmp. */
  static Path copy(Path src, Path tmp) throws IOException {
    Path dst = tmp.resolve("corpus");
    CliRun.copyTree(src, dst);
    return dst;
  }

  /** The corpus's export written to {@code pl.xlf} in {@code tmp}, edited by {@code edit}. */
  private static Path exported(Path tmp, Path corpus, UnaryOperator<String> edit)
      throws IOException {
    Path file = tmp.resolve("pl.xlf");
    CliRun.of("xliff", "export", "-o", file.toString(), "--corpus", corpus.toString());
    Files.writeString(
        file, edit.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The lock file beside the translations is part of an untrusted corpus: a link out of the corpus
   * (to nothing, which opening would create) or a pipe (which would block the open) is refused.
   */
  @Test
  void aLockFileThatIsALinkOrAPipeIsRefused(@TempDir Path tmp) throws Exception {
    Path corpus = CliTest.copyCorpus(tmp);
    Path file = tmp.resolve("pl.xlf");
    assertThat(
            CliRun.of("xliff", "export", "-o", file.toString(), "--corpus", corpus.toString())
                .status())
        .isZero();
    Path lock = corpus.resolve("translations/.pl.yaml.lock");
    Path outside = tmp.resolve("created-outside.txt");
    Files.deleteIfExists(lock);
    Files.createSymbolicLink(lock, outside);
    CliRun linked = CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());
    assertThat(linked.status()).as(linked.toString()).isEqualTo(2);
    assertThat(linked.err()).contains("lock file is not a regular file (a symbolic link)");
    assertThat(outside).doesNotExist();

    Files.delete(lock);
    Process mkfifo = new ProcessBuilder("mkfifo", lock.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    CliRun pipe = CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());
    assertThat(pipe.status()).as(pipe.toString()).isEqualTo(2);
    assertThat(pipe.err()).contains("lock file is not a regular file (a folder, device, pipe");
  }

  @Test
  void anUnknownUnitFailsWithItsPositionAndWritesNothing(@TempDir Path tmp) throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    byte[] before = Files.readAllBytes(pl);
    Path file =
        exported(
            tmp,
            corpus,
            x ->
                x.replace("<unit id=\"table.summary.title\">", "<unit id=\"table.summary.titel\">")
                    .replace("<target>Wnioski</target>", "<target>Wnioski końcowe</target>"));
    int line =
        CliTest.lineOf(Files.readString(file, StandardCharsets.UTF_8), "table.summary.titel");

    CliRun r = CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains(file + ":" + line + ":5: error: unknown unit 'table.summary.titel'")
        .contains("hint: did you mean 'table.summary.title'?")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(pl)).isEqualTo(before);
  }

  @Test
  void aTargetTooLongToReadBackIsRefusedAtItsUnit(@TempDir Path tmp) throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    byte[] before = Files.readAllBytes(pl);
    Path file =
        exported(
            tmp,
            corpus,
            x ->
                x.replace(
                    "<target>Wnioski</target>",
                    "<target>" + "słowo ".repeat(25_000) + "</target>"));

    for (List<String> extra : List.of(List.<String>of(), List.of("--dry-run"))) {
      List<String> args =
          new ArrayList<>(
              List.of("xliff", "import", file.toString(), "--corpus", corpus.toString()));
      args.addAll(extra);
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err())
          .contains(file + ":")
          .contains("has a line of 149999 characters")
          .doesNotContain("internal error");
    }
    assertThat(Files.readAllBytes(pl)).isEqualTo(before);
  }

  @Test
  void anXxeFileIsRefusedCleanly(@TempDir Path tmp) throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path file = tmp.resolve("evil.xlf");
    Files.writeString(
        file,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<xliff>&x;</xliff>\n");

    CliRun r = CliRun.of("xliff", "import", file.toString(), "--corpus", corpus.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(file + ":2:1: error: a DOCTYPE is not allowed in an XLIFF file")
        .doesNotContain("root:");
  }

  @Test
  void usageErrors(@TempDir Path tmp) {
    CliRun none = CliRun.of("xliff", "import", tmp.resolve("missing.xlf").toString());
    assertThat(none.status()).as(none.toString()).isEqualTo(2);
    assertThat(none.err())
        .contains("importing needs a corpus folder on disk")
        .contains("the corpus built into the tool cannot be changed");

    CliRun missing =
        CliRun.of(
            "xliff",
            "import",
            tmp.resolve("missing.xlf").toString(),
            "--corpus",
            CliRun.repo().resolve("briefings/corpus").toString());
    assertThat(missing.status()).as(missing.toString()).isEqualTo(2);
    assertThat(missing.err()).contains("missing.xlf:1:1: error: no such file");

    CliRun english = CliRun.of("xliff", "export", "-l", "en");
    assertThat(english.status()).isEqualTo(2);
    assertThat(english.err()).contains("English is the source language");

    CliRun bare = CliRun.of("xliff");
    assertThat(bare.status()).isEqualTo(2);
    assertThat(bare.err()).contains("export", "import");
  }

  /** The units of the shipped corpus: what an export holds. */
  private static int units() {
    return org.briefing.i18n.UnitCatalog.of(org.briefing.corpus.CorpusReader.readDefault().corpus())
        .units()
        .size();
  }

  /** The units the shipped corpus has a Polish translation of. */
  private static int translated() {
    return org.briefing.corpus.CorpusReader.readDefault()
        .corpus()
        .translations(org.briefing.i18n.Language.PL)
        .units()
        .size();
  }
}
