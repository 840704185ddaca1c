package org.briefing.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.document.Node;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;
import org.briefing.testing.PlainText;
import org.briefing.testing.SmallCorpus;
import org.junit.jupiter.api.Test;

class AssemblerTest {
  private static final Corpus CORPUS = SmallCorpus.corpus();
  private static final Assembler ASSEMBLER = Assembler.of(CORPUS).withEnvironment(Map.of());

  private static BriefingSpec spec(String yaml) {
    return SpecReader.of(CORPUS).withFormats(List.of()).read("test.yaml", yaml);
  }

  private static Document doc(String yaml) {
    return ASSEMBLER.assemble(spec(yaml)).document();
  }

  private static <T extends Node> List<T> all(Document d, Class<T> type) {
    List<T> out = new ArrayList<>();
    AbstractVisitor v =
        new AbstractVisitor() {
          @Override
          protected void visitAll(List<? extends Node> nodes) {
            for (Node n : nodes) {
              if (type.isInstance(n)) {
                out.add(type.cast(n));
              }
              n.accept(this);
            }
          }
        };
    d.blocks()
        .forEach(b -> v.visit(new Block.Part("all", Language.EN, Optional.empty(), List.of(b))));
    return out;
  }

  private static List<String> warnings(String yaml) {
    return ASSEMBLER.assemble(spec(yaml)).warnings().stream()
        .map(d -> d.position() + " " + d.message())
        .toList();
  }

  /**
   * The spec's date: a calendar day or month is printed in the briefing's language as the paper's
   * dates are (English as written, a date in figures written out); any other text as written.
   */
  @Test
  void theSpecsCalendarDateIsPrintedInTheBriefingsLanguage() {
    String pl = "language: pl\nsections: [abstract]\ndate: ";
    assertThat(doc(pl + "2022-02-24\n").meta().date())
        .isEqualTo("24\u00A0lutego\u00A02022\u00A0r.");
    assertThat(doc(pl + "24 February 2022\n").meta().date())
        .isEqualTo("24\u00A0lutego\u00A02022\u00A0r.");
    assertThat(doc(pl + "February 2022\n").meta().date()).isEqualTo("luty\u00A02022\u00A0r.");
    // Any date the tool reads with its year, as the paper's own dates are.
    assertThat(doc(pl + "Spring 2026\n").meta().date())
        .endsWith("2026\u00A0r.")
        .satisfies(t -> assertThat(t.replace('\u00A0', ' ')).isEqualTo("wiosna 2026 r."));
    assertThat(doc(pl + "March/April 2022\n").meta().date())
        .satisfies(t -> assertThat(t.replace('\u00A0', ' ')).isEqualTo("marzec/kwiecień 2022 r."));
    assertThat(doc(pl + "Q3 2026\n").meta().date()).isEqualTo("Q3 2026");
    // Free text as written, typeset as Polish (a single-letter word kept with the next).
    assertThat(doc(pl + "wersja z 3 maja\n").meta().date())
        .contains("z\u00A03")
        .satisfies(t -> assertThat(t.replace('\u00A0', ' ')).isEqualTo("wersja z 3 maja"));
    assertThat(doc("sections: [abstract]\ndate: 24 February 2022\n").meta().date())
        .isEqualTo("24 February 2022");
    // In English a date in figures is written out, day before month as the corpus writes dates.
    assertThat(doc("sections: [abstract]\ndate: 2022-02-24\n").meta().date())
        .isEqualTo("24 February 2022");
    assertThat(doc("sections: [abstract]\ndate: 2022-02\n").meta().date())
        .isEqualTo("February 2022");
    assertThat(doc("sections: [abstract]\ndate: 'February 24, 2022'\n").meta().date())
        .isEqualTo("February 24, 2022");
  }

  /**
   * A bilingual briefing prints each language the spec gives for its title (beside a subtitle),
   * series and audience, the second tagged with its language; authors' initials keep their no-break
   * space, which file metadata does not carry.
   */
  @Test
  void aBilingualTitleBlockPrintsEachLanguageTheSpecGives() {
    Meta m =
        doc("""
                language: bilingual
                title: {en: A note, pl: Notatka}
                subtitle: {en: From the desk, pl: Z działu}
                series: {en: Baltic notes, pl: Notatki bałtyckie}
                number: "3/2026"
                audience: {en: The minister, pl: Gabinet ministra}
                sections: [abstract]
                """)
            .meta();
    Inline.LangSpan pl = new Inline.LangSpan(Language.PL, List.of(new Inline.Text("Notatka")));
    assertThat(m.titleText())
        .containsExactly(new Inline.Text("A note"), new Inline.Text(" / "), pl);
    assertThat(Blocks.plainText(m.seriesLine(Labels.of(Language.EN))))
        .isEqualTo("Baltic notes / Notatki bałtyckie, no. 3/2026");
    assertThat(m.seriesText()).last().isInstanceOf(Inline.LangSpan.class);
    assertThat(Blocks.plainText(m.audienceLine(Labels.of(Language.EN))))
        .isEqualTo("Prepared for: The minister / Gabinet ministra");
    assertThat(m.audienceText()).last().isInstanceOf(Inline.LangSpan.class);
    Meta polish = doc("language: pl\nauthors: [J. Nowak]\nsections: [abstract]\n").meta();
    assertThat(polish.authors()).containsExactly("J.\u00A0Nowak");
    assertThat(polish.metadataAuthors()).containsExactly("J. Nowak");
    // One language given: that one alone, in an English briefing as in a bilingual one.
    Meta en = doc("series: {en: Baltic notes, pl: Notatki}\nsections: [abstract]\n").meta();
    assertThat(en.seriesText()).containsExactly(new Inline.Text("Baltic notes"));
  }

  @Test
  void aSectionThatSelectsNothingIsLeftOutWithAWarning() {
    String noRow = "sections: [{type: summary-table, period: {from: 2019, to: 2020}}, timeline]\n";
    assertTrue(all(doc(noRow), Block.Table.class).isEmpty(), "no zero-row table");
    assertEquals(
        List.of(
            "test.yaml:1:12 the summary-table section is left out: no row of table 'summary' falls"
                + " in the period asked for"),
        warnings(noRow));
    String nothingCited = "sections: [timeline, references]\nfilters: {findings: [gipl]}\n";
    Document d = doc("sections: [{type: text, title: T, body: B}, references]\n");
    assertTrue(all(d, Block.ListBlock.class).isEmpty(), "no empty reference list");
    assertEquals(1, all(d, Block.Heading.class).size());
    assertTrue(
        warnings("sections: [{type: text, title: T, body: B}, references]\n")
            .contains(
                "test.yaml:1:45 the references section is left out: the briefing cites no reference"));
    assertTrue(doc(nothingCited).blocks().size() > 0);
  }

  @Test
  void aBriefingWhoseSectionsAllSelectNothingIsAnErrorAtEachSection() {
    String nothing =
        "sections: [{type: summary-table, period: {from: 2019, to: 2020}}, timeline]\n"
            + "filters: {period: {from: 2010, to: 2011}}\n";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ASSEMBLER.assemble(spec(nothing)));
    List<String> said =
        e.diagnostics().stream()
            .map(d -> d.severity() + " " + d.position() + " " + d.message())
            .toList();
    assertEquals(3, said.size(), said.toString());
    assertTrue(
        said.get(0).startsWith("ERROR test.yaml:1:1 no section of this briefing"), said.get(0));
    assertTrue(said.get(1).startsWith("ERROR test.yaml:1:12 the summary-table section is empty"));
    assertTrue(said.get(2).startsWith("ERROR test.yaml:1:67 the timeline section is empty"));
  }

  @Test
  void aPolishBriefingNamesTheTextsItHadToShowInEnglish() {
    List<String> polish = warnings("language: pl\nsections: [findings]\n");
    List<String> untranslated =
        polish.stream().filter(w -> w.contains("no Polish translation")).toList();
    assertEquals(1, untranslated.size(), polish.toString());
    assertTrue(untranslated.get(0).startsWith("test.yaml:1:1 "), untranslated.get(0));
    assertTrue(untranslated.get(0).contains("finding."), untranslated.get(0));
    assertFalse(untranslated.get(0).contains("finding.gipl.statement"), "gipl is translated");
    assertTrue(
        warnings("language: en\nsections: [findings]\n").stream()
            .noneMatch(w -> w.contains("translation")));
  }

  @Test
  void citationsLinkOnlyWhenTheBriefingListsItsReferences() {
    Inline.Citation withList =
        all(doc("sections: [findings, references]\n"), Inline.Citation.class).get(0);
    assertTrue(withList.items().get(0).target().isPresent());
    Inline.Citation without = all(doc("sections: [findings]\n"), Inline.Citation.class).get(0);
    assertEquals(Optional.empty(), without.items().get(0).target());
  }

  @Test
  void aTableIsCaptionedNotHeadedAndFigureNotesShowWhenAsked() {
    Document table = doc("sections: [summary-table]\n");
    assertTrue(all(table, Block.Heading.class).isEmpty(), "the caption is the table's title");
    String figure = "sections: [{type: figure, figure: figure-1}]\n";
    Corpus withNote =
        org.briefing.corpus.CorpusReader.read(
                "small",
                new java.util.LinkedHashMap<>(SmallCorpus.files()) {
                  {
                    put(
                        "figures.yaml",
                        get("figures.yaml") + "    notes: [\"The other values are not given.\"]\n");
                  }
                })
            .corpus();
    Assembler a = Assembler.of(withNote).withEnvironment(Map.of());
    SpecReader r = SpecReader.of(withNote).withFormats(List.of());
    assertTrue(all(a.assemble(r.read("f.yaml", figure)).document(), Block.Callout.class).isEmpty());
    List<Block.Callout> notes =
        all(
            a.assemble(r.read("f.yaml", figure + "show-notes: true\n")).document(),
            Block.Callout.class);
    assertEquals(1, notes.size());
    assertEquals("The other values are not given.\n", PlainText.of(notes.get(0).content()));
  }

  @Test
  void aLinkToAFigureTheBriefingDoesNotShowKeepsOnlyItsWords() {
    Corpus linked =
        org.briefing.corpus.CorpusReader.read(
                "small",
                new java.util.LinkedHashMap<>(SmallCorpus.files()) {
                  {
                    put(
                        "findings.yaml",
                        get("findings.yaml")
                            .replace(
                                "the Poland-Lithuania gas interconnector (GIPL) was launched.",
                                "the interconnector was launched (see [Figure 1](#figure-1))."));
                  }
                })
            .corpus();
    Assembler a = Assembler.of(linked).withEnvironment(Map.of());
    SpecReader r = SpecReader.of(linked).withFormats(List.of());
    Document without = a.assemble(r.read("s.yaml", "sections: [findings]\n")).document();
    assertTrue(all(without, Inline.Link.class).isEmpty());
    assertTrue(PlainText.of(without.blocks()).contains("(see Figure 1)"));
    Document with =
        a.assemble(r.read("s.yaml", "sections: [findings, {type: figure, figure: figure-1}]\n"))
            .document();
    assertEquals("#figure-1", all(with, Inline.Link.class).get(0).target());
  }

  @Test
  void sameInputsGiveEqualDocuments() {
    String yaml =
        """
        language: bilingual
        sections: [executive-summary, key-points, hypotheses, findings, summary-table, timeline,
                   {type: figure, figure: figure-1}, methodology, abstract, references]
        show-notes: true
        """;
    Assembly a = Assembler.of(SmallCorpus.corpus()).withEnvironment(Map.of()).assemble(spec(yaml));
    Assembly b = Assembler.of(SmallCorpus.corpus()).withEnvironment(Map.of()).assemble(spec(yaml));
    assertNotSame(a.document(), b.document());
    assertEquals(a, b);
  }

  @Test
  void topicFilterChoosesFindings() {
    Document d = doc("sections: [key-points]\nfilters: {topics: [energy]}\n");
    assertEquals(
        "Key points\n"
            + "On 1 May 2022, the Poland-Lithuania gas interconnector (GIPL) was launched."
            + " (Sturm, 2022: 867)\n",
        PlainText.of(d.blocks()));
  }

  @Test
  void periodFilterUsesOverlap() {
    // "From March/April" overlaps a March–April filter; "1 May 2022" does not; undated is left out.
    Document d =
        doc("sections: [findings]\nfilters: {period: {from: March 2022, to: April 2022}}\n");
    String text = PlainText.of(d.blocks());
    assertTrue(text.contains("Patriarch Kirill"), text);
    assertFalse(text.contains("GIPL"), text);
    assertFalse(text.contains("Madrid"), text);
  }

  @Test
  void keyPointsPutSupportingFindingsOfHypothesesFirst() {
    Document d = doc("sections: [{type: key-points, limit: 2}]\nfilters: {hypotheses: [h2]}\n");
    List<Block.ListBlock> lists = all(d, Block.ListBlock.class);
    assertEquals(2, lists.get(0).items().size());
    assertTrue(PlainText.of(lists.get(0).items().get(0)).startsWith("Lithuania called for"));
  }

  @Test
  void everyClaimKeepsItsCitationsAndReferencesListOnlyCitedOnes() {
    Document d = doc("sections: [findings, references]\nfilters: {topics: [energy, sanctions]}\n");
    List<Inline.Citation> citations = all(d, Inline.Citation.class);
    assertEquals(
        List.of(
            Inline.Citation.of(
                new Inline.Cite("Sturm, 2022: 867", "sturm-2022", Optional.of("ref-sturm-2022"))),
            Inline.Citation.of(
                new Inline.Cite("LRT, 2022a", "lrt-2022a", Optional.of("ref-lrt-2022a")))),
        citations);
    Block.ListBlock refs = (Block.ListBlock) d.blocks().get(d.blocks().size() - 1);
    assertEquals(2, refs.items().size());
    List<String> anchors = new ArrayList<>();
    for (List<Block> item : refs.items()) {
      Inline first = ((Block.Paragraph) item.get(0)).content().get(0);
      anchors.add(((Inline.Anchor) first).id());
    }
    assertEquals(List.of("ref-lrt-2022a", "ref-sturm-2022"), anchors);
  }

  @Test
  void summaryTableIsRegeneratedWordForWordInEnglish() {
    Block.Table t = (Block.Table) doc("sections: [summary-table]\n").blocks().get(0);
    assertEquals(
        "Table 1. Summary of achievements in Lithuania’s multi-vector foreign policy in 2022",
        PlainText.of(t.caption()));
    assertEquals(
        List.of("Country/organisation\n", "Priorities\n", "Effects\n"),
        t.head().get(0).cells().stream().map(c -> PlainText.of(c.content())).toList());
    assertTrue(t.head().get(0).cells().stream().allMatch(Block.Cell::header));
    Block.Row us = t.body().get(0);
    assertTrue(us.cells().get(0).header());
    assertEquals("US\n", PlainText.of(us.cells().get(0).content()));
    assertEquals(2, us.cells().get(1).content().size());
    assertEquals(
        "Strengthening military alliance with USA\nSeeking military assistance package for"
            + " Ukraine\n",
        PlainText.of(us.cells().get(1).content()));
    assertEquals(
        "June: Maintenance of guarantees security\n"
            + "From March/April: negotiating maintenance of tough stance towards Russia\n",
        PlainText.of(us.cells().get(2).content()));
    assertEquals(
        "March-November: Lithuania becoming leader among countries donating the largest share of"
            + " their (GDP) aid to Ukraine*\n",
        PlainText.of(t.body().get(1).cells().get(2).content()));
    assertEquals(
        "* Cf. Statista Research Department (2022),"
            + " https://www.statista.com/statistics/1303450/bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/.\n"
            + "Source: Author’s own study.\n",
        PlainText.of(t.notes()));
    Inline link = ((Block.Paragraph) t.notes().get(0)).content().get(1);
    assertEquals(
        "https://www.statista.com/statistics/1303450/bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/",
        ((Inline.Link) link).target());
  }

  @Test
  void filteredTableKeepsRowsAndEffectsInThePeriod() {
    Block.Table t =
        (Block.Table)
            doc("sections: [{type: summary-table, period: {from: May 2022, to: June 2022}}]\n")
                .blocks()
                .get(0);
    assertEquals(2, t.body().size());
    assertEquals(
        "June: Maintenance of guarantees security\n"
            + "From March/April: negotiating maintenance of tough stance towards Russia\n",
        PlainText.of(t.body().get(0).cells().get(2).content()));
    Block.Table usOnly =
        (Block.Table) doc("sections: [{type: summary-table, rows: [us]}]\n").blocks().get(0);
    assertEquals(1, usOnly.body().size());
    assertEquals("Source: Author’s own study.\n", PlainText.of(usOnly.notes()));
  }

  @Test
  void polishTableUsesTranslationsAndBadgesDrafts() {
    Document d = ASSEMBLER.table(SmallCorpus.corpus().summaryTable().orElseThrow(), Language.PL);
    Block.Callout draft = (Block.Callout) d.blocks().get(0);
    assertEquals(Block.CalloutKind.DRAFT, draft.kind());
    Block.Table t = (Block.Table) d.blocks().get(1);
    assertEquals(
        "Tabela 1. Podsumowanie osiągnięć wielowektorowej polityki zagranicznej Litwy w\u00a02022\u00a0r.",
        PlainText.of(t.caption()));
    assertEquals("Państwo/organizacja\n", PlainText.of(t.head().get(0).cells().get(0).content()));
    Block.Row us = t.body().get(0);
    assertEquals("USA\n", PlainText.of(us.cells().get(0).content()));
    assertEquals(
        "czerwiec: Utrzymanie gwarancji bezpieczeństwa [draft-translation]\n"
            + "od marca/kwietnia: negocjowanie utrzymania twardego stanowiska wobec Rosji"
            + " [stale-translation]\n",
        PlainText.of(us.cells().get(2).content()));
    // No Polish for the priorities yet: English text marked as English, with a badge.
    Block.Paragraph priority = (Block.Paragraph) us.cells().get(1).content().get(0);
    assertEquals(
        new Inline.LangSpan(
            Language.EN, List.of(new Inline.Text("Strengthening military alliance with USA"))),
        priority.content().get(0));
    assertEquals(new Inline.Badge("missing-translation"), priority.content().get(2));
    assertEquals("Źródło: opracowanie własne autora.\n", PlainText.of(t.notes().get(1)));
    assertEquals(Language.PL, d.meta().language());
  }

  @Test
  void englishTableHasNoDraftCallout() {
    Document d = ASSEMBLER.table(SmallCorpus.corpus().summaryTable().orElseThrow(), Language.EN);
    assertEquals(1, d.blocks().size());
    assertInstanceOf(Block.Table.class, d.blocks().get(0));
    assertEquals(
        "Table 1. Summary of achievements in Lithuania’s multi-vector foreign policy in 2022",
        d.meta().title());
  }

  @Test
  void figureDataIsFormattedPerLanguage() {
    String yaml = "sections: [{type: figure, figure: figure-1, highlight: [Lithuania]}]\n";
    Block.Figure en = (Block.Figure) doc(yaml).blocks().get(0);
    assertEquals(
        List.of("91.6", "4.0"),
        en.chart().series().get(0).values().stream().map(Block.Value::formatted).toList());
    assertEquals(List.of(true, false), en.chart().highlighted());
    assertEquals(
        "Figure 1. Cumulative dependence on Russian raw materials: Lithuania 91.6% and"
            + " Portugal 4.0%.",
        en.altText());
    assertEquals("Source: Eurostat (nrg_ind_id)", PlainText.of(en.source()));
    Block.Figure pl = (Block.Figure) doc("language: pl\n" + yaml).blocks().get(0);
    assertEquals(
        List.of("91,6", "4,0"),
        pl.chart().series().get(0).values().stream().map(Block.Value::formatted).toList());
    assertEquals(List.of("Litwa", "Portugalia"), pl.chart().categories());
    assertEquals(
        "Rysunek 1. Skumulowana zależność od rosyjskich surowców: Litwa 91,6% i\u00a0Portugalia"
            + " 4,0%.",
        pl.altText());
    assertEquals("Źródło: Eurostat (nrg_ind_id)", PlainText.of(pl.source()));
  }

  /**
   * A chart knows the language of each of its texts: a label without a translation in a Polish
   * briefing is the English one, and says so, so that formats mark it; a draft translation is
   * Polish all the same. In an English briefing every text is English.
   */
  @Test
  void aChartKnowsWhichOfItsLabelsAreInEnglishForWantOfATranslation() {
    Corpus corpus =
        org.briefing.corpus.CorpusReader.read(
                "small",
                new java.util.LinkedHashMap<>(SmallCorpus.files()) {
                  {
                    put(
                        "translations/pl.yaml",
                        get("translations/pl.yaml")
                            // Portugal's label untranslated, the unit's a draft.
                            .replaceAll("(?s)  figure\\.figure-1\\.category\\.2:.*", "")
                            .replace(
                                "status: reviewed\n    fingerprint: bbf3f11cb5b43e70",
                                "status: draft\n    fingerprint: bbf3f11cb5b43e70"));
                  }
                })
            .corpus();
    assertEquals(
        org.briefing.i18n.TranslationStatus.DRAFT,
        corpus.translations(Language.PL).unit("figure.figure-1.unit").orElseThrow().status());
    Assembler a = Assembler.of(corpus).withEnvironment(Map.of());
    SpecReader r = SpecReader.of(corpus).withFormats(List.of());
    String yaml = "sections: [{type: figure, figure: figure-1}]\n";
    Block.Chart pl =
        ((Block.Figure)
                a.assemble(r.read("pl.yaml", "language: pl\n" + yaml)).document().blocks().get(0))
            .chart();
    assertEquals(List.of("Litwa", "Portugal"), pl.categories());
    assertEquals(
        List.of(Optional.of(Language.PL), Optional.of(Language.EN)), pl.categoryLanguages());
    assertEquals(Optional.of(Language.PL), pl.unitLanguage());
    Block.Chart en =
        ((Block.Figure) a.assemble(r.read("en.yaml", yaml)).document().blocks().get(0)).chart();
    assertEquals(
        List.of(Optional.of(Language.EN), Optional.of(Language.EN)), en.categoryLanguages());
    assertEquals(Optional.of(Language.EN), en.unitLanguage());
  }

  /**
   * A chart's text alternative names each text in the language it is written in: in a Polish
   * briefing, Portugal's label without a translation is marked English inside the Polish sentence,
   * and the chart knows that the label stands for want of a translation (so that the table of its
   * numbers marks it). A picture's description without a translation is English as a whole. Both
   * were plain strings, read as Polish.
   */
  @Test
  void aTextAlternativeKnowsWhichOfItsPartsAreInEnglishForWantOfATranslation() {
    Corpus corpus =
        org.briefing.corpus.CorpusReader.read(
                "small",
                new java.util.LinkedHashMap<>(SmallCorpus.files()) {
                  {
                    put(
                        "translations/pl.yaml",
                        get("translations/pl.yaml")
                            .replaceAll("(?s)  figure\\.figure-1\\.category\\.2:.*", ""));
                    put(
                        "figures.yaml",
                        get("figures.yaml")
                            + "  - id: map\n    kind: image\n    title: A map\n"
                            + "    alt: The Baltic Sea and the states around it\n"
                            + "    image: images/map.svg\n");
                    put(
                        "images/map.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
                            + "<rect width=\"5\" height=\"5\"/></svg>");
                  }
                })
            .corpus();
    Assembler a = Assembler.of(corpus).withEnvironment(Map.of());
    SpecReader r = SpecReader.of(corpus).withFormats(List.of());
    String yaml = "sections: [{type: figure, figure: figure-1}, {type: figure, figure: map}]\n";
    Document pl = a.assemble(r.read("pl.yaml", "language: pl\n" + yaml)).document();
    Block.Figure chart = all(pl, Block.Figure.class).get(0);
    assertEquals(
        List.of(
            new Inline.Text(
                "Rysunek 1. Skumulowana zależność od rosyjskich surowców: Litwa 91,6% i\u00a0"),
            new Inline.LangSpan(Language.EN, List.of(new Inline.Text("Portugal"))),
            new Inline.Text(" 4,0%.")),
        chart.alt().content());
    assertTrue(chart.alt().mixed(Language.PL));
    assertEquals(Language.PL, chart.alt().language(Language.PL));
    assertEquals(Optional.of(Language.PL), chart.chart().language());
    assertFalse(chart.chart().untranslated(0));
    assertTrue(chart.chart().untranslated(1));
    Block.Image picture = all(pl, Block.Image.class).get(0);
    assertEquals(
        List.of(
            new Inline.LangSpan(
                Language.EN, List.of(new Inline.Text("The Baltic Sea and the states around it")))),
        picture.alt().content());
    assertEquals(Language.EN, picture.alt().language(Language.PL));
    assertFalse(picture.alt().mixed(Language.PL));

    Document en = a.assemble(r.read("en.yaml", yaml)).document();
    Block.Figure enChart = all(en, Block.Figure.class).get(0);
    assertEquals(
        List.of(
            new Inline.Text(
                "Figure 1. Cumulative dependence on Russian raw materials: Lithuania 91.6% and"
                    + " Portugal 4.0%.")),
        enChart.alt().content());
    assertFalse(enChart.chart().untranslated(1));
    assertEquals(
        List.of(new Inline.Text("The Baltic Sea and the states around it")),
        all(en, Block.Image.class).get(0).alt().content());
  }

  @Test
  void aSeriesNamedAsItsFigureIsTitledIsNotNamedAgainInTheAltText() {
    String figures =
        """
        figures:
          - id: figure-1
            kind: line
            title: "Share over time"
            unit: "%"
            categories: ["2021", "2022"]
            series:
              - {name: "Share over time", values: [34, 30]}
          - id: figure-2
            kind: line
            title: "Trade"
            categories: ["2021", "2022"]
            series:
              - {name: "Exports", values: [1, 2]}
              - {name: "Imports", values: [3, 4]}
        """;
    Corpus corpus =
        org.briefing.corpus.CorpusReader.read(
                "small",
                new java.util.LinkedHashMap<>(SmallCorpus.files()) {
                  {
                    put("figures.yaml", figures);
                    put(
                        "translations/pl.yaml",
                        get("translations/pl.yaml").replaceAll("(?s)  figure\\.figure-1.*", ""));
                  }
                })
            .corpus();
    Assembler a = Assembler.of(corpus).withEnvironment(Map.of());
    SpecReader r = SpecReader.of(corpus).withFormats(List.of());
    Block.Figure one =
        all(
                a.assemble(r.read("f.yaml", "sections: [{type: figure, figure: figure-1}]\n"))
                    .document(),
                Block.Figure.class)
            .get(0);
    assertEquals(Block.ChartKind.LINE, one.chart().kind());
    assertEquals("Share over time: 2021 34% and 2022 30%.", one.altText());
    Block.Figure two =
        all(
                a.assemble(r.read("f.yaml", "sections: [{type: figure, figure: figure-2}]\n"))
                    .document(),
                Block.Figure.class)
            .get(0);
    assertEquals("Trade: Exports: 2021 1 and 2022 2; Imports: 2021 3 and 2022 4.", two.altText());
  }

  @Test
  void polishTextIsTypesetAndDraftsAreBadged() {
    Document d = doc("language: pl\nsections: [key-points]\nfilters: {findings: [gipl]}\n");
    assertEquals(
        "Najważniejsze wnioski\n"
            + "1\u00a0maja\u00a02022\u00a0r. uruchomiono \u201egazociąg\u201d GIPL o\u00a0przepustowości 2.4\u00a0mld"
            + " m3 w\u00a0roku. [draft-translation] (Sturm, 2022: 867)\n",
        PlainText.of(d.blocks()));
    assertEquals(
        "Rola małych państw w\u00a0promowaniu bezpieczeństwa międzynarodowego: strategia Litwy",
        d.meta().title());
  }

  @Test
  void bilingualParallelAlignsBlocks() {
    Document d = doc("language: bilingual\nsections: [key-points, hypotheses, references]\n");
    Block.Parallel p = (Block.Parallel) d.blocks().get(0);
    assertEquals(Language.EN, p.left());
    assertEquals(Language.PL, p.right());
    Block.Heading en = (Block.Heading) p.rows().get(0).left().get(0);
    Block.Heading pl = (Block.Heading) p.rows().get(0).right().get(0);
    assertEquals("key-points", en.id());
    assertEquals("key-points-pl", pl.id());
    assertEquals("Najważniejsze wnioski\n", PlainText.of(pl));
    for (Block.ParallelRow row : p.rows()) {
      assertEquals(row.left().size(), row.right().size());
      assertEquals(row.left().get(0).getClass(), row.right().get(0).getClass());
    }
    Block.Heading refs = (Block.Heading) d.blocks().get(1);
    assertEquals("References / Bibliografia\n", PlainText.of(refs));
    assertEquals(Optional.of(Language.PL), d.meta().secondLanguage());
  }

  @Test
  void bilingualSequentialHasOnePartPerLanguage() {
    Document d = doc("language: bilingual\nlayout: sequential\nsections: [methodology]\n");
    assertEquals(2, d.blocks().size());
    Block.Part en = (Block.Part) d.blocks().get(0);
    Block.Part pl = (Block.Part) d.blocks().get(1);
    assertEquals(Language.EN, en.language());
    assertEquals(Optional.of("Wersja polska"), pl.title());
    assertEquals("Metodologia\n", PlainText.of(pl.content().get(0)));
  }

  @Test
  void hypothesesCarryVerdictsFromLabels() {
    Document d = doc("sections: [executive-summary, hypotheses]\n");
    String text = PlainText.of(d.blocks());
    assertTrue(
        text.contains(
            "Hypotheses 1 and 2: Confirmed. Both hypotheses were confirmed in the research.\n"),
        text);
    assertTrue(
        text.contains(
            "Hypothesis 4: Needs further research. The hypothesis needs to be explored"
                + " further.\n"),
        text);
    List<Block.Callout> verdicts = all(d, Block.Callout.class);
    assertEquals(3, verdicts.size());
    assertEquals("Confirmed\n", PlainText.of(new Block.Paragraph(verdicts.get(0).title())));
  }

  @Test
  void editorialNotesOnlyWhenAsked() {
    String yaml = "sections: [findings]\nfilters: {findings: [gipl]}\n";
    assertTrue(all(doc(yaml), Block.Callout.class).isEmpty());
    List<Block.Callout> notes = all(doc(yaml + "show-notes: true\n"), Block.Callout.class);
    assertEquals(1, notes.size());
    assertEquals(Block.CalloutKind.EDITORIAL, notes.get(0).kind());
  }

  @Test
  void freeTextNeverCarriesMarkup() {
    Document d =
        doc(
            """
            sections:
              - type: text
                title: Comment
                body: "Read <script>alert(1)</script> this.\\n\\n<div onclick=x>block</div>"
            """);
    List<Inline.Text> texts = all(d, Inline.Text.class);
    assertEquals(
        List.of("Comment", "Read <script>alert(1)</script> this.", "<div onclick=x>block</div>"),
        texts.stream().map(Inline.Text::text).toList());
  }

  @Test
  void englishTextInAPolishBriefingIsMarkedAsEnglish() {
    Document d =
        doc("language: pl\nsections: [{type: text, title: Note, body: Hello, language: en}]\n");
    Block.Paragraph p = (Block.Paragraph) d.blocks().get(1);
    assertEquals(
        List.of(new Inline.LangSpan(Language.EN, List.of(new Inline.Text("Hello")))), p.content());
  }

  @Test
  void lengthBudgetGivesWarnings() {
    Assembly a = ASSEMBLER.assemble(spec("sections: [methodology, findings]\nmax-words: 10\n"));
    assertTrue(a.words() > 10);
    Diagnostic w = a.warnings().get(0);
    assertFalse(w.isError());
    assertEquals(
        "test.yaml:2:12: warning: the briefing has "
            + a.words()
            + " words, over the budget of 10\n"
            + "  hint: narrow the filters, lower a section's 'limit', or drop sections",
        w.format());
    assertEquals(1, a.pages());
  }

  @Test
  void wordsAreCountedFromTheDocument() {
    Assembly a = ASSEMBLER.assemble(spec("title: Two words\nsections: [methodology]\n"));
    // "Two words" + "Methodology" + 15 words of the methodology paragraph.
    assertEquals(2 + 1 + 15, a.words());
    assertTrue(a.warnings().isEmpty());
  }

  @Test
  void theLengthIsTheSameWhetherABudgetHadItCountedOrItIsCountedWhenAskedFor() {
    Assembly budget =
        ASSEMBLER.assemble(spec("title: Two words\nsections: [methodology]\nmax-words: 18\n"));
    Assembly none = ASSEMBLER.assemble(spec("title: Two words\nsections: [methodology]\n"));
    assertTrue(budget.warnings().isEmpty(), budget.warnings().toString());
    assertEquals(18, budget.words());
    assertEquals(18, none.words());
    assertEquals(budget.pages(), none.pages());
    Assembly over =
        ASSEMBLER.assemble(spec("title: Two words\nsections: [methodology]\nmax-words: 17\n"));
    assertEquals(1, over.warnings().size());
    assertTrue(over.warnings().get(0).message().contains("has 18 words"));
  }

  @Test
  void createdComesFromTheSpecOrTheEnvironment() {
    BriefingSpec s = spec("sections: [abstract]\n");
    assertEquals(BriefingSpec.DEFAULT_CREATED, ASSEMBLER.assemble(s).document().meta().created());
    assertEquals(
        java.time.Instant.ofEpochSecond(1234567890),
        ASSEMBLER
            .withEnvironment(Map.of("SOURCE_DATE_EPOCH", "1234567890"))
            .assemble(s)
            .document()
            .meta()
            .created());
  }
}
