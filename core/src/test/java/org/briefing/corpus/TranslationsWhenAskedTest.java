package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.TranslationStatus;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.Test;

/** A corpus read with {@link CorpusReader.Translated#WHEN_ASKED}: its translations come later. */
class TranslationsWhenAskedTest {

  /** A translation file with a syntax error at its end. */
  private static MiniCorpus brokenPolish() {
    MiniCorpus c = MiniCorpus.valid();
    return c.put("translations/pl.yaml", c.text("translations/pl.yaml") + "  bad: [unclosed\n");
  }

  @Test
  void englishQuestionsDoNotReadTheTranslations() {
    Corpus c = brokenPolish().readWhenAsked().corpus();

    assertThat(c.findings()).isNotEmpty();
    assertThat(c.languages()).containsExactly(Language.EN, Language.PL);
    assertThat(Localizer.of(c, Language.EN).text("article.title").text())
        .isEqualTo("A Small Test Article");
    assertThat(c.translationsRead()).isFalse();
  }

  @Test
  void theFirstQuestionAboutATranslationThrowsWhatTheWholeReadThrows() {
    MiniCorpus broken = brokenPolish();
    InvalidInputException whole = catchThrowableOfType(InvalidInputException.class, broken::read);
    Corpus c = broken.readWhenAsked().corpus();

    InvalidInputException first =
        catchThrowableOfType(InvalidInputException.class, () -> c.translations(Language.PL));
    InvalidInputException again =
        catchThrowableOfType(InvalidInputException.class, () -> Localizer.of(c, Language.PL));

    assertThat(whole.diagnostics()).isNotEmpty();
    assertThat(first.diagnostics()).isEqualTo(whole.diagnostics());
    assertThat(again.diagnostics()).isEqualTo(whole.diagnostics());
    assertThat(first.diagnostics().get(0).position().path())
        .isEqualTo("corpus/translations/pl.yaml");
  }

  @Test
  void translationsReadWhenAskedAreThoseOfTheWholeRead() {
    CorpusReader.Result whole = MiniCorpus.valid().read();
    Corpus c = MiniCorpus.valid().readWhenAsked().corpus();

    assertThat(c.translationsRead()).isFalse();
    assertThat(c.translations(Language.PL).unit("footnote.1").orElseThrow().status())
        .isEqualTo(TranslationStatus.ARTICLE);
    assertThat(c.translationsRead()).isTrue();
    assertThat(c.translations()).isEqualTo(whole.corpus().translations());
    assertThat(c).isEqualTo(whole.corpus());
  }

  @Test
  void aCorpusWithOtherErrorsFailsWithTheSameProblemsEitherWay() {
    MiniCorpus broken =
        brokenPolish().replace("argument.yaml", "verdict: confirmed", "verdict: proven");

    List<Diagnostic> whole =
        catchThrowableOfType(InvalidInputException.class, broken::read).diagnostics();
    List<Diagnostic> whenAsked =
        catchThrowableOfType(InvalidInputException.class, broken::readWhenAsked).diagnostics();

    assertThat(whenAsked).isEqualTo(whole);
    assertThat(whole)
        .extracting(d -> d.position().path())
        .contains("corpus/argument.yaml", "corpus/translations/pl.yaml");
  }

  @Test
  void warningsOfTheTranslationsComeOnlyFromTheWholeRead() {
    MiniCorpus stale =
        MiniCorpus.valid()
            .replace("article.yaml", "\"A Small Test Article\"", "\"A Smaller Test Article\"");

    assertThat(stale.read().warnings()).hasSize(1);
    CorpusReader.Result r = stale.readWhenAsked();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.corpus().translations(Language.PL).unit("article.title")).isPresent();
  }
}
