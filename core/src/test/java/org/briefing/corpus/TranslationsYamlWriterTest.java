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
