package org.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structural HTML checks over core's shared sample documents and over every example briefing
 * spec in {@code briefings/}, assembled from the real corpus.
 */
class SampleAndExampleTest {

  /** Core's samples, then every example spec assembled. */
  public static Stream<Document> documents() throws IOException {
    Corpus corpus = CorpusReader.readDefault().corpus();
    SpecReader reader = SpecReader.of(corpus).withFormats(List.of());
    Assembler assembler = Assembler.of(corpus);
    List<Path> specs;
    try (Stream<Path> files = Files.list(Path.of("../../briefings"))) {
      specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(specs).isNotEmpty();
    return Stream.concat(
        Stream.of(
            SampleDocuments.english(),
            SampleDocuments.polish(),
            SampleDocuments.tableOnly(Language.EN),
            SampleDocuments.tableOnly(Language.PL)),
        specs.stream().map(p -> assembler.assemble(reader.read(p)).document()));
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("documents")
  void accessibleSelfContainedPage(Document d) {
    String html = HtmlRenderer.builder().build().renderToString(d);
    org.jsoup.nodes.Document p = Jsoup.parse(html);
    assertThat(p.select("h1")).hasSize(1);
    assertThat(p.select("html").attr("lang")).isEqualTo(d.meta().language().code());
    assertThat(p.select("script, iframe, object, embed")).isEmpty();
    int previous = 1;
    for (Element h : p.select("h1, h2, h3, h4, h5, h6")) {
      int level = Integer.parseInt(h.tagName().substring(1));
      assertThat(level).as("%s after h%d", h, previous).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    for (Element th : p.select("th")) {
      assertThat(th.attr("scope")).as(th.outerHtml()).isIn("col", "row");
    }
    for (Element table : p.select("table")) {
      assertThat(table.select("> caption")).hasSize(1);
    }
    for (Element svg : p.select("svg")) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.select("> title").text()).isNotBlank();
      assertThat(svg.select("> desc").text()).isNotBlank();
    }
    assertThat(p.select("[src]").eachAttr("src")).allMatch(s -> s.startsWith("data:image/"));
    Set<String> ids = new HashSet<>();
    for (Element e : p.select("[id]")) {
      assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
    }
    for (String href : p.select("a[href^=#]").eachAttr("href")) {
      assertThat(ids).as("target of %s", href).contains(href.substring(1));
    }
    assertThat(p.select("a[href]").eachAttr("href"))
        .allMatch(h -> h.startsWith("#") || h.startsWith("https://") || h.startsWith("http://"));
    for (Element part : p.select("section.part, .parallel-cell, span[lang]")) {
      assertThat(part.attr("lang")).isIn("en", "pl");
    }
    for (Element li : p.select("nav.toc li")) {
      assertThat(li.select("> a[href^=#]")).as("contents entry %s", li).hasSize(1);
    }
    if (d.blocks().size() == 1 && d.blocks().get(0) instanceof Block.Table) {
      assertThat(p.select("nav")).as("a table alone needs no contents").isEmpty();
    }
  }

  /** Table 1 and the charts have no heading; the contents list them by their captions. */
  @Test
  void fullArticleContentsListTable1AndTheFigures() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    Document d =
        Assembler.of(corpus)
            .assemble(
                SpecReader.of(corpus)
                    .withFormats(List.of())
                    .read(Path.of("../../briefings/full-article.yaml")))
            .document();
    org.jsoup.nodes.Document p = Jsoup.parse(HtmlRenderer.builder().build().renderToString(d));
    Elements table = p.select("nav.toc a:matches(^Table 1\\. )");
    assertThat(table).hasSize(1);
    Element target = p.getElementById(table.attr("href").substring(1));
    assertThat(target).isNotNull();
    assertThat(target.tagName()).isEqualTo("table");
    assertThat(target.selectFirst("> caption").text()).isEqualTo(table.text());
    assertThat(table.text()).startsWith("Table 1. Summary of achievements");

    Elements figures = p.select("nav.toc a:matches(^Figure 1\\. )");
    assertThat(figures).hasSize(1);
    List<String> figureIds = new ArrayList<>();
    for (Element f : p.select("main figure.chart")) {
      figureIds.add("#" + f.id());
      Element link = p.selectFirst("nav.toc a[href=#" + f.id() + "]");
      assertThat(link).as("contents entry for figure %s", f.id()).isNotNull();
      assertThat(link.text()).isEqualTo(f.selectFirst("> figcaption").text());
    }
    assertThat(figureIds).hasSize(2).contains(figures.attr("href"));
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("documents")
  void hostileSampleTextStaysText(Document d) {
    String html = HtmlRenderer.builder().build().renderToString(d);
    assertThat(Jsoup.parse(html).select("script")).isEmpty();
    assertThat(html).doesNotContain("<script>alert");
  }
}
