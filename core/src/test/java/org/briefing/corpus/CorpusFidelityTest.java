package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.Translations;
import org.briefing.model.Corpus;
import org.briefing.model.Event;
import org.briefing.model.Evidence;
import org.briefing.model.Finding;
import org.briefing.model.Footnote;
import org.briefing.model.Hypothesis;
import org.briefing.model.Reference;
import org.briefing.model.Section;
import org.briefing.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped corpus against the article it encodes ({@code article.txt}): every passage the corpus
 * says is the article's wording must be in the article, and every citation and number of the
 * article must be in the corpus. Each test lists every miss, so one run shows all of them.
 */
class CorpusFidelityTest {
  private static ArticleText article;
  private static Corpus corpus;

  @BeforeAll
  static void read() {
    article = ArticleText.load();
    corpus = CorpusReader.readDefault().corpus();
  }

  private static List<String> missing(Map<String, String> passages) {
    List<String> out = new ArrayList<>();
    passages.forEach(
        (where, text) -> {
          if (text != null && !article.contains(text)) {
            out.add(where + ": " + text);
          }
        });
    return out;
  }

  @Test
  void everyCellOfTable1IsInTheArticle() {
    Table t = corpus.summaryTable().orElseThrow();
    Map<String, String> cells = new java.util.LinkedHashMap<>();
    cells.put("title", t.title());
    t.columns().forEach(c -> cells.put("column " + c.id(), c.label()));
    for (Table.Row r : t.rows()) {
      for (Table.Column c : t.columns()) {
        List<Table.Line> lines = r.cell(c.id()).orElseThrow().lines();
        for (int i = 0; i < lines.size(); i++) {
          cells.put(r.id() + " " + c.id() + " " + (i + 1), lines.get(i).printed());
        }
      }
    }
    Table.TableNote note = t.tableNotes().get(0);
    cells.put("note", note.marker() + " " + note.text());
    cells.put("source", "Source: " + t.source().orElseThrow());

    assertThat(missing(cells)).isEmpty();
    assertThat(article.contains("Table " + t.number().orElseThrow() + " " + t.title())).isTrue();
  }

  @Test
  void hypothesesAndTheirVerdictsAreTheArticles() {
    Map<String, String> passages = new java.util.LinkedHashMap<>();
    for (Hypothesis h : corpus.argument().items()) {
      passages.put(h.id() + " statement", h.number() + ") " + h.statement());
      passages.put(h.id() + " verdict sentence", h.verdictSentence());
    }
    corpus.argument().preface().ifPresent(p -> passages.put("preface", p));
    assertThat(missing(passages)).isEmpty();

    assertThat(corpus.argument().items())
        .extracting(Hypothesis::id, Hypothesis::number, h -> h.verdict().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("h1", 1, "confirmed"),
            org.assertj.core.groups.Tuple.tuple("h2", 2, "confirmed"),
            org.assertj.core.groups.Tuple.tuple("h3", 3, "confirmed"),
            org.assertj.core.groups.Tuple.tuple("h4", 4, "needs-further-research"));
    assertThat(corpus.argument().preface()).isPresent();
    assertThat(corpus.findings()).hasSizeGreaterThan(30);
  }

  @Test
  void theArticlesOwnCounterEvidenceChallengesHypothesis4() {
    Hypothesis h4 = corpus.hypothesis("h4").orElseThrow();
    assertThat(h4.findings(Evidence.Stance.CHALLENGES))
        .containsExactlyInAnyOrder(
            "no-legitimate-guarantees", "limits-of-influence", "aid-leader-concept-clashes");
    assertThat(h4.findings(Evidence.Stance.SUPPORTS))
        .doesNotContain(
            "no-legitimate-guarantees", "limits-of-influence", "aid-leader-concept-clashes");
    Hypothesis h3 = corpus.hypothesis("h3").orElseThrow();
    assertThat(h3.findings(Evidence.Stance.CHALLENGES)).containsExactly("kirill-blacklist");
    assertThat(h3.findings(Evidence.Stance.CONTEXT)).containsExactly("kaliningrad-transit");
    Hypothesis h1 = corpus.hypothesis("h1").orElseThrow();
    assertThat(h1.findings(Evidence.Stance.CONTEXT))
        .containsExactly("small-states-initiate-process");
    assertThat(h1.findings()).doesNotContain("small-states-confidence");
  }

  @Test
  void hedgedStatementsKeepTheArticlesHedges() {
    assertThat(corpus.finding("small-states-confidence").orElseThrow().statement())
        .startsWith("This article seeks to demonstrate that ");
    assertThat(corpus.finding("key-element-of-success").orElseThrow().statement())
        .contains("one may conclude that");
    assertThat(corpus.finding("trust-and-dialogue").orElseThrow().statement())
        .contains("it can be concluded that");
    assertThat(corpus.finding("leadership-threats").orElseThrow().statement())
        .startsWith("The thinking of the Lithuanian leadership was that");
  }

  @Test
  void everyQuoteIsTheArticles() {
    Map<String, String> quotes = new java.util.LinkedHashMap<>();
    for (Finding f : corpus.findings()) {
      quotes.put("finding " + f.id(), f.source().quote());
    }
    for (Event e : corpus.events()) {
      quotes.put("event " + e.id(), e.source().quote());
    }
    assertThat(missing(quotes)).isEmpty();
  }

  /**
   * A finding's statement is the article's wording: it may leave words out only where "…" marks it,
   * put words in only in square brackets, and never join two sentences of the article into one.
   */
  @Test
  void everyStatementQuotesTheArticleWithItsElisionsMarked() {
    List<String> misquoted = new ArrayList<>();
    for (Finding f : corpus.findings()) {
      if (!article.quotes(f.statement())) {
        misquoted.add("finding " + f.id() + ": " + f.statement());
      }
    }
    List<String> methodology = corpus.article().methodology();
    for (int i = 0; i < methodology.size(); i++) {
      if (!article.quotes(methodology.get(i))) {
        misquoted.add("methodology " + (i + 1) + ": " + methodology.get(i));
      }
    }
    for (Hypothesis h : corpus.argument().items()) {
      if (!article.quotes(h.number() + ") " + h.statement())) {
        misquoted.add("hypothesis " + h.id() + ": " + h.statement());
      }
    }
    assertThat(misquoted).isEmpty();
  }

  @Test
  void footnotesAreTheArticles() {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (Footnote f : corpus.footnotes()) {
      if (f.originalLanguage().isEmpty()) {
        texts.put("footnote " + f.number(), f.number() + " " + f.text());
      } else {
        Language original = Language.fromCode(f.originalLanguage().get()).orElseThrow();
        String unit = "footnote." + f.number();
        texts.put(
            unit + " (" + original.code() + ")",
            f.number() + " " + corpus.translations(original).unit(unit).orElseThrow().text());
      }
    }
    assertThat(texts).hasSize(3);
    assertThat(missing(texts)).isEmpty();
  }

  @Test
  void sectionTitlesAreTheArticlesHeadings() {
    List<String> missing = new ArrayList<>();
    for (Section s : corpus.article().sections()) {
      if (!article.containsIgnoringCase(s.title())) {
        missing.add(s.id() + ": " + s.title());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyCitationFormIsInTheArticle() {
    Map<String, String> forms = new java.util.LinkedHashMap<>();
    for (Reference r : corpus.references()) {
      for (int i = 0; i < r.citedAs().size(); i++) {
        forms.put(r.id() + " cited-as " + (i + 1), r.citedAs().get(i));
      }
    }
    assertThat(missing(forms)).isEmpty();
  }

  /** One author–year citation: "Sturm, 2022: 867", "Kojala, Ivanauskas, 2015", "LRT, 2022a". */
  private static final Pattern CITATION =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{N}.’'&-]*(?: [\\p{L}\\p{N}.’'&-]+)*, )+\\d{4}[a-z]?"
              + "(?:: \\d+(?:[–-]\\d+)?)?");

  private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");

  /** A citation in the running text: "Statista Research Department (2022)". */
  private static final Pattern NARRATIVE =
      Pattern.compile("\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)* \\(\\d{4}[a-z]?\\)");

  /** The author–year citations of the article, each as written. */
  static Set<String> citationsIn(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher n = NARRATIVE.matcher(text);
    while (n.find()) {
      out.add(n.group());
    }
    Matcher p = PARENTHESES.matcher(text);
    while (p.find()) {
      Matcher c = CITATION.matcher(p.group(1));
      while (c.find()) {
        out.add(c.group());
      }
    }
    return out;
  }

  @Test
  void everyCitationOfTheArticleHasAReference() {
    Set<String> cited = citationsIn(article.plain());
    Set<String> forms = new LinkedHashSet<>();
    corpus.references().forEach(r -> forms.addAll(r.citedAs()));

    assertThat(cited)
        .contains(
            "Sturm, 2022: 867",
            "Statkus, Paulauskas, 2006: 43–44",
            "Statista Research Department (2022)");
    List<String> uncovered = new ArrayList<>(cited);
    uncovered.removeAll(forms);
    assertThat(uncovered).isEmpty();
  }

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?");

  @Test
  void everyNumberOfTheArticleIsInTheCorpus() {
    String data = rawCorpusText();
    Set<String> missing = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(article.plain());
    while (m.find()) {
      String n = m.group();
      Pattern inData =
          Pattern.compile("(?<![\\d.,])(?<!\\d[.,])" + Pattern.quote(n) + "(?![\\d]|[.,]\\d)");
      if (!inData.matcher(data).find()) {
        missing.add(n);
      }
    }
    assertThat(missing).isEmpty();
  }

  /** Every corpus file as written, without the fingerprints (hex digits are not data). */
  private static String rawCorpusText() {
    StringBuilder b = new StringBuilder();
    for (String file : CorpusReader.FILES) {
      try (InputStream in =
          CorpusReader.class.getResourceAsStream(CorpusReader.EMBEDDED_DIR + file)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.strip().startsWith("fingerprint:")) {
            b.append(line).append('\n');
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b.toString();
  }

  @Test
  void titlesAbstractsAndKeywordsAreTheArticlesInBothLanguages() {
    Translations pl = corpus.translations(Language.PL);
    Map<String, String> passages = new java.util.LinkedHashMap<>();
    passages.put("article.abstract", corpus.article().abstractText());
    passages.put("article.keywords", "Keywords: " + String.join(", ", corpus.article().keywords()));
    passages.put("pl article.abstract", pl.unit("article.abstract").orElseThrow().text());
    passages.put(
        "pl article.keywords",
        "Słowa kluczowe: " + pl.unit("article.keywords").orElseThrow().text());
    assertThat(missing(passages)).isEmpty();

    // The article sets both titles in capitals; the corpus stores them in title or sentence case.
    assertThat(article.containsIgnoringCase(corpus.article().title())).isTrue();
    assertThat(article.containsIgnoringCase(pl.unit("article.title").orElseThrow().text()))
        .isTrue();
  }

  @Test
  void everyUnitHasAPolishTranslationOfItsCurrentEnglish() {
    Translations pl = corpus.translations(Language.PL);
    List<String> problems = new ArrayList<>();
    Localizer.units(corpus)
        .units()
        .forEach(
            (unit, english) -> {
              Translation t = pl.unit(unit).orElse(null);
              if (t == null) {
                problems.add(unit + ": no translation");
              } else if (!t.fingerprint().equals(Fingerprint.of(english))) {
                problems.add(unit + ": stale");
              }
            });
    assertThat(problems).isEmpty();
  }
}
