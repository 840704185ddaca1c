package org.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.PageSize;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.render.Formats;
import org.briefing.render.html.internal.CssString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
  private static final HtmlRenderer XHTML =
      HtmlRenderer.builder().mode(HtmlRenderer.Mode.XHTML_FOR_PDF).build();

  static org.jsoup.nodes.Document page(Document d) {
    return Jsoup.parse(HTML.renderToString(d));
  }

  @Test
  void registeredAsHtmlFormat() {
    assertThat(Formats.installed().provider("html")).isPresent();
    assertThat(Formats.installed().provider("html").get().create().extension()).isEqualTo("html");
  }

  @Test
  void oneH1AndHeadingsNeverSkipALevel() {
    for (Document d : List.of(Fixtures.english(), Fixtures.bilingual(), Fixtures.polish())) {
      org.jsoup.nodes.Document p = page(d);
      assertThat(p.select("h1")).hasSize(1);
      assertThat(p.select("h1").text()).isEqualTo(d.meta().title());
      int previous = 1;
      for (Element h : p.select("h1, h2, h3, h4, h5, h6")) {
        int level = Integer.parseInt(h.tagName().substring(1));
        assertThat(level).as("heading %s after h%d", h, previous).isLessThanOrEqualTo(previous + 1);
        previous = level;
      }
    }
  }

  @Test
  void landmarksAndContents() {
    org.jsoup.nodes.Document p = page(Fixtures.english());
    assertThat(p.select("body > header")).hasSize(1);
    assertThat(p.select("body > nav")).hasSize(1);
    assertThat(p.select("body > main#main")).hasSize(1);
    assertThat(p.select("body > footer")).hasSize(1);
    assertThat(p.select("nav a").eachAttr("href"))
        .contains("#summary", "#findings", "#findings-energy", "#references", "#footnotes");
    assertThat(p.select("nav a[href=#findings-energy]").parents().select("li").size())
        .as("level-3 heading nested under its section")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void contentsListCaptionedTablesAndFiguresAsSections() {
    org.jsoup.nodes.Document p = page(Fixtures.english());
    Element table = p.selectFirst("nav.toc a[href=#table-1]");
    assertThat(table).isNotNull();
    assertThat(table.text()).isEqualTo("Table 1. Summary of priorities and effects");
    assertThat(p.selectFirst("nav.toc a[href=#figure-1]").text())
        .isEqualTo("Figure 1. Oil and petroleum products imported from Russia, 2020");
    // A table or chart is a section of its own (its caption is its title): level 2, beside
    // "Findings", even though it comes after the "Energy" (h3) part of Findings.
    assertThat(p.select("nav.toc > ol > li > a").eachAttr("href"))
        .contains("#findings", "#table-1", "#figure-1", "#references");
    assertThat(p.select("nav.toc a").eachAttr("href"))
        .containsSubsequence(
            "#findings", "#findings-energy", "#table-1", "#figure-1", "#references");
    // The nav stays a list of links.
    for (Element li : p.select("nav.toc li")) {
      assertThat(li.parent().tagName()).isEqualTo("ol");
      assertThat(li.select("> a[href]")).hasSize(1);
    }
    assertThat(p.select("nav.toc h2, nav.toc h3, nav.toc caption")).hasSize(1);
  }

  @Test
  void captionEntriesOnlyForTablesAndFiguresOfTheSections() {
    Block.Table table = Fixtures.summaryTable(1);
    Document d =
        new Document(
            Fixtures.english().meta(),
            List.of(
                table,
                new Block.Callout(
                    Block.CalloutKind.NOTE,
                    List.of(),
                    List.of(
                        new Block.Table(
                            "table-in-callout",
                            table.caption(),
                            table.head(),
                            table.body(),
                            List.of()))),
                new Block.Part(
                    "part-pl",
                    Language.PL,
                    Optional.of("Wersja polska"),
                    List.of(
                        new Block.Figure(
                            "fig-pl",
                            List.of(new Inline.Text("Wykres 1. Ropa")),
                            Fixtures.chart("%", List.of(), List.of(), List.of()),
                            "Brak danych.",
                            List.of()),
                        new Block.Heading(2, "pl-h", List.of(new Inline.Text("Ustalenia"))),
                        new Block.Table(
                            "table-pl",
                            List.of(new Inline.Text("Tabela 1. Podsumowanie")),
                            table.head(),
                            table.body(),
                            List.of()),
                        new Block.Table(
                            "table-no-caption",
                            List.of(),
                            table.head(),
                            table.body(),
                            List.of())))));
    String html = HTML.renderToString(d);
    org.jsoup.nodes.Document p = Jsoup.parse(html);
    // On its own at level 2; the table in the callout has no entry.
    assertThat(p.select("nav.toc > ol > li > a").eachAttr("href"))
        .containsExactly("#table-1", "#part-pl-title");
    Elements part = p.select("nav.toc a[href=#part-pl-title] + ol > li > a");
    assertThat(part.eachAttr("href")).containsExactly("#fig-pl", "#pl-h", "#table-pl");
    assertThat(part.first().parent().attr("lang")).isEqualTo("pl");
    assertThat(p.select("nav.toc a[href=#table-pl]").eachText())
        .containsExactly("Tabela 1. Podsumowanie");
    assertThat(p.select("nav.toc a")).hasSize(5);
    // In the PDF they point at the table's block, which starts with its caption (the engine gave a
    // table that runs over pages the page it ends on).
    assertThat(XHTML.renderToString(d))
        .contains(
            "<bookmark name=\"Table 1. Summary of priorities and effects\""
                + " href=\"#table-1-start\">")
        .contains("<bookmark name=\"Tabela 1. Podsumowanie\" href=\"#table-pl-start\">")
        .contains("<div class=\"table-block\" id=\"table-1-start\">");
  }

  @Test
  void aTableAloneHasNoContents() {
    assertThat(page(Fixtures.tableOnly()).select("nav")).isEmpty();
    org.jsoup.nodes.Document pdf = Jsoup.parse(XHTML.renderToString(Fixtures.tableOnly()));
    assertThat(pdf.select("nav")).isEmpty();
    assertThat(pdf.select("bookmark").eachAttr("href")).containsExactly("#title");
  }

  @Test
  void languagesMarked() {
    org.jsoup.nodes.Document en = page(Fixtures.english());
    assertThat(en.select("html").attr("lang")).isEqualTo("en");
    assertThat(en.select("span[lang=pl]").text()).contains(Fixtures.LITHUANIAN);
    assertThat(page(Fixtures.polish()).select("html").attr("lang")).isEqualTo("pl");

    org.jsoup.nodes.Document bi = page(Fixtures.bilingual());
    assertThat(bi.select(".parallel-row:not(.parallel-head) > .parallel-cell")).hasSize(6);
    assertThat(bi.select(".parallel-cell").eachAttr("lang"))
        .containsExactly("en", "pl", "en", "pl", "en", "pl");
    assertThat(bi.select("section.part").eachAttr("lang")).containsExactly("en", "pl");
    assertThat(bi.select("section#part-pl h3#pl-findings")).hasSize(1);
    assertThat(bi.select("section#part-pl section.footnotes li#fn-pl-n1")).hasSize(1);
    assertThat(bi.select("nav li[lang=pl] > a[href=#part-pl-title]")).hasSize(1);
    assertThat(bi.select(".parallel-cell[lang=pl] .badge").text()).isEqualTo("projekt tłumaczenia");
  }

  @Test
  void tablesHaveCaptionsScopesAndPhoneLabels() {
    org.jsoup.nodes.Document p = page(Fixtures.english());
    for (Element table : p.select("table")) {
      assertThat(table.select("> caption")).as("caption of %s", table.id()).hasSize(1);
    }
    for (Element th : p.select("th")) {
      assertThat(th.attr("scope")).as(th.outerHtml()).isIn("col", "row");
    }
    Element summary = p.getElementById("table-1");
    assertThat(summary.select("thead th").eachAttr("scope")).containsOnly("col");
    assertThat(summary.select("tbody th").eachAttr("scope")).containsOnly("row");
    assertThat(summary.select("tbody td").eachAttr("data-label")).contains("Priorities", "Effects");
    assertThat(p.select("style").html()).contains("max-width: 40rem", "attr(data-label)");
    assertThat(p.select(".table-notes").text()).contains("Source: the article");
  }

  @Test
  void chartIsAccessibleSvgWithItsNumbersAsText() {
    org.jsoup.nodes.Document p = page(Fixtures.english());
    Element svg = p.selectFirst("figure#figure-1 svg");
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.attr("aria-labelledby")).isEqualTo("figure-1-title figure-1-desc");
    assertThat(svg.select("title#figure-1-title").text())
        .isEqualTo("Figure 1. Oil and petroleum products imported from Russia, 2020");
    assertThat(svg.select("desc#figure-1-desc").text()).startsWith("Slovakia 78.4%");
    assertThat(svg.select("rect")).hasSize(3);
    assertThat(p.select("figure#figure-1 table.chart-data td").eachText())
        .containsExactly("78.4", "68.8", "67.5");
    assertThat(p.select("figure#figure-1 .source").text())
        .isEqualTo("Source: Eurostat (nrg_ind_id)");
  }

  @Test
  void thePdfDrawsABarChartAsBoxesWithItsLabelsAndValuesAsText() {
    org.jsoup.nodes.Document p = Jsoup.parse(XHTML.renderToString(Fixtures.english()));
    Element figure = p.selectFirst("figure#figure-1");
    assertThat(figure.select("svg")).isEmpty();
    Element chart = figure.selectFirst("div.chart-drawing > div.bar-chart");
    assertThat(chart.select(".bar-label").eachText())
        .containsExactly("Slovakia", "Lithuania — Lietuva", "Poland — Polska");
    assertThat(chart.select(".bar-value").eachText()).containsExactly("78.4%", "68.8%", "67.5%");
    assertThat(chart.select(".bar-value.highlight").eachText()).containsExactly("68.8%");
    // Each bar's width is its share of the largest value, whose bar spans the drawing's bar area
    // (the SVG's 374 of its 472 px right of the axis), in the branding's accent colour (written in
    // lower case) when highlighted.
    List<String> styles = chart.select("span.bar").eachAttr("style");
    String accent = Fixtures.english().meta().branding().flatMap(b -> b.accent()).orElse("#0b5394");
    assertThat(styles)
        .containsExactly(
            "width: 79.2%; background-color: #8c96a0",
            "width: 69.5%; background-color: #0b5394", "width: 68.2%; background-color: #8c96a0");
    // The numbers are still given as a table, and the screen page keeps its SVG.
    assertThat(figure.select("table.chart-data td").eachText())
        .containsExactly("78.4", "68.8", "67.5");
    assertThat(page(Fixtures.english()).select("figure#figure-1 svg rect")).hasSize(3);
  }

  @Test
  void thePdfKeepsTheSvgOfAChartWithANegativeValueOrLines() {
    for (Block.ChartKind kind : Block.ChartKind.values()) {
      for (String low : List.of("-2.5", "2.5")) {
        Block.Chart chart =
            new Block.Chart(
                kind,
                "%",
                List.of("a", "b"),
                List.of(
                    new Block.Series(
                        "",
                        List.of(
                            new Block.Value(new java.math.BigDecimal(low), low),
                            new Block.Value(java.math.BigDecimal.TEN, "10")))),
                List.of(false, false));
        Document d =
            new Document(
                Fixtures.english().meta(),
                List.of(new Block.Figure("g", List.of(), chart, "Alt", List.of())));
        org.jsoup.nodes.Document p = Jsoup.parse(XHTML.renderToString(d));
        boolean boxes = kind == Block.ChartKind.BAR && !low.startsWith("-");
        assertThat(p.select("figure#g .bar-chart").size())
            .as(kind + " " + low)
            .isEqualTo(boxes ? 1 : 0);
        assertThat(p.select("figure#g svg").size()).as(kind + " " + low).isEqualTo(boxes ? 0 : 1);
      }
    }
  }

  /** A one-series line chart over {@code categories}. */
  private static Block.Figure lineFigure(
      String unit, List<String> categories, List<Block.Series> series) {
    return new Block.Figure(
        "fig-line",
        List.of(new Inline.Text("Share over time")),
        new Block.Chart(
            Block.ChartKind.LINE,
            unit,
            categories,
            series,
            categories.stream().map(c -> false).toList()),
        "The share fell and rose again.",
        List.of());
  }

  private static Block.Series series(String name, String... values) {
    return new Block.Series(
        name,
        java.util.Arrays.stream(values)
            .map(v -> new Block.Value(new java.math.BigDecimal(v), v))
            .toList());
  }

  /**
   * Each text of an SVG as [left, right, baseline], its width estimated generously (0.65 em a
   * character of the 13-unit font: wider than DejaVu Sans's digits and most of its letters).
   */
  private static List<double[]> textBoxes(Element svg) {
    List<double[]> out = new java.util.ArrayList<>();
    for (Element t : svg.select("text")) {
      double x = Double.parseDouble(t.attr("x"));
      double w = t.text().length() * 13 * 0.65;
      double left =
          switch (t.attr("text-anchor")) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
          };
      out.add(new double[] {left, left + w, Double.parseDouble(t.attr("y"))});
    }
    return out;
  }

  private static void assertTextInside(Element svg) {
    String[] box = svg.attr("viewBox").split(" ");
    double width = Double.parseDouble(box[2]);
    double height = Double.parseDouble(box[3]);
    for (double[] t : textBoxes(svg)) {
      assertThat(t[0]).as("left of a text at y %s", t[2]).isGreaterThanOrEqualTo(0);
      assertThat(t[1]).as("right of a text at y %s", t[2]).isLessThanOrEqualTo(width);
      assertThat(t[2]).as("baseline").isBetween(12.0, height - 3);
    }
  }

  @Test
  void aLineChartIsDrawnAsAnAccessibleLineWithItsValuesInsideTheDrawing() {
    Block.Figure figure =
        lineFigure(
            "%",
            List.of("Dec. 2019", "Dec. 2020", "Dec. 2021", "Dec. 2022", "Dec. 2023"),
            List.of(series("Share over time", "34", "30", "30", "30", "31")));
    Document d = new Document(Fixtures.english().meta(), List.of(figure));
    for (HtmlRenderer r : List.of(HTML, XHTML)) {
      org.jsoup.nodes.Document p = Jsoup.parse(r.renderToString(d));
      Element svg = p.selectFirst("figure#fig-line div.chart-drawing > svg");
      assertThat(svg).isNotNull();
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.attr("aria-labelledby")).isEqualTo("fig-line-title fig-line-desc");
      assertThat(svg.select("title").text()).isEqualTo("Share over time");
      assertThat(svg.select("desc").text()).isEqualTo("The share fell and rose again.");
      assertThat(svg.attr("alt")).isEqualTo(r == XHTML ? "The share fell and rose again." : "");
      // Points joined by a line, no bars; each value by its point, the categories below.
      assertThat(svg.select("rect")).isEmpty();
      assertThat(svg.select("polyline")).hasSize(1);
      String[] points = svg.selectFirst("polyline").attr("points").split(" ");
      assertThat(points).hasSize(5);
      assertThat(svg.select("circle")).hasSize(5);
      assertThat(svg.select("text.chart-value").eachText())
          .containsExactly("34%", "30%", "30%", "30%", "31%");
      assertThat(svg.select("text.chart-label").eachText())
          .containsExactly("Dec. 2019", "Dec. 2020", "Dec. 2021", "Dec. 2022", "Dec. 2023");
      // The points go left to right, the highest value highest; the axis from 0 to 40%.
      double[] xs =
          java.util.Arrays.stream(points)
              .mapToDouble(q -> Double.parseDouble(q.split(",")[0]))
              .toArray();
      double[] ys =
          java.util.Arrays.stream(points)
              .mapToDouble(q -> Double.parseDouble(q.split(",")[1]))
              .toArray();
      for (int i = 1; i < xs.length; i++) {
        assertThat(xs[i]).isGreaterThan(xs[i - 1]);
      }
      assertThat(ys[0]).isLessThan(ys[4]);
      assertThat(ys[4]).isLessThan(ys[1]);
      assertThat(svg.select("text.chart-tick").eachText())
          .containsExactly("0%", "10%", "20%", "30%", "40%");
      assertTextInside(svg);
      // The numbers are also a table.
      assertThat(p.select("figure#fig-line table.chart-data td").eachText())
          .containsExactly("34", "30", "30", "30", "31");
    }
    Html5Validator.Result valid = new Html5Validator().check(HTML.renderToString(d));
    assertThat(valid.errors()).as(valid.errorReport()).isEmpty();
  }

  @Test
  void aLineChartOfManyLongCategoriesAndSeveralSeriesKeepsItsTextApartAndInside() {
    List<String> categories = new java.util.ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      categories.add("Quarter " + i + " of the period");
    }
    String[] a = new String[12];
    String[] b = new String[12];
    for (int i = 0; i < 12; i++) {
      a[i] = Integer.toString(1000 + 150 * i);
      b[i] = "-" + (200 + 10 * i) + ".5";
    }
    Block.Figure figure =
        lineFigure(
            "million",
            categories,
            List.of(
                series(
                    "The first series, with a name long enough to need two lines of the legend in a chart",
                    a),
                series("Second", b)));
    Element svg =
        page(new Document(Fixtures.english().meta(), List.of(figure)))
            .selectFirst("figure#fig-line svg");
    assertThat(svg.select("polyline")).hasSize(2);
    assertThat(svg.select("polyline").get(1).attr("stroke-dasharray")).isNotEmpty();
    assertThat(svg.select("text").eachText()).contains("Second");
    assertTextInside(svg);
    // The category labels shown (every second, third…) do not run into each other.
    List<double[]> labels = new java.util.ArrayList<>();
    for (Element t : svg.select("text.chart-label")) {
      if (t.text().startsWith("Quarter") || t.text().startsWith("of")) {
        labels.addAll(textBoxes(new Element("svg").appendChild(t.clone())));
      }
    }
    assertThat(labels).isNotEmpty();
    for (double[] x : labels) {
      for (double[] y : labels) {
        if (x != y && x[2] == y[2]) {
          assertThat(x[1] <= y[0] || y[1] <= x[0]).as("labels apart").isTrue();
        }
      }
    }
    // The value axis reaches below the lowest value and above the highest.
    List<String> ticks = svg.select("text.chart-tick").eachText();
    assertThat(ticks.get(0)).startsWith("-");
    assertThat(ticks).anyMatch(t -> t.replace('\u00a0', ' ').equals("0 million"));
  }

  @Test
  void aChartIsNeverDrawnWithTextMuchLargerThanTheBodyText() {
    // The SVG is 480 units wide with 13-unit text; the page caps its drawn width, so that on a
    // wide box (both columns of a parallel page) its text stays near the 17 px body text.
    String css = page(Fixtures.english()).select("style").html();
    java.util.regex.Matcher rule =
        java.util.regex.Pattern.compile("(?m)^\\.chart-svg \\{([^}]*)\\}").matcher(css);
    assertThat(rule.find()).isTrue();
    java.util.regex.Matcher max =
        java.util.regex.Pattern.compile("max-width: ([0-9.]+)rem").matcher(rule.group(1));
    assertThat(max.find()).as(rule.group(1)).isTrue();
    double drawnText = 13 * Double.parseDouble(max.group(1)) * 16 / 480;
    assertThat(drawnText).isLessThanOrEqualTo(17 * 1.1);
    assertThat(page(Fixtures.english()).selectFirst("figure#figure-1 svg").attr("viewBox"))
        .startsWith("0 0 480 ");
  }

  @Test
  void aBarChartsLabelsStandClearOfItsAxis() {
    Element svg = page(Fixtures.english()).selectFirst("figure#figure-1 svg");
    double axis = Double.parseDouble(svg.selectFirst("line.chart-axis").attr("x1"));
    for (Element label : svg.select("text.chart-label")) {
      assertThat(Double.parseDouble(label.attr("x"))).as(label.text()).isGreaterThan(axis + 3);
    }
  }

  @Test
  void footnotesAndCitationsLinkedBothWays() {
    org.jsoup.nodes.Document p = page(Fixtures.english());
    assertThat(p.select("a[href=#fn-n1]").eachAttr("id")).containsExactly("fnref-n1", "fnref-n1-2");
    assertThat(p.select("li#fn-n1 a.backlink").eachAttr("href"))
        .containsExactly("#fnref-n1", "#fnref-n1-2");
    assertThat(p.select("a.citation").eachAttr("id"))
        .containsExactly("cite-ref-sturm2022-1", "cite-ref-sturm2022-2");
    assertThat(p.select("a.citation").eachAttr("href")).containsOnly("#ref-sturm2022");
    Element entry = p.getElementById("ref-sturm2022").parent();
    assertThat(entry.select("a.backlink").eachAttr("href"))
        .containsExactly("#cite-ref-sturm2022-1", "#cite-ref-sturm2022-2");
  }

  @Test
  void everyInternalLinkHasATargetAndIdsAreUnique() {
    for (Document d : List.of(Fixtures.english(), Fixtures.bilingual())) {
      org.jsoup.nodes.Document p = page(d);
      Set<String> ids = new HashSet<>();
      for (Element e : p.select("[id]")) {
        assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
      }
      for (String href : p.select("a[href^=#]").eachAttr("href")) {
        assertThat(ids).as("target of %s", href).contains(href.substring(1));
      }
    }
  }

  @Test
  void selfContainedNoScriptNoExternalRequests() {
    for (Document d : List.of(Fixtures.english(), Fixtures.hostile(), Fixtures.bilingual())) {
      org.jsoup.nodes.Document p = page(d);
      assertThat(p.select("script, iframe, object, embed, link[rel=stylesheet]")).isEmpty();
      for (Element e : p.getAllElements()) {
        e.attributes().forEach(a -> assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on"));
      }
      assertThat(p.select("[src]").eachAttr("src")).allMatch(s -> s.startsWith("data:image/"));
      assertThat(p.select("[href]").eachAttr("href"))
          .allMatch(h -> h.startsWith("#") || h.equals("https://example.org/source"));
      assertThat(p.select("style").html()).doesNotContain("url(", "@import");
    }
  }

  @Test
  void markingAtTheTopInTlpColours() {
    org.jsoup.nodes.Document p = page(Fixtures.english());
    Element first = p.selectFirst("header > *");
    assertThat(first.hasClass("marking")).isTrue();
    assertThat(first.text()).isEqualTo("TLP:AMBER");
    assertThat(first.classNames()).contains("tlp", "tlp-amber");
    assertThat(p.select("style").html())
        .contains(".marking.tlp-amber { color: #FFC000; }")
        .contains(".marking.tlp { background: #000000;");
    Element free = page(Fixtures.polish()).selectFirst("header > .marking");
    assertThat(free.text()).isEqualTo("Do użytku wewnętrznego");
    assertThat(free.classNames()).doesNotContain("tlp");
  }

  @Test
  void printedPagesCarryTheMarkingAtTopAndFootInTlpColours() {
    String css = page(Fixtures.english()).select("style").html();
    String page = css.substring(css.indexOf("@page {"));
    // The boxes inherit the page's font and colours.
    assertThat(pageContext(css))
        .contains("font-size: 12pt;", "color: #FFC000;", "print-color-adjust: exact;");
    for (String box : List.of("@top-right", "@bottom-right")) {
      assertThat(marginBox(page, box))
          .as(box)
          .contains("content: \"TLP:AMBER\";", "background: #000000;");
    }
    assertThat(marginBox(page, "@bottom-left"))
        .contains("content: \"Page \" counter(page) \" of \" counter(pages) \"\";");
    assertThat(page).contains("margin-top: calc(11mm + 1 * 4.8mm);");

    String free = page(Fixtures.polish()).select("style").html();
    assertThat(pageContext(free)).contains("color: #000000;");
    assertThat(marginBox(free, "@top-right"))
        .contains("content: \"Do użytku wewnętrznego\";", "background: #ffffff;");
    assertThat(marginBox(free, "@bottom-left"))
        .contains("content: \"Strona \" counter(page) \" z \" counter(pages) \"\";");
  }

  @Test
  void aLongMarkingIsSetSmallerInMarginsThatHoldItsLines() {
    String text = "For internal use only; do not forward. ".repeat(5).strip();
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "T",
                Optional.empty(),
                Optional.of(new Marking(text, Optional.empty())),
                Optional.empty(),
                PageSize.A4),
            List.of());
    String css = page(d).select("style").html();
    assertThat(pageContext(css)).contains("font-size: 9pt;", "line-height: 3.6mm;");
    // 194 characters, at most 65 to a line: three lines.
    assertThat(css).contains("margin-top: calc(11mm + 3 * 3.6mm);");
  }

  @Test
  void aHostileMarkingIsAnEscapedCssStringInThePrintRules() {
    String html = HTML.renderToString(Fixtures.hostile());
    org.jsoup.nodes.Document p = Jsoup.parse(html);
    assertThat(p.select("style")).hasSize(1);
    assertThat(p.select("script")).isEmpty();
    String css = p.select("style").html();
    String marking = "Marking " + Fixtures.HOSTILE;
    for (String box : List.of("@top-right", "@bottom-right")) {
      assertThat(marginBox(css, box)).contains("content: " + CssString.quote(marking) + ";");
    }
    String rules = css.substring(css.indexOf("@page {"));
    assertThat(rules).doesNotContain("<", "\"quoted", "back\\slash", "{braces}");
    // Nothing in the CSS ended the style element early: the page's rules are all inside it.
    assertThat(html.split("</style", -1)).hasSize(2);
    assertThat(css.strip()).endsWith("color: #333333;\n  }\n}");
  }

  @Test
  void noMarkingNoPrintedMarginBoxes() {
    String css = page(Fixtures.tableOnly()).select("style").html();
    assertThat(css).doesNotContain("@page", "@top-right", "@bottom-right", "counter(page)");
    // The PDF's page rules are its own (running elements), untouched by the HTML's print rules.
    String xhtml = XHTML.renderToString(Fixtures.english());
    assertThat(xhtml).contains("@top-right { content: element(runningMarking);");
    assertThat(xhtml).doesNotContain("content: \"TLP:AMBER\"", "counter(page) \"");
  }

  @Test
  void printedTableKeepsItsHeadRowWithItsFirstRow() {
    String css = page(Fixtures.tableOnly()).select("style").html();
    String print = css.substring(css.indexOf("@media print"));
    assertThat(print)
        .contains("thead { display: table-header-group; break-after: avoid; }")
        .contains("caption, figcaption { break-after: avoid; }")
        .contains("tr, figure.chart, .callout, .quote { break-inside: avoid; }");
  }

  /** The declarations of the printed page itself, before its margin boxes. */
  private static String pageContext(String css) {
    int start = css.indexOf("@page {");
    assertThat(start).as("@page in %s", css).isNotNegative();
    return css.substring(start, css.indexOf("@top-right", start));
  }

  /** The declarations of one page-margin box, such as {@code @top-right}. */
  private static String marginBox(String css, String box) {
    int start = css.indexOf(box + " {");
    assertThat(start).as("%s in %s", box, css).isNotNegative();
    return css.substring(start, css.indexOf('}', start));
  }

  @Test
  void brandingAndThemes() {
    org.jsoup.nodes.Document p = page(Fixtures.english());
    assertThat(p.select(".brand-name").text()).isEqualTo("Baltic Policy Institute");
    assertThat(p.select(".brand-logo").attr("src")).startsWith("data:image/png;base64,iVBOR");
    assertThat(p.select(".brand-logo").attr("alt")).isEqualTo("Baltic Policy Institute logo");
    String css = p.select("style").html();
    assertThat(css).contains("--accent: #0b5394;", "prefers-color-scheme: dark", "@media print");
  }

  @Test
  void accentColourMustBeHex() {
    for (String bad : List.of("red", "#fff", "#12345g", "#123456; x: url(a)", "")) {
      Document d =
          new Document(
              Fixtures.meta(
                  org.briefing.i18n.Language.EN,
                  "T",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(new Branding("Org", Optional.empty(), Optional.of(bad))),
                  PageSize.A4),
              List.of());
      assertThatThrownBy(() -> HTML.renderToString(d))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("#rrggbb");
    }
  }

  @Test
  void badgesAndDraftsVisible() {
    org.jsoup.nodes.Document p = page(Fixtures.english());
    assertThat(p.select(".badge.badge-draft-translation").eachText()).contains("draft translation");
    assertThat(p.select(".callout-draft")).hasSize(1);
    assertThat(p.select(".callout-verdict .callout-title").text()).isEqualTo("Verdict");
  }

  @Test
  void hostileTextStaysText() {
    String html = HTML.renderToString(Fixtures.hostile());
    org.jsoup.nodes.Document p = Jsoup.parse(html);
    assertThat(p.select("script")).isEmpty();
    assertThat(p.title()).isEqualTo("Title " + Fixtures.HOSTILE);
    assertThat(p.select("h1").text()).isEqualTo("Title " + Fixtures.HOSTILE);
    assertThat(p.select("h2#h").text()).isEqualTo("Heading " + Fixtures.HOSTILE);
    assertThat(p.select("main p").first().text()).contains("Para " + Fixtures.HOSTILE);
    assertThat(p.select("header .marking").text()).isEqualTo("Marking " + Fixtures.HOSTILE);
    assertThat(p.select(".brand-name").text()).isEqualTo("Org " + Fixtures.HOSTILE);
    assertThat(p.select("pre code").text()).isEqualTo(Fixtures.HOSTILE);
    assertThat(p.select("table#t td").text()).isEqualTo("Cell " + Fixtures.HOSTILE);
    assertThat(p.select("svg desc").text()).isEqualTo("Alt " + Fixtures.HOSTILE);
    assertThat(html).doesNotContain("49").contains("${7*7}");
    assertThat(p.select("a[href^=javascript]")).isEmpty();
    assertThat(p.select(".link-text").text()).isEqualTo("bad link");
  }

  @Test
  void xhtmlForPdfIsWellFormedXmlWithBookmarksAndPageCss() throws Exception {
    for (Document d :
        List.of(Fixtures.english(), Fixtures.hostile(), Fixtures.bilingual(), Fixtures.polish())) {
      String xhtml = XHTML.renderToString(d);
      assertThat(xhtml).doesNotContain("&nbsp;").doesNotContain("<script");
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      org.w3c.dom.Document dom =
          f.newDocumentBuilder()
              .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
      assertThat(dom.getDocumentElement().getNamespaceURI())
          .isEqualTo("http://www.w3.org/1999/xhtml");
      assertThat(dom.getElementsByTagName("bookmarks").getLength()).isEqualTo(1);
    }
    String en = XHTML.renderToString(Fixtures.english());
    assertThat(en).contains("size: A4;", "counter(pages)", "<bookmark name=\"Findings\"");
    assertThat(XHTML.renderToString(Fixtures.longTable(PageSize.LETTER))).contains("size: letter;");
    assertThat(Jsoup.parse(en).select("table.parallel")).isEmpty();
    assertThat(Jsoup.parse(XHTML.renderToString(Fixtures.bilingual())).select("table.parallel td"))
        .hasSize(6);
  }

  /**
   * Issue 9: in a parallel briefing a wide row (a table, a figure) spans the full width, English
   * above Polish, on screen and in the PDF variant; narrow rows stay side by side.
   */
  @Test
  void wideParallelRowsSpanTheFullWidth() {
    org.jsoup.nodes.Document screen = Jsoup.parse(HTML.renderToString(SampleDocuments.parallel()));
    assertThat(screen.select(".parallel-row.parallel-wide")).hasSize(2);
    assertThat(screen.select(".parallel-wide table")).hasSize(4);
    assertThat(screen.select(".parallel-row:not(.parallel-wide):not(.parallel-head) table"))
        .isEmpty();
    assertThat(screen.select(".parallel-wide > .parallel-cell").eachAttr("lang"))
        .containsExactly("en", "pl", "en", "pl");
    org.jsoup.nodes.Document pdf = Jsoup.parse(XHTML.renderToString(SampleDocuments.parallel()));
    // No table or figure inside a layout table's cell: they are at full width between them.
    assertThat(pdf.select("table.parallel td table, table.parallel td figure")).isEmpty();
    assertThat(pdf.select("div.parallel-wide > .parallel-cell")).hasSize(4);
    assertThat(pdf.select("table.parallel")).hasSize(1);
    assertThat(pdf.select("table.parallel thead")).hasSize(1);
  }

  /**
   * A note met in the Polish half of a parallel row is listed with the English document's notes,
   * after the rows: it keeps its own language there, for its labels (its draft badge reads "projekt
   * tłumaczenia", not "draft translation") and for its {@code lang}, on screen and in the PDF
   * variant.
   */
  @Test
  void aNoteFromThePolishHalfOfAParallelRowKeepsItsLanguage() {
    Block.Footnote en =
        new Block.Footnote(
            "fn-1", "1", List.of(Fixtures.para(Fixtures.text("Figures are rounded."))));
    Block.Footnote pl =
        new Block.Footnote(
            "fn-1-pl",
            "1",
            List.of(
                Fixtures.para(
                    Fixtures.text("Liczby są zaokrąglone. "),
                    new Inline.Badge("draft-translation"))));
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Notes side by side",
                Optional.of(Language.PL),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            List.of(
                new Block.Parallel(
                    Language.EN,
                    Language.PL,
                    List.of(
                        new Block.ParallelRow(
                            List.of(
                                Fixtures.para(
                                    Fixtures.text("Debt held abroad."),
                                    new Inline.NoteRef("fn-1", "1")),
                                en),
                            List.of(
                                Fixtures.para(
                                    Fixtures.text("Dług za granicą."),
                                    new Inline.NoteRef("fn-1-pl", "1")),
                                pl))))));
    for (HtmlRenderer r : List.of(HTML, XHTML)) {
      // The back link's label: read out on screen, a tooltip in the PDF.
      String label = r == HTML ? "aria-label" : "title";
      org.jsoup.nodes.Document page = Jsoup.parse(r.renderToString(d));
      org.jsoup.nodes.Element polish = page.getElementById("fn-fn-1-pl");
      assertThat(polish).isNotNull();
      assertThat(polish.attr("lang")).isEqualTo("pl");
      assertThat(polish.select(".badge").text()).isEqualTo("projekt tłumaczenia");
      assertThat(polish.select("a.backlink").attr(label))
          .isEqualTo(Labels.of(Language.PL).get("back-to-text"));
      org.jsoup.nodes.Element english = page.getElementById("fn-fn-1");
      assertThat(english.hasAttr("lang")).isFalse();
      assertThat(english.select("a.backlink").attr(label))
          .isEqualTo(Labels.of(Language.EN).get("back-to-text"));
      // The list holds both languages' notes: its heading is in both, each word tagged.
      org.jsoup.nodes.Element heading = page.getElementById("footnotes");
      assertThat(heading.text()).isEqualTo("Footnotes / Przypisy");
      assertThat(heading.select("span[lang=pl]").text()).isEqualTo("Przypisy");
    }
    org.jsoup.nodes.Document english = Jsoup.parse(HTML.renderToString(Fixtures.english()));
    assertThat(english.getElementById("footnotes").text()).isEqualTo("Footnotes");
  }

  /**
   * A parallel section's contents entry names its heading in both languages, each tagged with its
   * own, and so does its PDF bookmark; a heading with a span in another language keeps that span's
   * language in its entry.
   */
  /**
   * A parallel briefing's table and figure (each at the full width, English then Polish) have a
   * contents entry and a bookmark, naming both captions, as in a one-language briefing they have
   * one: they had none.
   */
  @Test
  void aParallelTableAndFigureHaveContentsEntriesNamingBothCaptions() {
    org.jsoup.nodes.Document page = Jsoup.parse(HTML.renderToString(SampleDocuments.parallel()));
    Elements entries = page.select("nav.toc a[href=#table-1], nav.toc a[href=#figure-1]");
    assertThat(entries).hasSize(2);
    for (org.jsoup.nodes.Element e : entries) {
      assertThat(e.text()).contains(" / ");
      assertThat(e.select("span[lang=pl]")).isNotEmpty();
    }
    assertThat(page.select("nav.toc a[href=#table-1-pl]")).isEmpty();
    org.jsoup.nodes.Document pdf = Jsoup.parse(XHTML.renderToString(SampleDocuments.parallel()));
    assertThat(pdf.select("bookmark[href=#table-1-start]").attr("name")).contains(" / ");
  }

  /** Notes are listed by the paper's numbers, not in the order a briefing happens to cite them. */
  @Test
  void notesAreListedByTheirNumbers() {
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Notes",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            List.of(
                new Block.Paragraph(
                    List.of(new Inline.Text("Later first"), new Inline.NoteRef("fn-16", "16"))),
                new Block.Footnote(
                    "fn-16",
                    "16",
                    List.of(new Block.Paragraph(List.of(new Inline.Text("Sixteen."))))),
                new Block.Paragraph(
                    List.of(new Inline.Text("Earlier next"), new Inline.NoteRef("fn-6", "6"))),
                new Block.Footnote(
                    "fn-6", "6", List.of(new Block.Paragraph(List.of(new Inline.Text("Six.")))))));
    org.jsoup.nodes.Document page = Jsoup.parse(HTML.renderToString(d));
    assertThat(page.select("ol.footnote-list > li").eachText())
        .hasSize(2)
        .satisfies(t -> assertThat(t.get(0)).contains("Six."))
        .satisfies(t -> assertThat(t.get(1)).contains("Sixteen."));
  }

  @Test
  void aParallelSectionsContentsEntryNamesBothHeadings() {
    org.jsoup.nodes.Document page = Jsoup.parse(HTML.renderToString(SampleDocuments.parallel()));
    org.jsoup.nodes.Element entry = page.selectFirst("nav.toc a[href=#abstract]");
    assertThat(entry.text()).isEqualTo("Abstract / Streszczenie");
    assertThat(entry.select("span[lang=pl]").text()).isEqualTo("Streszczenie");
    assertThat(entry.parent().hasAttr("lang")).isFalse();
    org.jsoup.nodes.Document pdf = Jsoup.parse(XHTML.renderToString(SampleDocuments.parallel()));
    assertThat(pdf.select("bookmark[href=#abstract]").attr("name"))
        .isEqualTo("Abstract / Streszczenie");

    Document mixed =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Mixed",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            List.of(
                new Block.Heading(
                    1,
                    "refs",
                    List.of(
                        Fixtures.text("References / "),
                        new Inline.LangSpan(Language.PL, List.of(Fixtures.text("Bibliografia"))))),
                Fixtures.para("Text."),
                new Block.Heading(
                    1,
                    "next",
                    List.of(
                        new Inline.LangSpan(
                            Language.PL,
                            List.of(Fixtures.text("Hipotezy i\u00a0ich weryfikacja"))))),
                Fixtures.para("More.")));
    org.jsoup.nodes.Element refs =
        Jsoup.parse(HTML.renderToString(mixed)).selectFirst("nav.toc a[href=#refs]");
    assertThat(refs.text()).isEqualTo("References / Bibliografia");
    assertThat(refs.select("span[lang=pl]").text()).isEqualTo("Bibliografia");
    // A no-break space of Polish typography stays in the contents: "i" never ends its line.
    for (HtmlRenderer r : List.of(HTML, XHTML)) {
      org.jsoup.nodes.Element polish =
          Jsoup.parse(r.renderToString(mixed)).selectFirst("nav.toc a[href=#next]");
      assertThat(polish.wholeText()).isEqualTo("Hipotezy i\u00a0ich weryfikacja");
    }
  }

  /** A Polish subtitle under an English title: tagged Polish, its no-break spaces kept. */
  @Test
  void theTitleBlockTagsEachPartWithItsLanguage() {
    for (HtmlRenderer r : List.of(HTML, XHTML)) {
      org.jsoup.nodes.Document page = Jsoup.parse(r.renderToString(SampleDocuments.parallel()));
      assertThat(page.select("html").attr("lang")).isEqualTo("en");
      assertThat(page.select("p.subtitle > span[lang=pl]").first().wholeText())
          .isEqualTo("Strategia Litwy z\u00a024\u00a0lutego\u00a02022\u00a0r.");
    }
  }

  @Test
  void styleSheetsNeedNoXmlEscaping() {
    for (Document d : List.of(Fixtures.english())) {
      for (HtmlRenderer r : List.of(HTML, XHTML)) {
        Elements style = Jsoup.parse(r.renderToString(d)).select("style");
        assertThat(style.html()).doesNotContain("<", "&");
      }
    }
  }
}
