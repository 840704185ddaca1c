package org.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

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
    Block.Chart chart =
        new Block.Chart(
            kind,
            "mln",
            List.of("Litwa", "Poland"),
            List.of(
                series("Eksport", Optional.of(Language.PL)),
                series("Imports", Optional.of(Language.EN))),
            List.of(false, true),
            unitLanguage,
            List.of(Optional.of(Language.PL), Optional.of(Language.EN)));
    return new Document(
        Fixtures.meta(
            Language.PL,
            "Notatka",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            PageSize.A4),
        List.of(
            new Block.Figure(
                "fig", List.of(new Inline.Text("Handel")), chart, "Handel.", List.of())));
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
}
