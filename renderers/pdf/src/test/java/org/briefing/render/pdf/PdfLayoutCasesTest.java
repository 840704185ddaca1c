package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.render.RenderReport;
import org.briefing.render.html.Fixtures;
import org.briefing.render.html.HtmlRenderer;
import org.briefing.render.pdf.internal.XhtmlFixes;
import org.briefing.spec.SpecReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout faults of issue 9, each as a briefing, checked on the PDF itself. */
class PdfLayoutCasesTest {
  private static Corpus corpus;
  @TempDir static Path dir;

  @BeforeAll
  static void readCorpus() throws IOException {
    corpus = CorpusReader.readDefault().corpus();
  }

  private static Document assemble(String name, String yaml) throws IOException {
    return assemble(corpus, name, yaml);
  }

  private static Document assemble(Corpus corpus, String name, String yaml) throws IOException {
    Path spec = dir.resolve(name + ".yaml");
    Files.writeString(spec, yaml);
    return Assembler.of(corpus)
        .assemble(SpecReader.of(corpus).withFormats(List.of()).read(spec))
        .document();
  }

  /**
   * A bilingual briefing of the second paper whose findings section opens with its first topic: the
   * topic's row of headings was moved to a new page by itself, and then the section's row to a page
   * of its own ("Findings / Ustalenia" and nothing else). A run of heading rows moves together.
   */
  @Test
  void aSectionsHeadingsStayWithItsFirstTopic() throws IOException {
    Corpus crs = CorpusReader.read(Path.of("../../briefings/crs-foreign-debt/corpus")).corpus();
    Document d =
        assemble(
            crs,
            "two-headings",
            """
        title: Foreign holders of U.S. debt (side by side)
        language: bilingual
        layout: parallel
        marking: TLP:AMBER+STRICT
        organisation: {name: Instytut Przykładowy, accent: "#006400"}
        sections:
          - {type: key-points, limit: 3}
          - {type: table, table: top-holders}
          - {type: figure, figure: foreign-share-2021-2025}
          - {type: figure, figure: figure-3}
          - glossary
          - {type: findings, group-by: topic, limit: 6}
        """);
    try (PDDocument doc = Loader.loadPDF(pdf(d))) {
      assertThat(LoneHeadings.of(doc)).isEmpty();
    }
  }

  private static byte[] pdf(Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.builder().build().render(document, out);
    return out.toByteArray();
  }

  private static String text(byte[] pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      if (page > 0) {
        s.setStartPage(page);
        s.setEndPage(page);
      }
      return s.getText(doc);
    }
  }

  @Test
  void aTableInAParallelBriefingIsNeitherCutNorSqueezed() throws IOException {
    for (String rows : List.of("[nato]", "[nato, eu]")) {
      byte[] pdf =
          pdf(
              assemble(
                  "parallel",
                  "language: bilingual\nlayout: parallel\n"
                      + "sections: [{type: summary-table, rows: "
                      + rows
                      + "}]\n"));
      assertThat(LayoutCheck.faults(pdf, LayoutCheck.OneLetter.BILINGUAL)).isEmpty();
      String text = text(pdf, 0).replaceAll("\\s+", " ");
      // Each table has the full width: a whole cell line is far wider than 3-4 words.
      assertThat(text).contains("Strengthening Transatlantic ties for building security");
    }
  }

  /**
   * A screen reader reads a parallel briefing's section as the HTML page reads: the left language's
   * heading and its text, then the right language's heading and text; not both headings, then both
   * texts (the headings stand on rows of their own in the layout).
   */
  @Test
  void aParallelSectionReadsEachLanguagesHeadingWithItsOwnText() throws IOException {
    byte[] pdf =
        pdf(
            assemble(
                "parallel-order",
                "language: bilingual\nlayout: parallel\nsections: [executive-summary,"
                    + " key-points]\n"));
    String read;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      read = TaggedText.of(doc).replaceAll("\\s+", " ");
    }
    // (The last place of each heading: the table of contents names them first.)
    int en = read.lastIndexOf("Key points");
    int pl = read.lastIndexOf("Najważniejsze wnioski");
    assertThat(en).as(read).isNotNegative();
    assertThat(pl).as(read).isGreaterThan(en);
    // The English key points come between the two headings, the Polish ones after the second.
    assertThat(read.substring(en + "Key points".length(), pl).strip()).hasSizeGreaterThan(200);
    assertThat(read.substring(pl)).contains("projekt tłumaczenia");
    int summaryEn = read.lastIndexOf("Executive summary");
    int summaryPl = read.lastIndexOf("Streszczenie dla kierownictwa");
    assertThat(summaryEn).isNotNegative().isLessThan(summaryPl);
    assertThat(read.substring(summaryEn + "Executive summary".length(), summaryPl).strip())
        .hasSizeGreaterThan(200);
    // The columns' head, drawn again on each page the layout runs on, is read once.
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      assertThat(text(pdf, doc.getNumberOfPages())).contains("English", "Polski");
    }
    assertThat(read.replace(" ", ""))
        .containsOnlyOnce("EnglishPolski")
        .doesNotContain("EnglishEnglish");
    assertThat(LayoutCheck.faults(pdf, LayoutCheck.OneLetter.BILINGUAL)).isEmpty();
  }

  @Test
  void theSequentialLayoutStartsItsFirstPartOnPageOne() throws IOException {
    Document d =
        assemble(
            "sequential",
            "language: bilingual\nlayout: sequential\nsections: [abstract, executive-summary]\n");
    byte[] pdf = pdf(d);
    String abstractStart = "The aim of the present article";
    assertThat(text(pdf, 1).replaceAll("\\s+", " ")).contains(abstractStart);
    assertThat(LayoutCheck.faults(pdf, LayoutCheck.OneLetter.BILINGUAL)).isEmpty();
  }

  @Test
  void symbolsFallBackHebrewShowsLongTokensWrapAndApostrophesHold() throws IOException {
    String token = "CASE-2022-" + "0".repeat(60) + "123456789";
    Document d =
        assemble(
            "symbols",
            "title: \"Marks ✓ ✗ ★ ☐ ⚠ שלום ∀ ə ┌ Ա and the region’s (security) "
                + token
                + "\"\nsections: [abstract]\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderReport report = PdfRenderer.builder().build().renderReporting(d, out);
    byte[] pdf = out.toByteArray();
    assertThat(report.warnings()).isEmpty();
    assertThat(LayoutCheck.faults(pdf, LayoutCheck.OneLetter.NONE)).isEmpty();
    String text = text(pdf, 1);
    // ★ ☐ ⚠, the Hebrew, ∀, ə, ┌ and Ա are not in the core faces: drawn with the full ones.
    assertThat(text).contains("✓ ✗ ★ ☐ ⚠", "∀ ə ┌ Ա", "region’s").doesNotContain("#");
    assertThat(text.replaceAll("\\s+", "")).contains(token);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(report.pages()).hasValue(doc.getNumberOfPages());
    }
  }

  @Test
  void aCharacterNoShippedFontHasIsWarnedAboutNotPrintedAsAHash() throws IOException {
    Document d = assemble("cjk", "title: \"Name 中文\"\nsections: [abstract]\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderReport report = PdfRenderer.builder().build().renderReporting(d, out);
    assertThat(report.warnings())
        .isNotEmpty()
        .allMatch(w -> w.contains("U+4E2D") || w.contains("U+6587"));
    assertThat(text(out.toByteArray(), 1)).contains("[U+4E2D][U+6587]").doesNotContain("#");
  }

  @Test
  void linksWithNonAsciiOrQuoteCaretDollarStayLinksPercentEncoded() throws IOException {
    List<String> targets =
        List.of("https://pl.wikipedia.org/wiki/Kłajpeda", "https://example.org/a\"b^c$d");
    List<Block> blocks = new ArrayList<>();
    for (String t : targets) {
      blocks.add(
          new Block.Paragraph(
              List.of(new Inline.Link(t, List.of(new Inline.Text("a link to " + t))))));
    }
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Links",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            blocks);
    List<String> uris = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf(d))) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    assertThat(uris)
        .contains("https://pl.wikipedia.org/wiki/K%C5%82ajpeda", "https://example.org/a%22b%5Ec$d");
  }

  @Test
  void aTableCaptionIsTheTablesFirstTagAndNoEmptyFooterIsTagged() throws IOException {
    Document d = assemble("captioned", "sections: [{type: summary-table, rows: [nato]}]\n");
    List<PDStructureElement> tables = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf(d))) {
      collectTables(doc.getDocumentCatalog().getStructureTreeRoot(), tables);
      assertThat(tables).isNotEmpty();
      for (PDStructureElement table : tables) {
        List<String> kids = new ArrayList<>();
        for (Object k : table.getKids()) {
          if (k instanceof PDStructureElement e) {
            kids.add(e.getStructureType());
            if (e.getStructureType().equals("TFoot")) {
              assertThat(e.getKids()).as("a tagged table footer").isNotEmpty();
            }
          }
        }
        assertThat(kids).first().isEqualTo("Caption");
        assertThat(kids).contains("THead", "TBody");
      }
    }
  }

  private static final String SVG = "http://www.w3.org/2000/svg";

  /** Figure {@code n}: a line chart of one series over two years, its values n.5 and n1. */
  private static Block.Figure lineChart(int n) {
    return new Block.Figure(
        "figure-" + n,
        List.of(new Inline.Text("Chart " + n)),
        new Block.Chart(
            Block.ChartKind.LINE,
            "",
            List.of("2019", "2020"),
            List.of(new Block.Series("Series " + n, values(n + ".5", n + "1"))),
            List.of(false, false)),
        "Chart " + n + " rises.",
        List.of());
  }

  /** The figures of an English document of these blocks, as the PDF renderer lays them out. */
  private static org.w3c.dom.NodeList figuresAsThePdfDrawsThem(List<Block> blocks) {
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Charts",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            blocks);
    String xhtml =
        HtmlRenderer.builder().mode(HtmlRenderer.Mode.XHTML_FOR_PDF).build().renderToString(d);
    return XhtmlFixes.apply(xhtml)
        .document()
        .getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "figure");
  }

  @Test
  void everyLineChartOfSeveralIsDrawnInItsOwnFigure() {
    List<Block> blocks = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      blocks.add(lineChart(n));
    }
    org.w3c.dom.NodeList figures = figuresAsThePdfDrawsThem(blocks);
    assertThat(figures.getLength()).isEqualTo(5);
    for (int i = 0; i < figures.getLength(); i++) {
      org.w3c.dom.Element figure = (org.w3c.dom.Element) figures.item(i);
      assertThat(figure.getElementsByTagNameNS(SVG, "polyline").getLength())
          .as(figure.getAttribute("id"))
          .isEqualTo(1);
      assertThat(figure.getElementsByTagNameNS(SVG, "rect").getLength()).isZero();
      org.w3c.dom.NodeList texts = figure.getElementsByTagNameNS(SVG, "text");
      List<String> labels = new ArrayList<>();
      for (int t = 0; t < texts.getLength(); t++) {
        labels.add(texts.item(t).getTextContent());
      }
      assertThat(labels).as(figure.getAttribute("id")).contains((i + 1) + ".5", (i + 1) + "1");
    }
  }

  @Test
  void aLineChartNestedInAnotherBlockIsDrawnAsLines() {
    // A figure is not always at the top: a bilingual parallel briefing puts it in a row of its
    // two columns, a language part holds its section's blocks, and lists and callouts hold blocks.
    java.util.function.IntFunction<Block.Figure> chart = PdfLayoutCasesTest::lineChart;
    Language other = Language.PL;
    List<Block> blocks =
        List.of(
            new Block.Parallel(
                Language.EN,
                other,
                List.of(new Block.ParallelRow(List.of(chart.apply(1)), List.of(chart.apply(2))))),
            new Block.Part("part-pl", other, Optional.empty(), List.of(chart.apply(3))),
            new Block.ListBlock(false, List.of(List.of(chart.apply(4)))),
            new Block.Callout(Block.CalloutKind.NOTE, List.of(), List.of(chart.apply(5))));
    org.w3c.dom.NodeList figures = figuresAsThePdfDrawsThem(blocks);
    assertThat(figures.getLength()).isEqualTo(5);
    for (int i = 0; i < figures.getLength(); i++) {
      org.w3c.dom.Element figure = (org.w3c.dom.Element) figures.item(i);
      assertThat(figure.getElementsByTagNameNS(SVG, "polyline").getLength())
          .as(figure.getAttribute("id"))
          .isEqualTo(1);
      assertThat(figure.getElementsByTagNameNS(SVG, "rect").getLength())
          .as(figure.getAttribute("id"))
          .isZero();
    }
  }

  @Test
  void aLineChartIsDrawnAsLinesWithNegativeValuesSeveralSeriesAndItsUnit() throws IOException {
    Block.Chart chart =
        new Block.Chart(
            Block.ChartKind.LINE,
            "trillion",
            List.of("2019", "2020", "2021"),
            List.of(
                new Block.Series("Exports", values("21.3", "-4.5", "22.6")),
                new Block.Series("Imports", values("20.1", "19.8", "18.2"))),
            List.of(false, false, false));
    Block.Figure figure =
        new Block.Figure(
            "figure-9",
            List.of(new Inline.Text("Trade over time")),
            chart,
            "Exports fell in 2020 and rose in 2021; imports fell slowly.",
            List.of());
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Chart",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            List.of(figure));
    // The chart's text is drawn as outlines; the SVG the PDF is drawn from holds it.
    String xhtml =
        HtmlRenderer.builder().mode(HtmlRenderer.Mode.XHTML_FOR_PDF).build().renderToString(d);
    org.w3c.dom.Document dom = XhtmlFixes.apply(xhtml).document();
    String svg = SVG;
    assertThat(dom.getElementsByTagNameNS(svg, "polyline").getLength()).isEqualTo(2);
    assertThat(dom.getElementsByTagNameNS(svg, "rect").getLength()).isZero();
    List<String> labels = new ArrayList<>();
    org.w3c.dom.NodeList texts = dom.getElementsByTagNameNS(svg, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      labels.add(texts.item(i).getTextContent());
    }
    assertThat(labels)
        .contains("22.6\u00a0trillion", "-4.5\u00a0trillion", "Exports", "Imports", "2020");
    byte[] pdf = pdf(d);
    assertThat(LayoutCheck.faults(pdf, LayoutCheck.OneLetter.NONE)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDStructureElement> figures = new ArrayList<>();
      collect(doc.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
      assertThat(figures)
          .anyMatch(
              f ->
                  "Exports fell in 2020 and rose in 2021; imports fell slowly."
                      .equals(f.getAlternateDescription()));
    }
  }

  @Test
  void aBarChartsLabelsStandClearOfItsAxis() throws IOException {
    // The axis is the chart's left border, 6 pt right of the caption's edge and 0.75 pt wide; a
    // label set against it read as a bar and a letter ("|reland").
    Block.Figure figure =
        new Block.Figure(
            "figure-1",
            List.of(new Inline.Text("Shares")),
            Fixtures.chart(
                "%", List.of("Ireland", "Iceland"), List.of("4.7", "12.5"), List.of(false, true)),
            "Ireland 4.7% and Iceland 12.5%.",
            List.of());
    Document d =
        new Document(
            Fixtures.meta(
                Language.EN,
                "Chart",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PageSize.A4),
            List.of(figure));
    java.util.Map<String, Float> lineStarts = new java.util.HashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf(d))) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(
                String text, List<org.apache.pdfbox.text.TextPosition> positions)
                throws IOException {
              lineStarts.putIfAbsent(text.strip(), positions.get(0).getXDirAdj());
              super.writeString(text, positions);
            }
          };
      stripper.setSortByPosition(true);
      stripper.getText(doc);
    }
    assertThat(lineStarts).containsKeys("Shares", "Ireland", "Iceland");
    float edge = lineStarts.get("Shares");
    for (String label : List.of("Ireland", "Iceland")) {
      assertThat(lineStarts.get(label) - edge).as(label).isGreaterThanOrEqualTo(6.75f + 3f);
    }
  }

  private static List<Block.Value> values(String... v) {
    return java.util.Arrays.stream(v)
        .map(x -> new Block.Value(new java.math.BigDecimal(x), x))
        .toList();
  }

  /** The structure elements of {@code type} under {@code node}, depth first. */
  static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
    for (Object k : node.getKids()) {
      if (k instanceof PDStructureElement e) {
        if (e.getStructureType().equals(type)) {
          out.add(e);
        }
        collect(e, type, out);
      }
    }
  }

  private static void collectTables(PDStructureNode node, List<PDStructureElement> out) {
    for (Object k : node.getKids()) {
      if (k instanceof PDStructureElement e) {
        if (e.getStructureType().equals("Table")) {
          out.add(e);
        }
        collectTables(e, out);
      }
    }
  }
}
