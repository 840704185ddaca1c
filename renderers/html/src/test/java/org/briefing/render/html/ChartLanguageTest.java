package org.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.document.SampleDocuments.ENGLISH_DESCRIPTION;
import static org.briefing.document.SampleDocuments.MIXED_DESCRIPTION;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A chart's labels, series names and unit in another language than the briefing (an English label
 * without a Polish translation in a Polish briefing, or the reverse) carry their language in the
 * drawing and in the table of its numbers: they were plain text inside a {@code lang="pl"} page.
 */
class ChartLanguageTest {
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
  private static final HtmlRenderer XHTML =
      HtmlRenderer.builder().mode(HtmlRenderer.Mode.XHTML_FOR_PDF).build();

  /** Two categories, the second English; two series, the second named in English; unit "mln". */
  private static Document polish(Block.ChartKind kind, Optional<Language> unitLanguage) {
    return polishFigure(chart(kind, unitLanguage, Optional.empty()), Block.AltText.of("Handel."));
  }

  /** The chart of {@link #polish}, knowing the language it is written in, if {@code language}. */
  private static Block.Chart chart(
      Block.ChartKind kind, Optional<Language> unitLanguage, Optional<Language> language) {
    return new Block.Chart(
        kind,
        "mln",
        List.of("Litwa", "Poland"),
        List.of(
            series("Eksport", Optional.of(Language.PL)),
            series("Imports", Optional.of(Language.EN))),
        List.of(false, true),
        unitLanguage,
        List.of(Optional.of(Language.PL), Optional.of(Language.EN)),
        language);
  }

  private static Block.Series series(String name, Optional<Language> language) {
    return new Block.Series(
        name,
        List.of(
            new Block.Value(new BigDecimal("1.5"), "1,5"),
            new Block.Value(new BigDecimal("2"), "2")),
        language);
  }

  @Test
  void anEnglishCategoryInAPolishBarChartCarriesItsLanguage() {
    for (HtmlRenderer r : List.of(HTML, XHTML)) {
      Element figure =
          Jsoup.parse(r.renderToString(polish(Block.ChartKind.BAR, Optional.of(Language.PL))))
              .selectFirst("figure#fig");
      // The screen's SVG, or the PDF's boxes.
      Element drawing = figure.selectFirst(".chart-drawing");
      assertThat(drawing.select("[lang=en]").eachText()).contains("Poland", "Imports");
      assertThat(drawing.select("[lang]").eachText()).doesNotContain("Litwa", "Eksport");
      assertThat(figure.select("table.chart-data th[scope=row]"))
          .extracting(e -> e.text() + "/" + e.attr("lang"))
          .containsExactly("Litwa/", "Poland/en");
      // The English series name in a span of its own, its Polish unit not.
      assertThat(figure.select("table.chart-data th[scope=col] [lang=en]").eachText())
          .containsExactly("Imports");
    }
  }

  @Test
  void anEnglishUnitIsMarkedApartFromThePolishNumbers() {
    Element figure =
        Jsoup.parse(HTML.renderToString(polish(Block.ChartKind.BAR, Optional.of(Language.EN))))
            .selectFirst("figure#fig");
    assertThat(figure.select("svg tspan[lang=en]").eachText()).contains("mln", "Imports");
    // The first series' header: a Polish name, the English unit in a span of its own; the second
    // wholly English, marked as a whole (the PDF engine tags a cell's language, not a span's).
    Element header = figure.select("table.chart-data th[scope=col]").get(1);
    assertThat(header.attr("lang")).isEmpty();
    assertThat(header.select("span[lang=en]").eachText()).containsExactly("mln");
    assertThat(figure.select("table.chart-data th[scope=col][lang=en]").eachText())
        .containsExactly("Imports (mln)");
  }

  @Test
  void anEnglishCategoryAndSeriesInAPolishLineChartCarryTheirLanguage() {
    Element svg =
        Jsoup.parse(HTML.renderToString(polish(Block.ChartKind.LINE, Optional.of(Language.PL))))
            .selectFirst("figure#fig svg");
    assertThat(svg.select("text[lang=en]").eachText()).containsExactly("Poland", "Imports");
    assertThat(svg.select("text.chart-label:not([lang])").eachText())
        .containsExactly("Litwa", "Eksport");
  }

  @Test
  void aPolishLabelInAnEnglishPartIsMarkedPolishAndNoOtherIs() {
    // The reverse: the Polish half of a bilingual briefing inside an English document gives its
    // English fallback labels "en", its Polish ones no mark (the part is Polish).
    Document pl = polish(Block.ChartKind.BAR, Optional.of(Language.PL));
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Note",
                Optional.of(Language.PL),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            List.of(
                new Block.Part("part-pl", Language.PL, Optional.of("Polski"), pl.blocks()),
                new Block.Figure(
                    "fig-en",
                    List.of(new Inline.Text("Trade")),
                    ((Block.Figure) pl.blocks().get(0)).chart(),
                    "Trade.",
                    List.of())));
    org.jsoup.nodes.Document page = Jsoup.parse(HTML.renderToString(d));
    assertThat(page.select("figure#fig table.chart-data th[scope=row]"))
        .extracting(e -> e.text() + "/" + e.attr("lang"))
        .containsExactly("Litwa/", "Poland/en");
    assertThat(page.select("figure#fig-en table.chart-data th[scope=row]"))
        .extracting(e -> e.text() + "/" + e.attr("lang"))
        .containsExactly("Litwa/pl", "Poland/");
    assertThat(page.select("figure#fig-en svg [lang=pl]").eachText()).contains("Litwa", "Eksport");
  }

  /** A Polish note of one figure with this chart and text alternative. */
  private static Document polishFigure(Block.Chart chart, Block.AltText alt) {
    return new Document(
        Fixtures.meta(
            Language.PL,
            "Notatka",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            PageSize.A4),
        List.of(
            new Block.Figure("fig", List.of(new Inline.Text("Handel")), chart, alt, List.of())));
  }

  /** The chart of {@link #polish} as assembled for a Polish briefing: it knows it is Polish. */
  private static Block.Chart polishChart(Block.ChartKind kind) {
    return chart(kind, Optional.of(Language.PL), Optional.of(Language.PL));
  }

  /**
   * A text alternative in Polish and English: a {@code <desc>} holds no markup, so the page gives
   * it beside the drawing (visually hidden, named by {@code aria-describedby}) with the English
   * label in a {@code <span lang="en">}; the PDF keeps its {@code alt} and tags it with the
   * language of most of it, Polish (no {@code lang}). It was a plain {@code <desc>}.
   */
  @Test
  void aDescriptionInTwoLanguagesMarksEachPart() {
    Document d = polishFigure(polishChart(Block.ChartKind.LINE), MIXED_DESCRIPTION);
    Element figure = Jsoup.parse(HTML.renderToString(d)).selectFirst("figure#fig");
    Element svg = figure.selectFirst("svg");
    assertThat(svg.attr("aria-labelledby")).isEqualTo("fig-title");
    assertThat(svg.attr("aria-describedby")).isEqualTo("fig-desc");
    Element described = figure.selectFirst("#fig-desc");
    assertThat(described.tagName()).isEqualTo("p");
    assertThat(described.hasClass("visually-hidden")).isTrue();
    assertThat(described.text()).isEqualTo("Handel: Litwa 1,5 i Poland 2.");
    assertThat(described.select("span[lang=en]").eachText()).containsExactly("Poland");
    assertThat(svg.selectFirst("desc").text()).isEqualTo("Handel: Litwa 1,5 i Poland 2.");

    Element pdf = Jsoup.parse(XHTML.renderToString(d)).selectFirst("figure#fig");
    assertThat(pdf.select("p#fig-desc, .chart-desc")).isEmpty();
    assertThat(pdf.selectFirst("svg").attr("alt")).isEqualTo("Handel: Litwa 1,5 i Poland 2.");
    assertThat(pdf.selectFirst("svg").hasAttr("lang")).isFalse();
  }

  /**
   * A text alternative wholly in English in a Polish page (every label and the title without a
   * translation) carries {@code lang="en"}: on the {@code <desc>} on the screen, on the {@code
   * <svg>} whose {@code alt} the PDF engine reads (and a Polish label inside it says it is Polish);
   * a picture's on its {@code <img>}.
   */
  @Test
  void aDescriptionWhollyInEnglishCarriesItsLanguage() {
    Block.AltText alt = ENGLISH_DESCRIPTION;
    Document d = polishFigure(polishChart(Block.ChartKind.LINE), alt);
    Element figure = Jsoup.parse(HTML.renderToString(d)).selectFirst("figure#fig");
    Element svg = figure.selectFirst("svg");
    assertThat(svg.attr("aria-labelledby")).isEqualTo("fig-title fig-desc");
    assertThat(svg.hasAttr("lang")).isFalse();
    assertThat(svg.selectFirst("desc#fig-desc").attr("lang")).isEqualTo("en");
    assertThat(figure.select(".chart-desc")).isEmpty();

    Element pdf = Jsoup.parse(XHTML.renderToString(d)).selectFirst("figure#fig svg");
    assertThat(pdf.attr("lang")).isEqualTo("en");
    assertThat(pdf.attr("alt")).isEqualTo("Trade: Poland 2 and Lithuania 1.5.");
    assertThat(pdf.select("text[lang=pl]").eachText()).contains("Litwa", "Eksport");
    assertThat(pdf.select("text[lang=en]")).isEmpty();

    Document picture =
        new Document(
            d.meta(),
            List.of(
                new Block.Image(
                    "pic", List.of(), Fixtures.logo().bytes(), "image/png", alt, List.of())));
    for (HtmlRenderer r : List.of(HTML, XHTML)) {
      Element img = Jsoup.parse(r.renderToString(picture)).selectFirst("figure#pic img");
      assertThat(img.attr("lang")).isEqualTo("en");
      assertThat(img.attr("alt")).isEqualTo("Trade: Poland 2 and Lithuania 1.5.");
    }
  }

  /**
   * A label or series name in English for want of a Polish translation is marked "not yet
   * translated" in the table of the chart's numbers (in Polish, the badge itself marked Polish
   * inside the English cell), as other untranslated texts are; a chart whose labels are all in
   * English is marked once, at the table's caption. They were not marked at all.
   */
  @Test
  void anUntranslatedLabelIsMarkedInTheTableOfTheNumbers() {
    for (HtmlRenderer r : List.of(HTML, XHTML)) {
      Element figure =
          Jsoup.parse(
                  r.renderToString(
                      polishFigure(polishChart(Block.ChartKind.BAR), MIXED_DESCRIPTION)))
              .selectFirst("figure#fig");
      Element table = figure.selectFirst("table.chart-data");
      assertThat(table.select("th[scope=row]"))
          .extracting(
              e -> e.ownText() + "/" + e.select(".badge-missing-translation[lang=pl]").text())
          .containsExactly("Litwa/", "Poland/brak tłumaczenia");
      assertThat(table.select("th[scope=col]"))
          .extracting(e -> e.select(".badge").text())
          .containsExactly("", "", "brak tłumaczenia");
      assertThat(table.select("caption .badge")).isEmpty();
      assertThat(figure.select(".chart-drawing .badge")).isEmpty();
    }
    Block.Chart english =
        new Block.Chart(
            Block.ChartKind.BAR,
            "%",
            List.of("Poland", "Lithuania"),
            List.of(series("", Optional.empty())),
            List.of(false, false),
            Optional.of(Language.PL),
            List.of(Optional.of(Language.EN), Optional.of(Language.EN)),
            Optional.of(Language.PL));
    Element table =
        Jsoup.parse(HTML.renderToString(polishFigure(english, MIXED_DESCRIPTION)))
            .selectFirst("figure#fig table.chart-data");
    assertThat(table.select("caption .badge-missing-translation").text())
        .isEqualTo("brak tłumaczenia");
    assertThat(table.select("tbody .badge, thead .badge")).isEmpty();
    // A chart that does not know its language (made by hand) marks nothing.
    assertThat(
            Jsoup.parse(HTML.renderToString(polish(Block.ChartKind.BAR, Optional.of(Language.PL))))
                .select("table.chart-data .badge"))
        .isEmpty();
  }
}
