package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing translations status} end to end, on a copy of the shipped corpus. */
class TranslationsCommandTest {
  private static final String UNIT = "finding.crimea-security-attention.statement";
  private static final String OLD =
      "Previous research has shown that the annexation of Crimea by Russia prompted the"
          + " Lithuanian authorities to devote even more attention to security issues.";
  private static final String NEW =
      "Earlier research has shown that the annexation of Crimea by Russia prompted the"
          + " Lithuanian authorities to devote more attention to security issues.";

  @Test
  void theShippedCorpusHasNoGapsAndCountsEveryUnit() throws IOException {
    CliRun r = CliRun.of("translations", "status", "--format", "json", "--strict");
    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    int units = 0;
    for (String s : new String[] {"article", "reviewed", "draft", "missing", "stale"}) {
      units += j.at("/total/" + s + "/units").asInt();
    }
    assertThat(units).isEqualTo(j.at("/total/units").asInt()).isPositive();
    assertThat(j.at("/files/findings.yaml/units").asInt()).isPositive();
  }

  @Test
  void aChangedEnglishFindingIsReportedStaleWithItsWordDiff(@TempDir Path tmp) throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    // A translator's import keeps the English the translation was made from.
    Path xlf = tmp.resolve("pl.xlf");
    assertThat(
            CliRun.of("xliff", "export", "-o", xlf.toString(), "--corpus", corpus.toString())
                .status())
        .isZero();
    String xliff = Files.readString(xlf, StandardCharsets.UTF_8);
    String edited =
        xliff.replaceFirst(
            "(?s)(<unit id=\"" + UNIT + "\">.*?)<segment state=\"translated\">(.*?<target>)",
            "$1<segment state=\"reviewed\">$2");
    assertThat(edited).isNotEqualTo(xliff);
    Files.writeString(xlf, edited, StandardCharsets.UTF_8);
    CliRun imported = CliRun.of("xliff", "import", xlf.toString(), "--corpus", corpus.toString());
    assertThat(imported.status()).as(imported.toString()).isZero();
    assertThat(
            CliRun.of("translations", "status", "--strict", "--corpus", corpus.toString()).status())
        .isZero();

    Path findings = corpus.resolve("findings.yaml");
    String yaml = Files.readString(findings, StandardCharsets.UTF_8);
    assertThat(yaml).contains(OLD);
    Files.writeString(findings, yaml.replace(OLD, NEW), StandardCharsets.UTF_8);

    CliRun text = CliRun.of("translations", "status", "--corpus", corpus.toString());
    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(text.out())
        .contains("  " + UNIT + " (reviewed, findings.yaml)")
        .contains("    before: " + OLD)
        .contains("    now:    " + NEW)
        .contains(
            "    diff:   [-Previous-] {+Earlier+} research has shown that the annexation of Crimea"
                + " by Russia prompted the Lithuanian authorities to devote [-even-] more"
                + " attention to security issues.");

    CliRun json =
        CliRun.of("translations", "status", "--format", "json", "--corpus", corpus.toString());
    JsonNode j = new ObjectMapper().readTree(json.out());
    assertThat(j.at("/total/stale/units").asInt()).isEqualTo(1);
    assertThat(j.at("/files/findings.yaml/stale/units").asInt()).isEqualTo(1);
    assertThat(j.at("/stale/0/unit").asText()).isEqualTo(UNIT);
    assertThat(j.at("/stale/0/before").asText()).isEqualTo(OLD);

    CliRun strict = CliRun.of("translations", "status", "--strict", "--corpus", corpus.toString());
    assertThat(strict.status()).isEqualTo(2);
    assertThat(strict.err()).contains("0 units missing, 1 stale");
  }

  @Test
  void aMissingUnitFailsStrictAndAnUnknownFormatIsAUsageError(@TempDir Path tmp)
      throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    String yaml = Files.readString(pl, StandardCharsets.UTF_8);
    String cut =
        yaml.replaceFirst("(?s)\\n  section\\.conclusions\\.title:\\n.*?(\\n  [a-z])", "$1");
    assertThat(cut).isNotEqualTo(yaml);
    Files.writeString(pl, cut, StandardCharsets.UTF_8);

    CliRun r = CliRun.of("translations", "status", "--strict", "--corpus", corpus.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).containsPattern("total +\\d+ .* 1/1 +0/0\\n");
    assertThat(r.err()).contains("1 unit missing, 0 stale");

    CliRun validate = CliRun.of("validate", corpus.toString());
    assertThat(validate.err())
        .contains("1 unit has no Polish translation yet (article.yaml 1)")
        .doesNotContain("section.conclusions.title");
    CliRun verbose = CliRun.of("validate", "--verbose", corpus.toString());
    // At the section's title in article.yaml, where the English is.
    List<String> article = Files.readAllLines(corpus.resolve("article.yaml"));
    int line = 1;
    while (!article.get(line - 1).contains("id: conclusions")) {
      line++;
    }
    assertThat(article.get(line)).isEqualTo("    title: Conclusions");
    assertThat(verbose.out())
        .containsPattern(
            "\n  \\S*article\\.yaml:"
                + (line + 1)
                + ":5: missing pl: section\\.conclusions\\.title\n");

    CliRun bad = CliRun.of("translations", "status", "--format", "xml");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("error: unknown format 'xml'");
  }

  @Test
  void validateWarnsWhereATranslationLacksAGlossaryTermInAnyForm(@TempDir Path tmp)
      throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    String yaml = Files.readString(pl, StandardCharsets.UTF_8);
    String unit = "finding.eu-sanctions-euro-banknotes.statement";
    int line = CliTest.lineOf(yaml, "  " + unit + ":");
    String warning =
        ":" + line + ":3: warning: the Polish translation of '" + unit + "' does not use 'sankcje'";

    CliRun r = CliRun.of("validate", corpus.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).contains("translations/pl.yaml" + warning);

    // An inflected form of the term ("sankcji") satisfies the check.
    Files.writeString(
        pl, yaml.replace("nowe środki sankcyjne", "nowe pakiety sankcji"), StandardCharsets.UTF_8);
    CliRun fixed = CliRun.of("validate", corpus.toString());
    assertThat(fixed.err()).doesNotContain("'" + unit + "' does not use");
  }

  /** Without -l, the target is the corpus's translation language, whichever it is. */
  @Test
  void theDefaultTargetLanguageIsTheCorpussOwnTranslationLanguage(@TempDir Path tmp)
      throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path pl = corpus.resolve("translations/pl.yaml");
    String polish = Files.readString(pl, StandardCharsets.UTF_8);
    // The same units as another language (the check is of which file is chosen, not of Polish).
    Files.writeString(
        corpus.resolve("translations/de.yaml"),
        polish.replaceFirst("(?m)^language: pl$", "language: de"),
        StandardCharsets.UTF_8);
    Files.delete(pl);
    Path article = corpus.resolve("article.yaml");
    String declared = Files.readString(article, StandardCharsets.UTF_8);
    Files.writeString(
        article,
        declared.replaceFirst("(?m)^translations: \\[pl\\]$", "translations: [de]"),
        StandardCharsets.UTF_8);
    CliRun de = CliRun.of("xliff", "export", "--corpus", corpus.toString());
    assertThat(de.status()).as(de.err()).isZero();
    assertThat(de.out()).contains("trgLang=\"de\"").doesNotContain("\"pl\"");
    CliRun status =
        CliRun.of("translations", "status", "--format", "json", "--corpus", corpus.toString());
    assertThat(status.out()).containsPattern("\"language\"\\s*:\\s*\"de\"");

    // Two translation languages: the command cannot choose, and says so.
    Files.writeString(pl, polish, StandardCharsets.UTF_8);
    Files.writeString(
        article,
        declared.replaceFirst("(?m)^translations: \\[pl\\]$", "translations: [de, pl]"),
        StandardCharsets.UTF_8);
    CliRun both = CliRun.of("tm", "export", "--corpus", corpus.toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err())
        .contains("<command line>")
        .contains("translated into [de, pl]")
        .contains("-l LANG");
    assertThat(CliRun.of("tm", "export", "-l", "de", "--corpus", corpus.toString()).status())
        .isZero();

    // A language the tool has no labels for: exchanged, but not written in (exit 2, not 1).
    Path spec = tmp.resolve("de.yaml");
    Files.writeString(spec, "language: de\nsections: [abstract]\n", StandardCharsets.UTF_8);
    for (String command : List.of("validate", "build")) {
      CliRun r = CliRun.of(command, spec.toString(), "--corpus", corpus.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).contains(spec + ":1:11: error: the tool has no labels for 'de'");
    }
    for (String[] args :
        List.of(new String[] {"list", "events", "-l", "de"}, new String[] {"table", "-l", "de"})) {
      CliRun r = CliRun.of(concat(args, new String[] {"--corpus", corpus.toString()}));
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).contains("the tool has no labels for 'de'");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
