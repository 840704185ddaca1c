package org.briefing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.i18n.Language;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;
import org.briefing.testing.SmallCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text sections whose title and body are given as a text or as a mapping by language. */
class TextKindTest {
  private static final SpecReader READER =
      SpecReader.of(SmallCorpus.corpus()).withFormats(List.of());

  private static final String BOTH =
      """
      sections:
        - type: text
          title: {en: Recommendations, pl: Rekomendacje}
          body:
            en: "Keep the **Baltic** focus."
            pl: "Utrzymać nacisk na region **bałtycki**."
      """;

  private static TextKind.Options text(BriefingSpec spec) {
    return (TextKind.Options) spec.sections().get(0).options();
  }

  /** A text written in one language. */
  private static TextKind.Options in(Language language, String title, String body) {
    return new TextKind.Options(Map.of(language, title), Map.of(language, body));
  }

  private static String problems(String yaml) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read("spec.yaml", yaml));
    return e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  private static String warnings(BriefingSpec spec) {
    return spec.warnings().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  @Test
  void readsATextByLanguage() {
    BriefingSpec spec = READER.read("spec.yaml", "language: bilingual\n" + BOTH);
    assertEquals(
        new TextKind.Options(
            Map.of(Language.EN, "Recommendations", Language.PL, "Rekomendacje"),
            Map.of(
                Language.EN,
                "Keep the **Baltic** focus.",
                Language.PL,
                "Utrzymać nacisk na region **bałtycki**.")),
        text(spec));
    assertEquals(List.of(Language.EN, Language.PL), List.copyOf(text(spec).written()));
    assertEquals(List.of(), spec.warnings());
  }

  @Test
  void aMonolingualBriefingMayCarryBothLanguages() {
    for (String language : List.of("en", "pl")) {
      BriefingSpec spec = READER.read("spec.yaml", "language: " + language + "\n" + BOTH);
      assertEquals(List.of(Language.EN, Language.PL), List.copyOf(text(spec).written()));
      assertEquals(List.of(), spec.warnings());
    }
  }

  @Test
  void aPlainTextIsInTheSectionsLanguageElseTheBriefings() {
    assertEquals(
        in(Language.PL, "Uwaga", "Tekst."),
        text(
            READER.read(
                "s.yaml", "language: pl\nsections: [{type: text, title: Uwaga, body: Tekst.}]\n")));
    assertEquals(
        in(Language.EN, "Note", "Text."),
        text(
            READER.read(
                "s.yaml",
                "language: pl\nsections: [{type: text, title: Note, body: Text., language: en}]\n")));
    assertEquals(
        in(Language.EN, "Note", "Text."),
        text(
            READER.read(
                "s.yaml",
                "language: bilingual\nsections: [{type: text, title: Note, body: Text.}]\n")));
  }

  @Test
  void aPlainTitleMayGoWithABodyByLanguageInItsLanguage() {
    BriefingSpec spec =
        READER.read(
            "s.yaml",
            "language: pl\nsections:\n  - {type: text, title: Uwagi, body: {pl: Tekst., en: Text.}}\n");
    assertEquals(Map.of(Language.PL, "Uwagi"), text(spec).title());
    assertEquals(List.of(Language.PL), List.copyOf(text(spec).written()));
  }

  @Test
  void aBilingualTextInOneLanguageIsAWarning() {
    BriefingSpec spec =
        READER.read(
            "spec.yaml",
            """
            language: bilingual
            sections:
              - type: text
                title: {pl: Rekomendacje}
                body: {pl: Tekst.}
              - {type: text, title: Note, body: Text.}
            """);
    assertEquals(2, spec.sections().size());
    assertEquals(
        """
        spec.yaml:3:5: warning: text section 'Rekomendacje' has no English text; its English\
         side is left empty
          hint: give 'title' and 'body' in both languages, such as 'title: {en: …, pl: …}'
        spec.yaml:6:5: warning: text section 'Note' has no Polish text; its Polish side is left\
         empty
          hint: give 'title' and 'body' in both languages, such as 'title: {en: …, pl: …}'""",
        warnings(spec));
  }

  static Stream<Arguments> badTexts() {
    return Stream.of(
        Arguments.of(
            "language: pl\nsections:\n  - type: text\n    title: {en: Recommendations}\n"
                + "    body: {en: Text., pl: Tekst.}\n",
            "spec.yaml:4:5: error: 'title' has no Polish (pl) text, the language of this briefing\n"
                + "  hint: add 'pl: …' under 'title'"),
        Arguments.of(
            "sections:\n  - type: text\n    title: Note\n    body:\n      pl: Tekst.\n",
            "spec.yaml:4:5: error: 'body' has no English (en) text, the language of this briefing\n"
                + "  hint: add 'en: …' under 'body'"),
        Arguments.of(
            "sections:\n  - type: text\n    title: {en: Note, de: Notiz}\n    body: Text.\n",
            "spec.yaml:3:23: error: unknown language 'de' in 'title'\n"
                + "  hint: languages are en (English) and pl (Polish)"),
        Arguments.of(
            "sections:\n  - type: text\n    title: Note\n    body:\n      en: Text.\n      PL: Tekst.\n",
            "spec.yaml:6:7: error: unknown language 'PL' in 'body'\n"
                + "  hint: did you mean 'pl'?"),
        Arguments.of(
            "sections:\n  - {type: text, title: {en: Note, polish: Uwaga}, body: Text.}\n",
            "spec.yaml:2:36: error: unknown language 'polish' in 'title'\n"
                + "  hint: did you mean 'pl'?"),
        Arguments.of(
            "language: bilingual\nsections:\n  - type: text\n    title: Note\n"
                + "    body: {en: Text., pl: Tekst.}\n",
            "spec.yaml:4:5: error: 'title' has no Polish (pl) text, though 'body' has\n"
                + "  hint: write 'title' by language, such as 'title: {en: …, pl: …}'"),
        Arguments.of(
            "language: bilingual\nsections:\n  - type: text\n    title: {en: Note, pl: Uwaga}\n"
                + "    body: {pl: Tekst.}\n",
            "spec.yaml:5:5: error: 'body' has no English (en) text, though 'title' has\n"
                + "  hint: add 'en: …' under 'body'"),
        Arguments.of(
            "sections:\n  - {type: text, title: {en: Note}, body: {en: Text.}, language: en}\n",
            "spec.yaml:2:56: error: 'language' applies only to a 'title' or 'body' written as"
                + " plain text\n"
                + "  hint: the keys of 'title' and 'body' name their languages; remove 'language'"),
        Arguments.of(
            "sections:\n  - {type: text, title: {en: Note, pl: }, body: Text.}\n",
            "spec.yaml:2:39: error: 'title.pl' is empty"),
        Arguments.of(
            "sections:\n  - {type: text, title: {en: [a, b]}, body: Text.}\n",
            "spec.yaml:2:30: error: 'title.en' must be a text, not a list"),
        Arguments.of(
            "sections:\n  - {type: text, title: {}, body: Text.}\n",
            "spec.yaml:2:25: error: 'title' gives no text\n"
                + "  hint: write it as a text, or by language such as 'title: {en: …, pl: …}'"),
        Arguments.of(
            "sections:\n  - {type: text, title: Note, body: [a, b]}\n",
            "spec.yaml:2:37: error: 'body' must be a text, or a mapping by language such as"
                + " {en: …, pl: …}, not a list"));
  }

  @ParameterizedTest
  @MethodSource("badTexts")
  void reportsEachProblemWithItsPosition(String yaml, String expected) {
    assertEquals(expected, problems(yaml));
  }

  @Test
  void anInheritedTextIsReportedInTheParent(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Files.writeString(
        dir.resolve("base.yaml"),
        "sections:\n  - type: text\n    title: {en: Note}\n    body: {en: Text.}\n");
    java.nio.file.Files.writeString(
        dir.resolve("child.yaml"), "extends: base.yaml\nlanguage: pl\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read(dir.resolve("child.yaml")));
    assertEquals(
        List.of(
            dir.resolve("base.yaml")
                + ":3:5: error: 'title' has no Polish (pl) text, the language"
                + " of this briefing",
            dir.resolve("base.yaml")
                + ":4:5: error: 'body' has no Polish (pl) text, the language"
                + " of this briefing"),
        e.diagnostics().stream().map(d -> d.format().lines().findFirst().get()).toList());
  }
}
