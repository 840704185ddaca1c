package org.briefing.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Node;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.briefing.testing.PlainText;
import org.briefing.testing.SmallCorpus;
import org.junit.jupiter.api.Test;

/** Free text sections written in both languages. */
class AssemblerTextTest {
  private static final Corpus CORPUS = SmallCorpus.corpus();

  private static final String TEXT =
      """
      sections:
        - type: text
          title: {en: Recommendations, pl: Rekomendacje}
          body:
            en: "Keep the **Baltic** focus in \\"energy\\" policy."
            pl: "Utrzymać nacisk na region **bałtycki** w \\"polityce\\" energetycznej."
      """;

  private static Assembly assemble(String yaml) {
    return Assembler.of(CORPUS)
        .withEnvironment(Map.of())
        .assemble(SpecReader.of(CORPUS).withFormats(List.of()).read("test.yaml", yaml));
  }

  private static Document doc(String yaml) {
    return assemble(yaml).document();
  }

  private static <T extends Node> List<T> all(List<? extends Node> nodes, Class<T> type) {
    List<T> out = new ArrayList<>();
    AbstractVisitor v =
        new AbstractVisitor() {
          @Override
          protected void visitAll(List<? extends Node> children) {
            for (Node n : children) {
              if (type.isInstance(n)) {
                out.add(type.cast(n));
              }
              n.accept(this);
            }
          }
        };
    nodes.forEach(
        b -> v.visit(new Block.Part("all", Language.EN, Optional.empty(), List.of((Block) b))));
    return out;
  }

  /** The author's straight quotes become curly ones in English too. */
  private static final String EN = "Keep the Baltic focus in \u201cenergy\u201d policy.\n";

  private static final String PL =
      "Utrzymać nacisk na region bałtycki w\u00a0\u201epolityce\u201d energetycznej.\n";

  @Test
  void parallelRowsPairTheTwoLanguagesBlockByBlock() {
    Document d = doc("language: bilingual\n" + TEXT);
    assertEquals(1, d.blocks().size());
    Block.Parallel p = (Block.Parallel) d.blocks().get(0);
    // The heading shares its row with the text after it (each heading above its own text when
    // the columns stack).
    assertEquals(1, p.rows().size());
    Block.Heading en = (Block.Heading) p.rows().get(0).left().get(0);
    Block.Heading pl = (Block.Heading) p.rows().get(0).right().get(0);
    assertEquals("text-recommendations", en.id());
    assertEquals("text-recommendations-pl", pl.id());
    assertEquals("Recommendations\n", PlainText.of(en));
    assertEquals("Rekomendacje\n", PlainText.of(pl));
    assertEquals(EN, PlainText.of(p.rows().get(0).left().subList(1, 2)));
    assertEquals(PL, PlainText.of(p.rows().get(0).right().subList(1, 2)));
    // The author's own words: no translation badge, no language span.
    assertEquals(List.of(), all(d.blocks(), Inline.Badge.class));
    assertEquals(List.of(), all(d.blocks(), Inline.LangSpan.class));
    assertEquals(List.of(), assemble("language: bilingual\n" + TEXT).warnings());
  }

  @Test
  void parallelRowsFollowTheHeadingsWhenParagraphsDiffer() {
    Document d =
        doc(
            """
            language: bilingual
            sections:
              - type: text
                title: {en: Note, pl: Notatka}
                body:
                  en: "Intro.\\n\\n# Why\\n\\nOne.\\n\\nTwo."
                  pl: "Wstęp.\\n\\n# Dlaczego\\n\\nJeden i dwa."
            """);
    Block.Parallel p = (Block.Parallel) d.blocks().get(0);
    List<String> rows =
        p.rows().stream().map(r -> PlainText.of(r.left()) + "|" + PlainText.of(r.right())).toList();
    assertEquals(
        List.of(
            "Note\nIntro.\n|Notatka\nWstęp.\n", "Why\nOne.\nTwo.\n|Dlaczego\nJeden i\u00a0dwa.\n"),
        rows);
    Block.Heading why = (Block.Heading) p.rows().get(1).right().get(0);
    assertEquals(3, why.level());
    assertEquals("text-note-pl-dlaczego", why.id());
  }

  @Test
  void sequentialPartsEachHoldTheirLanguage() {
    Document d = doc("language: bilingual\nlayout: sequential\n" + TEXT);
    Block.Part en = (Block.Part) d.blocks().get(0);
    Block.Part pl = (Block.Part) d.blocks().get(1);
    assertEquals(Language.EN, en.language());
    assertEquals(Language.PL, pl.language());
    assertEquals("Recommendations\n" + EN, PlainText.of(en.content()));
    assertEquals("Rekomendacje\n" + PL, PlainText.of(pl.content()));
  }

  /** Issue 9: the spec's own title and subtitle get the same typography as every other text. */
  @Test
  void theSpecsTitleAndSubtitleAreTypeset() {
    Document pl =
        doc(
            """
            language: pl
            title: 'Plan "Bałtyk" z 24 lutego 2022 r.'
            subtitle: 'Kara 645 000 RUB i 26,5 mld w 2023 r.'
            """
                + TEXT);
    assertEquals(
        "Plan \u201eBałtyk\u201d z\u00a024\u00a0lutego\u00a02022\u00a0r.", pl.meta().title());
    assertEquals(
        "Kara 645\u00a0000\u00a0RUB i\u00a026,5\u00a0mld w\u00a02023\u00a0r.",
        pl.meta().subtitle());
    Document en = doc("language: en\ntitle: 'The \"region''s\" plan'\n" + TEXT);
    assertEquals("The \u201cregion\u2019s\u201d plan", en.meta().title());
  }

  /** Issue 9: titles that differ only in accents get different anchors, ASCII in every format. */
  @Test
  void titlesThatDifferInAccentsGetUniqueAsciiAnchors() {
    Document d =
        doc(
            """
            language: pl
            sections:
              - {type: text, title: {pl: "Źródła"}, body: {pl: "Jeden."}}
              - {type: text, title: {pl: "Żródła"}, body: {pl: "Dwa.\\n\\n# Łódź\\n\\nTrzy."}}
            """);
    List<String> ids =
        all(d.blocks(), Block.Heading.class).stream().map(Block.Heading::id).toList();
    assertEquals(List.of("text-zrodla", "text-zrodla-2", "text-zrodla-2-lodz"), ids);
  }

  @Test
  void aMonolingualBriefingPicksItsLanguage() {
    assertEquals("Recommendations\n" + EN, PlainText.of(doc("language: en\n" + TEXT).blocks()));
    Document pl = doc("language: pl\n" + TEXT);
    assertEquals("Rekomendacje\n" + PL, PlainText.of(pl.blocks()));
    assertEquals(List.of(), all(pl.blocks(), Inline.LangSpan.class));
    assertEquals("text-rekomendacje", ((Block.Heading) pl.blocks().get(0)).id());
  }

  @Test
  void aTextInOneLanguageLeavesTheOtherSideEmptyWithAWarning() {
    Assembly a =
        assemble(
            """
            language: bilingual
            max-words: 1000
            sections:
              - {type: text, title: {pl: Uwaga}, body: {pl: Tekst.}}
            """);
    Block.Parallel p = (Block.Parallel) a.document().blocks().get(0);
    assertEquals(1, p.rows().size());
    assertEquals(List.of(), p.rows().get(0).left());
    assertEquals("Uwaga\nTekst.\n", PlainText.of(p.rows().get(0).right()));
    assertEquals(
        List.of(
            "test.yaml:4:5: warning: text section 'Uwaga' has no English text; its English side"
                + " is left empty"),
        a.warnings().stream().map(w -> w.format().lines().findFirst().get()).toList());
  }

  @Test
  void scriptInEitherLanguageStaysPlainText() {
    String yaml =
        """
        language: bilingual
        sections:
          - type: text
            title: {en: "<b>Note</b>", pl: "<i>Uwaga</i>"}
            body:
              en: "Read <script>alert(1)</script> this."
              pl: "<script>alert(2)</script>\\n\\nCzytaj."
        """;
    for (String layout : List.of("parallel", "sequential")) {
      Document d = doc(yaml + "layout: " + layout + "\n");
      List<String> texts =
          all(d.blocks(), Inline.Text.class).stream().map(Inline.Text::text).toList();
      assertTrue(texts.contains("<b>Note</b>"), texts.toString());
      assertTrue(texts.contains("<i>Uwaga</i>"), texts.toString());
      assertTrue(texts.contains("Read <script>alert(1)</script> this."), texts.toString());
      assertTrue(texts.contains("<script>alert(2)</script>"), texts.toString());
      assertTrue(texts.contains("Czytaj."), texts.toString());
    }
  }

  /** The title block's parts, each as "language:text" (the main language for a bare text). */
  private static List<String> parts(List<Inline> line, Language main) {
    List<String> out = new ArrayList<>();
    for (Inline i : line) {
      if (i instanceof Inline.LangSpan span) {
        out.add(span.language().code() + ":" + PlainText.of(span.content()));
      } else {
        out.add(main.code() + ":" + PlainText.of(List.of(i)));
      }
    }
    return out;
  }

  @Test
  void eachPartOfAnEnglishLedTitleBlockGetsItsOwnLanguagesTypography() {
    Document d =
        doc(
            """
            title: The "region's" note
            subtitle: {pl: Notatka z 24 lutego 2022 r. o "sankcjach"}
            language: bilingual
            sections: [key-points]
            """);
    assertEquals(
        List.of("en:The \u201cregion\u2019s\u201d note"), parts(d.meta().titleText(), Language.EN));
    assertEquals(
        List.of("pl:Notatka z\u00a024\u00a0lutego\u00a02022\u00a0r. o\u00a0\u201esankcjach\u201d"),
        parts(d.meta().subtitleText(), Language.EN));
    // Without a subtitle of its own, a title in both languages gives the second line.
    Document both =
        doc(
            """
            title: {en: A note on "energy", pl: Notatka o "energii" w 2023 r.}
            language: bilingual
            sections: [key-points]
            """);
    assertEquals(
        List.of("en:A note on \u201cenergy\u201d"), parts(both.meta().titleText(), Language.EN));
    assertEquals(
        List.of("pl:Notatka o\u00a0\u201eenergii\u201d w\u00a02023\u00a0r."),
        parts(both.meta().subtitleText(), Language.EN));
    assertEquals("Notatka o\u00a0\u201eenergii\u201d w\u00a02023\u00a0r.", both.meta().subtitle());
  }

  @Test
  void eachPartOfAPolishLedTitleBlockGetsItsOwnLanguagesTypography() {
    Document d =
        doc(
            """
            title: Litwa a szczyt w "Madrycie"
            subtitle: {pl: Notatka z 24 lutego 2022 r., en: The "region's" note}
            date: 24 lutego 2026 r.
            audience: Gabinet ministra i wydział
            language: [pl, en]
            sections: [key-points]
            """);
    assertEquals(
        List.of("pl:Litwa a\u00a0szczyt w\u00a0\u201eMadrycie\u201d"),
        parts(d.meta().titleText(), Language.PL));
    assertEquals(
        List.of(
            "pl:Notatka z\u00a024\u00a0lutego\u00a02022\u00a0r.",
            "pl: / ",
            "en:The \u201cregion\u2019s\u201d note"),
        parts(d.meta().subtitleText(), Language.PL));
    assertEquals("24\u00a0lutego\u00a02026\u00a0r.", d.meta().date());
    assertEquals("Gabinet ministra i\u00a0wydział", d.meta().audience());
    // The default subtitle of a bilingual briefing, the paper's title in the second language, is
    // tagged with that language.
    Document plain = doc("language: [pl, en]\nsections: [key-points]\n");
    assertEquals(
        List.of("en:" + CORPUS.article().title()), parts(plain.meta().subtitleText(), Language.PL));
  }
}
