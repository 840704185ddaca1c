package org.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("documents")
  void hostileSampleTextStaysText(Document d) {
    String html = HtmlRenderer.builder().build().renderToString(d);
    assertThat(Jsoup.parse(html).select("script")).isEmpty();
    assertThat(html).doesNotContain("<script>alert");
  }
}
