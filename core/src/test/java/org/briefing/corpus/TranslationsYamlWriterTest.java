package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranslationsYamlWriterTest {

  @Test
  void anUpdateEditsOnlyTheChangedValuesAndKeepsCommentsLayoutAndCrLf() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    UnitCatalog catalog = Localizer.units(corpus);
    java.util.List<String> ids = java.util.List.copyOf(catalog.units().keySet());
    String intro = "section.introduction.title";
    String concl = "section.conclusions.title";
    String afterConcl = ids.get(ids.indexOf(concl) + 1);
    String fpIntro = Fingerprint.of(catalog.english(intro));
    String fpConcl = Fingerprint.of(catalog.english(concl));
    String existing =
        String.join(
            "\r\n",
            "# Polish translations: kept by hand.",
            "language: pl",
            "units:   # by unit id",
            "  # the introduction, checked by the editor",
            "  section.introduction.title:",
            "    status: draft",
            "    fingerprint: " + fpIntro,
            "    text: 'Wprowadzenie'   # old wording",
            "",
            "  " + concl + ":",
            "    status: draft",
            "    fingerprint: \"" + fpConcl + "\"",
            "    text: |-",
            "      Wnioski",
            "",
            "      Akapit",
            "    notes:",
            "      - \"a note\"",
            "  # trailing comment",
            "");
    java.util.List<Translation> changed =
        java.util.List.of(
            new Translation(
                intro,
                TranslationStatus.REVIEWED,
                fpIntro,
                "Wstęp",
                java.util.List.of(),
                java.util.Optional.of(catalog.english(intro))),
            new Translation(
                concl,
                TranslationStatus.DRAFT,
                fpConcl,
                "Wnioski\n\nAkapit drugi",
                java.util.List.of("a note"),
                java.util.Optional.of(catalog.english(concl))),
            new Translation(
                "article.keywords",
                TranslationStatus.DRAFT,
                Fingerprint.of(catalog.english("article.keywords")),
                "słowa",
                java.util.List.of(),
                java.util.Optional.of(catalog.english("article.keywords"))),
            new Translation(
                afterConcl,
                TranslationStatus.DRAFT,
                Fingerprint.of(catalog.english(afterConcl)),
                "Po",
                java.util.List.of(),
                java.util.Optional.empty()));

    String updated = TranslationsYamlWriter.update(existing, changed, catalog);

    String expected =
        String.join(
            "\r\n",
            "# Polish translations: kept by hand.",
            "language: pl",
            "units:   # by unit id",
            "  article.keywords:",
            "    status: draft",
            "    fingerprint: " + Fingerprint.of(catalog.english("article.keywords")),
            "    text: \"słowa\"",
            "    source: " + TranslationsYamlWriter.quoted(catalog.english("article.keywords")),
            "  # the introduction, checked by the editor",
            "  section.introduction.title:",
            "    status: reviewed",
            "    fingerprint: " + fpIntro,
            "    text: \"Wstęp\"   # old wording",
            "    source: " + TranslationsYamlWriter.quoted(catalog.english(intro)),
            "",
            "  " + concl + ":",
            "    status: draft",
            "    fingerprint: \"" + fpConcl + "\"",
            "    text: \"Wnioski\\n\\nAkapit drugi\"",
            "    source: " + TranslationsYamlWriter.quoted(catalog.english(concl)),
            "    notes:",
            "      - \"a note\"",
            "  " + afterConcl + ":",
            "    status: draft",
            "    fingerprint: " + Fingerprint.of(catalog.english(afterConcl)),
            "    text: \"Po\"",
            "  # trailing comment",
            "");
    assertThat(updated).isEqualTo(expected);
  }

  @Test
  void aChangedUnitInFlowStyleIsWrittenInBlockStyleAndTheRestKept() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    UnitCatalog catalog = Localizer.units(corpus);
    String id = "section.introduction.title";
    String fp = Fingerprint.of(catalog.english(id));
    Translation t =
        new Translation(
            id,
            TranslationStatus.REVIEWED,
            fp,
            "Wstęp",
            java.util.List.of("n"),
            java.util.Optional.empty());
    String existing =
        "# top\nlanguage: pl\nunits:\n  "
            + id
            + ": {status: draft, fingerprint: "
            + fp
            + ", text: Wprowadzenie, notes: [n]}  # kept\n# end\n";

    assertThat(TranslationsYamlWriter.update(existing, java.util.List.of(t), catalog))
        .isEqualTo(
            "# top\nlanguage: pl\nunits:\n  "
                + id
                + ":\n    status: reviewed\n    fingerprint: "
                + fp
                + "\n    text: \"Wstęp\"\n    notes:\n      - \"n\"  # kept\n# end\n");
  }

  @Test
  void anUpdateOfAnEmptyFlowMappingAddsTheUnitsInBlockStyle() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    UnitCatalog catalog = Localizer.units(corpus);
    String id = "section.introduction.title";
    Translation t =
        new Translation(
            id,
            TranslationStatus.DRAFT,
            Fingerprint.of(catalog.english(id)),
            "Wstęp",
            java.util.List.of(),
            java.util.Optional.empty());

    String updated =
        TranslationsYamlWriter.update(
            "# top\nlanguage: pl\nunits: {}   # none yet\n", java.util.List.of(t), catalog);

    assertThat(updated)
        .isEqualTo(
            "# top\nlanguage: pl\nunits:   # none yet\n  "
                + id
                + ":\n    status: draft\n    fingerprint: "
                + t.fingerprint()
                + "\n    text: \"Wstęp\"\n");
  }

  @Test
  void rewritingTheRealPlYamlGivesTheSameBytes() throws IOException {
    Corpus corpus = CorpusReader.readDefault().corpus();
    String written =
        TranslationsYamlWriter.write(corpus.translations(Language.PL), Localizer.units(corpus));

    try (InputStream in =
        getClass().getResourceAsStream(CorpusReader.EMBEDDED_DIR + "translations/pl.yaml")) {
      assertThat(written).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Said \"no\" – „tak”: # not a comment",
        "back\\slash \\n not a newline",
        "line one\nline two\ttab\rcr",
        "quotes \" ' and backslash-u \\u0007 as text",
        "separators \u2028 \u2029 bom \ufeff nbsp\u00a0here",
        "emoji 🇵🇱 and 𝄞",
        "- looks like a list",
        "key: value",
        "null",
        "'single'",
        "{a: 1}",
        "%TAG & *alias !tag"
      })
  void anyTextReadsBackThroughTheCorpusReader(String text) {
    Corpus corpus = CorpusReader.readDefault().corpus();
    UnitCatalog catalog = Localizer.units(corpus);
    Map<String, Translation> units = new LinkedHashMap<>(corpus.translations(Language.PL).units());
    String id = "section.introduction.title";
    units.put(
        id,
        new Translation(id, TranslationStatus.REVIEWED, Fingerprint.of(catalog.english(id)), text));
    Translations changed = new Translations(Language.PL, units);

    Map<String, String> files = new LinkedHashMap<>();
    for (String f : CorpusReader.FILES) {
      files.put(f, resource(f));
    }
    files.put("translations/pl.yaml", TranslationsYamlWriter.write(changed, catalog));
    CorpusReader.Result r = CorpusReader.read("corpus", files);

    assertThat(r.corpus().translations(Language.PL)).isEqualTo(changed);
    assertThat(r.warnings()).isEmpty();
    assertThat(TranslationsYamlWriter.write(changed, catalog).lines().toList())
        .filteredOn(l -> l.startsWith("    text: "))
        .hasSize(units.size());
  }

  @Test
  void anEmptyTranslationsFileIsStillAFile() {
    assertThat(
            TranslationsYamlWriter.write(
                Translations.empty(Language.PL),
                Localizer.units(CorpusReader.readDefault().corpus())))
        .isEqualTo("language: pl\nunits: {}\n");
  }

  private static String resource(String file) {
    try (InputStream in =
        TranslationsYamlWriterTest.class.getResourceAsStream(CorpusReader.EMBEDDED_DIR + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
