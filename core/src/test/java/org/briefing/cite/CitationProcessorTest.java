package org.briefing.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.model.Citation;
import org.briefing.model.Reference;
import org.briefing.testing.PlainText;
import org.junit.jupiter.api.Test;

class CitationProcessorTest {

  private static Map<String, List<Inline>> list(String style, Language language) {
    CitationProcessor p =
        CitationProcessor.create(CitationStyle.named(style).get(), language, ReferenceTypes.ALL);
    return p
        .bibliography(ReferenceTypes.ALL.stream().map(Reference::id).collect(Collectors.toSet()))
        .stream()
        .collect(Collectors.toMap(CitationProcessor.Entry::id, CitationProcessor.Entry::content));
  }

  private static final Map<String, List<Inline>> CHICAGO = list("chicago-author-date", Language.EN);
  private static final Map<String, List<Inline>> APA = list("apa", Language.EN);

  private static String text(List<Inline> content) {
    return PlainText.of(content);
  }

  private static boolean emphasised(List<Inline> content, String text) {
    return content.stream()
        .anyMatch(i -> i instanceof Inline.Emphasis e && PlainText.of(e.content()).equals(text));
  }

  private static Optional<String> link(List<Inline> content) {
    return content.stream()
        .filter(i -> i instanceof Inline.Link)
        .map(i -> ((Inline.Link) i).target())
        .findFirst();
  }

  @Test
  void aJournalArticleGivesItsJournalVolumeIssuePagesAndDoiAsALink() {
    List<Inline> e = CHICAGO.get("article");
    assertTrue(text(e).startsWith("Kojala, Linas. 2015. “Small States and Alliances.” "), text(e));
    assertTrue(emphasised(e, "Baltic Journal of Security"), text(e));
    assertTrue(text(e).contains(" 3 (2): 45–67."), text(e));
    assertEquals(Optional.of("https://doi.org/10.1000/xyz123"), link(e));
  }

  @Test
  void aBookGivesItsTitleInItalicsAndItsPublisher() {
    List<Inline> e = CHICAGO.get("book");
    assertTrue(emphasised(e, "The Foreign Policy of Small States"), text(e));
    assertEquals(
        "Vilson, Maili. 2015. The Foreign Policy of Small States. Tartu University Press.",
        text(e));
    assertTrue(text(APA.get("book")).startsWith("Vilson, M. (2015). "));
  }

  @Test
  void aChapterNamesItsBookAndTheBooksEditor() {
    List<Inline> e = CHICAGO.get("chapter");
    assertTrue(text(e).contains("“Energy and Power.” In "), text(e));
    assertTrue(emphasised(e, "Handbook of Baltic Politics"), text(e));
    assertTrue(text(e).contains(", edited by John Smith."), text(e));
    assertTrue(text(APA.get("chapter")).contains("(pp. 860–870)"), text(APA.get("chapter")));
  }

  @Test
  void aReportGivesItsKindAndNumber() {
    assertTrue(
        text(CHICAGO.get("report"))
            .endsWith("CRS Report No. R47982. Congressional Research Service."),
        text(CHICAGO.get("report")));
    assertTrue(text(APA.get("report")).contains("(2024). "), text(APA.get("report")));
    assertTrue(text(APA.get("report")).contains("(CRS Report No. R47982)"));
  }

  @Test
  void aWebPageLinksItsAddress() {
    List<Inline> e = CHICAGO.get("webpage");
    assertTrue(
        text(e).startsWith("LRT. 2022. “Seimas Adopts a Resolution.” LRT English, April 27."));
    assertEquals(Optional.of("https://example.org/lrt/seimas"), link(e));
    assertTrue(text(APA.get("webpage")).startsWith("LRT. (2022, April 27). "));
  }

  @Test
  void aNewspaperArticleGivesTheDayItAppeared() {
    List<Inline> e = CHICAGO.get("news");
    assertTrue(emphasised(e, "Example Daily"), text(e));
    assertTrue(text(e).endsWith("Example Daily, February 24."), text(e));
    assertTrue(text(APA.get("news")).startsWith("Gritėnas, T. (2022, February 24). "));
  }

  @Test
  void legislationIsListedByItsTitle() {
    String e = text(CHICAGO.get("law"));
    assertTrue(e.startsWith("Resolution on the War in Ukraine"), e);
    assertTrue(e.contains("(2022)"), e);
  }

  @Test
  void thePapersStyleNamesAWorkWithoutAuthorsByItsTitleOnce() {
    // (the number is left out of the comparison: citeproc-java prints its hyphen as an en dash)
    String law = text(list("paper", Language.EN).get("law"));
    assertTrue(law.startsWith("Resolution on the war in Ukraine, 2022. XIV"), law);
    assertTrue(law.endsWith("1062, Seimas of the Republic of Lithuania"), law);
    assertEquals(law.indexOf("Resolution"), law.lastIndexOf("Resolution"), law);
  }

  @Test
  void aDatasetSaysItIsOne() {
    assertTrue(text(APA.get("dataset")).contains("[Dataset]"), text(APA.get("dataset")));
    assertTrue(emphasised(APA.get("dataset"), "Energy imports dependency"));
  }

  @Test
  void aWorkWithoutADateIsNoDateInEachStyleAndLanguage() {
    assertTrue(text(CHICAGO.get("undated")).startsWith("ISA. n.d. "));
    assertTrue(text(APA.get("undated")).startsWith("ISA. (n.d.). "));
    assertTrue(
        text(list("chicago-author-date", Language.PL).get("undated")).startsWith("ISA. b.d. "));
    assertTrue(text(list("paper", Language.EN).get("undated")).startsWith("ISA, n.d. "));
  }

  @Test
  void everyTypeOfEveryStyleGivesAnEntry() {
    for (CitationStyle s : CitationStyle.ALL) {
      for (Language l : List.of(Language.EN, Language.PL)) {
        Map<String, List<Inline>> m = list(s.name(), l);
        assertEquals(ReferenceTypes.ALL.size(), m.size(), s.name() + " " + l);
        m.forEach((id, e) -> assertFalse(text(e).isBlank(), s.name() + " " + id));
      }
    }
  }

  @Test
  void thePaperStyleKeepsThePapersLabelsAndTheirLetters() {
    Reference a =
        Reference.builder("lrt-2022a")
            .label("LRT, 2022a")
            .author(Reference.Name.literal("LRT"))
            .issued(ReferenceTypes.date("2022"))
            .build();
    Reference c =
        Reference.builder("lrt-2022c")
            .label("LRT, 2022c")
            .author(Reference.Name.literal("LRT"))
            .issued(ReferenceTypes.date("2022"))
            .build();
    CitationProcessor paper =
        CitationProcessor.create(CitationStyle.PAPER, Language.EN, List.of(c, a));
    assertEquals(
        List.of("LRT, 2022a", "LRT, 2022c"),
        paper.bibliography(Set.of("lrt-2022a", "lrt-2022c")).stream()
            .map(e -> text(e.content()))
            .toList());
    // citeproc-java gives no year letters itself: the paper's letters are kept in every style
    CitationProcessor apa =
        CitationProcessor.create(CitationStyle.named("apa").get(), Language.EN, List.of(a, c));
    assertEquals(
        "(LRT, 2022a; LRT, 2022c)",
        apa.inText(
                List.of(new Citation("lrt-2022a", ""), new Citation("lrt-2022c", "")),
                id -> Optional.empty())
            .plainText());
  }

  @Test
  void aCitationGroupIsOneParenthesisWithEachSourceLinked() {
    CitationProcessor p =
        CitationProcessor.create(
            CitationStyle.named("chicago-author-date").get(), Language.EN, ReferenceTypes.ALL);
    Inline.Citation c =
        p.inText(
            List.of(new Citation("book", ""), new Citation("chapter", "867")),
            id -> Optional.of("ref-" + id));
    assertEquals("(Vilson 2015; Sturm 2022, 867)", c.plainText());
    assertEquals(
        List.of(Optional.of("ref-book"), Optional.of("ref-chapter")),
        c.items().stream().map(Inline.Cite::target).toList());
    CitationProcessor paper =
        CitationProcessor.create(CitationStyle.PAPER, Language.EN, ReferenceTypes.ALL);
    assertEquals(
        "(Vilson, 2015; Sturm, 2022: 867)",
        paper
            .inText(
                List.of(new Citation("book", ""), new Citation("chapter", "867")),
                id -> Optional.empty())
            .plainText());
  }

  @Test
  void aNoteStyleGivesTheTextOfANote() {
    CitationProcessor p =
        CitationProcessor.create(
            CitationStyle.named("chicago-notes-bibliography").get(),
            Language.EN,
            ReferenceTypes.ALL);
    assertTrue(p.style().note());
    List<Inline> note = p.note(List.of(new Citation("book", "12")));
    assertTrue(emphasised(note, "The Foreign Policy of Small States"), text(note));
    assertTrue(text(note).startsWith("Maili Vilson, "), text(note));
    assertTrue(text(note).endsWith(", 12."), text(note));
  }

  @Test
  void markupInTheCorpusStaysText() {
    Reference r =
        Reference.builder("odd")
            .type("book")
            .author(Reference.Name.literal("A <b>bold</b> & *starred* \uE000 name"))
            .issued(ReferenceTypes.date("2020"))
            .field("title", "Title")
            .build();
    CitationProcessor p =
        CitationProcessor.create(CitationStyle.named("apa").get(), Language.EN, List.of(r));
    List<Inline> e = p.bibliography(Set.of("odd")).get(0).content();
    assertTrue(text(e).startsWith("A <b>bold</b> & *starred* \uFFFD name"), text(e));
  }

  /** A processor's outputs for a run of citations (a repeat, a locator, a return) and its list. */
  private static List<String> session(String style, Language language, List<Reference> refs) {
    CitationProcessor p =
        CitationProcessor.create(CitationStyle.named(style).get(), language, refs);
    List<List<Citation>> groups =
        List.of(
            List.of(new Citation("book", "")),
            List.of(new Citation("book", "")),
            List.of(new Citation("chapter", "867"), new Citation("book", "3")),
            List.of(new Citation("report", "")),
            List.of(new Citation("book", "")));
    List<String> out = new ArrayList<>();
    for (List<Citation> g : groups) {
      out.add(p.style().note() ? text(p.note(g)) : p.inText(g, id -> Optional.empty()).plainText());
    }
    for (CitationProcessor.Entry e :
        p.bibliography(refs.stream().map(Reference::id).collect(Collectors.toSet()))) {
      out.add(e.id() + ": " + text(e.content()));
    }
    p.release();
    return out;
  }

  @Test
  void theNextProcessorOverTheSameReferencesReusesAReleasedOnesCslAndGivesTheSame() {
    List<String> styles = List.of("apa", "chicago-notes-bibliography", "chicago-author-date");
    List<Language> languages = List.of(Language.EN, Language.PL);
    // What each style and language gives with a CSL processor of its own (a list of its own each
    // time: nothing is handed on to these).
    Map<String, List<String>> fresh = new HashMap<>();
    for (String style : styles) {
      for (Language language : languages) {
        fresh.put(
            style + " " + language, session(style, language, new ArrayList<>(ReferenceTypes.ALL)));
      }
    }
    // One list, as a corpus read once: each style and language in turn, twice over.
    List<Reference> refs = new ArrayList<>(ReferenceTypes.ALL);
    int before = CitationProcessor.made();
    for (int round = 0; round < 2; round++) {
      for (String style : styles) {
        for (Language language : languages) {
          assertEquals(
              fresh.get(style + " " + language),
              session(style, language, refs),
              style + " " + language + ", round " + round);
        }
      }
      // The first round makes one for each style and language; the second reuses them all.
      assertEquals(before + styles.size() * languages.size(), CitationProcessor.made());
    }
  }

  @Test
  void aProcessorTakesTheCslProcessorMadeAheadForItAndGivesTheSame() {
    for (String style : List.of("apa", "chicago-notes-bibliography", "chicago-author-date")) {
      for (Language language : List.of(Language.EN, Language.PL)) {
        List<String> fresh = session(style, language, new ArrayList<>(ReferenceTypes.ALL));
        List<Reference> refs = new ArrayList<>(ReferenceTypes.ALL);
        int before = CitationProcessor.made();
        CitationProcessor.prepare(CitationStyle.named(style).get(), language, refs);
        assertEquals(before + 1, CitationProcessor.made());
        assertEquals(fresh, session(style, language, refs), style + " " + language);
        // The processor took the one made ahead instead of making its own.
        assertEquals(before + 1, CitationProcessor.made(), style + " " + language);
      }
    }
  }

  @Test
  void aProcessorWaitsForTheCslProcessorBeingMadeAheadInsteadOfMakingAnother()
      throws InterruptedException {
    List<String> fresh = session("apa", Language.PL, new ArrayList<>(ReferenceTypes.ALL));
    int seen = 0;
    for (int round = 0; round < 40 && seen < 3; round++) {
      List<Reference> refs = new ArrayList<>(ReferenceTypes.ALL);
      int before = CitationProcessor.made();
      Thread ahead =
          new Thread(
              () -> CitationProcessor.prepare(CitationStyle.named("apa").get(), Language.PL, refs));
      ahead.start();
      // Only a round in which the processor is asked for while the other is being made counts.
      while (CitationProcessor.preparing() == 0 && ahead.isAlive()) {
        Thread.onSpinWait();
      }
      boolean during = CitationProcessor.preparing() == 1;
      List<String> got = session("apa", Language.PL, refs);
      ahead.join();
      assertEquals(fresh, got);
      if (during) {
        seen++;
        assertEquals(before + 1, CitationProcessor.made(), "round " + round);
      }
    }
    assertTrue(seen > 0, "never asked while one was being made");
  }

  @Test
  void aProcessorIsNotUsedAfterItsRelease() {
    CitationProcessor p =
        CitationProcessor.create(
            CitationStyle.named("apa").get(), Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    p.bibliography(Set.of("book"));
    p.release();
    assertThrows(IllegalStateException.class, () -> p.bibliography(Set.of("book")));
  }

  @Test
  void thePapersStyleSortsNoCitationGroupSoItsAffixesNeedNotBeRead() {
    // inText skips the paper style's affixes and processor: right only while its file sorts none.
    assertFalse(
        CitationProcessor.Affixes.of(CitationProcessor.read(CitationStyle.PAPER.resource()))
            .sorted());
    // The check reads a sort where a style has one.
    assertTrue(
        CitationStyle.ALL.stream()
            .filter(s -> !s.isPaper())
            .anyMatch(
                s -> CitationProcessor.Affixes.of(CitationProcessor.read(s.resource())).sorted()));
  }
}
