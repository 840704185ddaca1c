package org.briefing.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefing.corpus.CorpusReader;
import org.briefing.corpus.TranslationsYamlWriter;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.Test;

/** Export, edit as a translator would, import, merge, write pl.yaml. */
class TranslationsMergerTest {

  @Test
  void anUnchangedRoundTripLeavesTheRealPlYamlByteIdentical() {
    Corpus corpus = CorpusReader.readDefault().corpus();

    TranslationsMerger.Result r = roundTrip(corpus, XliffWriter.write(corpus, Language.PL));

    assertThat(r.updated()).isEmpty();
    assertThat(r.unchanged()).isEqualTo(corpus.translations(Language.PL).units().size());
    assertThat(r.summary())
        .isEqualTo("0 units updated: 0 reviewed, 0 draft; " + r.unchanged() + " unchanged");
    assertThat(TranslationsYamlWriter.write(r.translations(), Localizer.units(corpus)))
        .isEqualTo(RealCorpus.resource(RealCorpus.PL));
  }

  @Test
  void anEditedReviewedTargetChangesExactlyThatUnit() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    String id = "section.introduction.title";
    Translation before = corpus.translations(Language.PL).unit(id).orElseThrow();
    assertThat(before.status()).isEqualTo(TranslationStatus.DRAFT);
    String edited =
        XliffWriter.write(corpus, Language.PL)
            .replaceFirst(
                "(?s)(<unit id=\""
                    + id
                    + "\">.*?)<segment state=\"translated\">(.*?)<target>"
                    + before.text(),
                "$1<segment state=\"reviewed\">$2<target>Wstęp  \n");

    TranslationsMerger.Result r = roundTrip(corpus, edited);

    Translation after =
        new Translation(
            id,
            TranslationStatus.REVIEWED,
            Fingerprint.of(corpus.article().sections().get(0).title()),
            "Wstęp",
            java.util.List.of(),
            java.util.Optional.of(corpus.article().sections().get(0).title()));
    assertThat(r.updated()).containsExactly(after);
    int units = corpus.translations(Language.PL).units().size();
    assertThat(r.summary())
        .isEqualTo("1 unit updated: 1 reviewed, 0 draft; " + (units - 1) + " unchanged");
    Translations expected = with(corpus.translations(Language.PL), after);
    assertThat(r.translations()).isEqualTo(expected);
    String yaml = TranslationsYamlWriter.write(r.translations(), Localizer.units(corpus));
    String original = RealCorpus.resource(RealCorpus.PL);
    String fp = Fingerprint.of("Introduction");
    String old = "    status: draft\n    fingerprint: " + fp + "\n    text: \"Wprowadzenie\"\n";
    assertThat(original).contains(old);
    // The import keeps the English it was translated from, so a later change shows as a diff.
    assertThat(yaml)
        .isEqualTo(
            original.replace(
                old,
                "    status: reviewed\n    fingerprint: "
                    + fp
                    + "\n    text: \"Wstęp\"\n    source: \"Introduction\"\n"));
  }

  @Test
  void staleUnitsStayStaleUnlessTheTranslatorActs() {
    String oldTitle = CorpusReader.readDefault().corpus().article().title();
    String newTitle = oldTitle + " Revisited";
    RealCorpus real = RealCorpus.load().replace("article.yaml", oldTitle, newTitle);
    Corpus corpus = real.read();
    Translation stale = corpus.translations(Language.PL).unit("article.title").orElseThrow();
    String exported = XliffWriter.write(corpus, Language.PL);

    // Untouched: still initial, same target — left as it is, still stale.
    TranslationsMerger.Result untouched = roundTrip(corpus, exported);
    assertThat(untouched.updated()).isEmpty();
    assertThat(untouched.translations().unit("article.title")).contains(stale);

    // Confirmed as final: the article's own Polish, unchanged, stays article, now current.
    TranslationsMerger.Result confirmed =
        roundTrip(
            corpus,
            exported.replaceFirst("<segment state=\"initial\">", "<segment state=\"final\">"));
    assertThat(confirmed.updated())
        .containsExactly(
            new Translation(
                "article.title",
                TranslationStatus.ARTICLE,
                Fingerprint.of(newTitle),
                stale.text(),
                java.util.List.of(),
                java.util.Optional.of(newTitle)));

    // A new target, still initial: a draft of the current English.
    TranslationsMerger.Result retranslated =
        roundTrip(
            corpus,
            exported.replace(
                stale.text() + "</target>", "Rola małych państw raz jeszcze</target>"));
    assertThat(retranslated.updated())
        .containsExactly(
            new Translation(
                "article.title",
                TranslationStatus.DRAFT,
                Fingerprint.of(newTitle),
                "Rola małych państw raz jeszcze",
                java.util.List.of(),
                java.util.Optional.of(newTitle)));
  }

  @Test
  void aNewTranslationBecomesADraftAndAnEmptyTargetLeavesTheUnitAsItIs() {
    RealCorpus real = RealCorpus.load();
    String pl = real.file(RealCorpus.PL);
    int from = pl.indexOf("  article.keywords:\n");
    int to = pl.indexOf("  article.methodology.1:\n");
    Corpus corpus = real.put(RealCorpus.PL, pl.substring(0, from) + pl.substring(to)).read();
    String exported = XliffWriter.write(corpus, Language.PL);

    TranslationsMerger.Result empty = roundTrip(corpus, exported);
    assertThat(empty.updated()).isEmpty();
    assertThat(empty.untranslated()).isEqualTo(1);
    assertThat(empty.summary())
        .endsWith(
            "; " + corpus.translations(Language.PL).units().size() + " unchanged, 1 untranslated");

    String translated =
        exported.replaceFirst(
            "(?s)(<unit id=\"article.keywords\">.*?</source>)",
            "$1<target>małe państwo, …</target>");
    TranslationsMerger.Result r = roundTrip(corpus, translated);
    assertThat(r.updated())
        .containsExactly(
            new Translation(
                "article.keywords",
                TranslationStatus.DRAFT,
                Fingerprint.of(Localizer.units(corpus).english("article.keywords")),
                "małe państwo, …",
                java.util.List.of(),
                java.util.Optional.of(Localizer.units(corpus).english("article.keywords"))));
    // Written in catalog order: the new unit goes back where it was.
    assertThat(TranslationsYamlWriter.write(r.translations(), Localizer.units(corpus)))
        .contains("\n  article.keywords:\n    status: draft\n")
        .containsSubsequence(
            "  article.abstract:", "  article.keywords:", "  article.methodology.1:");
  }

  @Test
  void theArticlesOwnPolishChangedIsIgnoredWithAWarningAndAFootnoteOriginalIsRefused() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    String exported = XliffWriter.write(corpus, Language.PL);
    Translation keywords = corpus.translations(Language.PL).unit("article.keywords").orElseThrow();
    assertThat(keywords.status()).isEqualTo(TranslationStatus.ARTICLE);

    TranslationsMerger.Result r =
        roundTrip(corpus, exported.replace(keywords.text() + "</target>", "małe państwo</target>"));
    assertThat(r.updated()).isEmpty();
    assertThat(r.translations().unit("article.keywords")).contains(keywords);
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).startsWith("'article.keywords' is locked");
              assertThat(d.position().line())
                  .isEqualTo(XliffReaderTest.lineOf(exported, "<unit id=\"article.keywords\""));
            });

    Translation footnote = corpus.translations(Language.PL).unit("footnote.1").orElseThrow();
    String edited = exported.replace(footnote.text() + "</target>", "Inny tekst.</target>");
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> roundTrip(corpus, edited));
    assertThat(e.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).startsWith("'footnote.1' is the article's original text");
              assertThat(d.position().line())
                  .isEqualTo(XliffReaderTest.lineOf(edited, "<unit id=\"footnote.1\""));
            });
  }

  @Test
  void paragraphsAndMarkdownBlocksSurviveAndWhiteSpaceWithinAParagraphFolds() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    String id = "article.methodology.2";
    String target =
        "\n  Pierwszy akapit\n      streszczenia.\r\n  \n\n\t Drugi  akapit streszczenia.\n"
            + "## Nagłówek\nTekst pod nim\n- jeden\n- dwa\n  dalej\n1. raz\n> cytat\n  ";
    String edited =
        XliffWriter.write(corpus, Language.PL)
            .replaceFirst(
                "(?s)(<unit id=\"" + id + "\">.*?<target>).*?(</target>)",
                "$1" + java.util.regex.Matcher.quoteReplacement(target) + "$2");

    TranslationsMerger.Result r = roundTrip(corpus, edited);

    assertThat(r.updated())
        .singleElement()
        .extracting(Translation::text)
        .isEqualTo(
            "Pierwszy akapit streszczenia.\n\nDrugi akapit streszczenia.\n## Nagłówek\n"
                + "Tekst pod nim\n- jeden\n- dwa dalej\n1. raz\n> cytat");
  }

  @Test
  void aMultiParagraphTranslationEditedInOneWordKeepsItsParagraphs() {
    String id = "article.methodology.2";
    Corpus base = CorpusReader.readDefault().corpus();
    String old = base.translations(Language.PL).unit(id).orElseThrow().text();
    String[] sentences = old.split("(?<=\\.) ", 2);
    String twoParagraphs = sentences[0] + "\n\n" + sentences[1];
    RealCorpus real =
        RealCorpus.load()
            .replace(
                RealCorpus.PL,
                "text: " + TranslationsYamlWriter.quoted(old),
                "text: " + TranslationsYamlWriter.quoted(twoParagraphs));
    Corpus corpus = real.read();
    String exported = XliffWriter.write(corpus, Language.PL);
    assertThat(exported).contains("<unit id=\"" + id + "\" xml:space=\"preserve\">");

    // Unchanged: nothing to write, the paragraphs included.
    assertThat(roundTrip(corpus, exported).updated()).isEmpty();

    String edited = exported.replace("systematyczne", "metodyczne");
    TranslationsMerger.Result r = roundTrip(corpus, edited);
    assertThat(r.updated())
        .singleElement()
        .extracting(Translation::text)
        .isEqualTo(twoParagraphs.replace("systematyczne", "metodyczne"));
  }

  private static TranslationsMerger.Result roundTrip(Corpus corpus, String xliff) {
    List<XliffUnit> units =
        XliffReader.of(Localizer.units(corpus), Language.PL)
            .read("pl.xlf", xliff.getBytes(StandardCharsets.UTF_8))
            .units();
    return TranslationsMerger.merge(corpus, Language.PL, units);
  }

  private static Translations with(Translations t, Translation changed) {
    java.util.Map<String, Translation> m = new java.util.LinkedHashMap<>(t.units());
    m.put(changed.unitId(), changed);
    return new Translations(t.language(), m);
  }
}
