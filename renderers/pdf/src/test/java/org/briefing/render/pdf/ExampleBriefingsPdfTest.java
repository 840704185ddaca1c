package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.render.markdown.MarkdownRenderer;
import org.briefing.spec.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Core's shared sample documents and every example spec in {@code briefings/}, assembled from the
 * real corpus, rendered to PDF: readable text and zero failed veraPDF rules for PDF/A-2b and
 * PDF/UA-1.
 */
class ExampleBriefingsPdfTest {

  static Stream<Arguments> documents() throws IOException {
    Corpus corpus = CorpusReader.readDefault().corpus();
    SpecReader reader = SpecReader.of(corpus).withFormats(List.of());
    Assembler assembler = Assembler.of(corpus);
    List<Path> specs;
    try (Stream<Path> files = Files.list(Path.of("../../briefings"))) {
      specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Stream<Arguments> lithuania =
        specs.stream()
            .map(
                p ->
                    Arguments.of(
                        p.getFileName().toString(), assembler.assemble(reader.read(p)).document()));
    return Stream.of(
            Stream.of(
                Arguments.of("sample-en", SampleDocuments.english()),
                Arguments.of("sample-pl", SampleDocuments.polish()),
                Arguments.of("sample-table-pl", SampleDocuments.tableOnly(Language.PL))),
            lithuania,
            otherPapers())
        .flatMap(s -> s);
  }

  /** The specs of every other example paper: a folder of briefings/ with its own corpus/. */
  private static Stream<Arguments> otherPapers() throws IOException {
    List<Path> papers;
    try (Stream<Path> dirs = Files.list(Path.of("../../briefings"))) {
      papers =
          dirs.filter(d -> Files.isRegularFile(d.resolve("corpus/article.yaml"))).sorted().toList();
    }
    List<Arguments> out = new java.util.ArrayList<>();
    for (Path paper : papers) {
      Corpus corpus = CorpusReader.read(paper.resolve("corpus")).corpus();
      SpecReader reader = SpecReader.of(corpus).withFormats(List.of());
      Assembler assembler = Assembler.of(corpus);
      try (Stream<Path> files = Files.list(paper)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          out.add(
              Arguments.of(
                  paper.getFileName() + "-" + p.getFileName(),
                  assembler.assemble(reader.read(p)).document()));
        }
      }
    }
    return out.stream();
  }

  /** Each document is rendered once per test run. */
  private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

  static byte[] render(String name, Document document) {
    return RENDERED.computeIfAbsent(
        name,
        n -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            PdfRenderer.builder().build().render(document, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return out.toByteArray();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void archivalAndAccessible(String name, Document document) throws Exception {
    byte[] pdf = render(name, document);
    Path dir = Path.of("target", "pdf");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name.replace(".yaml", "") + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains(document.meta().title().replaceAll("\\s+", " "));
      assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
    }
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1)) {
      assertThat(VeraPdf.failedRules(pdf, flavour))
          .as("veraPDF %s failed rules for %s", flavour, name)
          .isEmpty();
    }
  }

  /**
   * The layout check over every example: glyphs inside the content box, no .notdef or ligature, no
   * line ending with an opening bracket (or, in Polish, a one-letter word), no text over other
   * text.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void layoutHolds(String name, Document document) throws Exception {
    byte[] pdf = render(name, document);
    LayoutCheck.OneLetter words =
        document.meta().bilingual()
            ? LayoutCheck.OneLetter.BILINGUAL
            : document.meta().language() == Language.PL
                ? LayoutCheck.OneLetter.POLISH
                : LayoutCheck.OneLetter.NONE;
    assertThat(LayoutCheck.faults(pdf, words)).as("layout faults in %s", name).isEmpty();
  }

  /**
   * Every sentence of the same briefing's Markdown is in the PDF's text, read in the tag tree's
   * reading order ({@link TaggedText}) and compared as {@link SameText} describes. The extracted
   * text and the Markdown are left in target/pdf next to the PDF for inspection.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void textMatchesMarkdown(String name, Document document) throws Exception {
    byte[] pdf = render(name, document);
    ByteArrayOutputStream md = new ByteArrayOutputStream();
    MarkdownRenderer.builder().build().render(document, md);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = TaggedText.of(doc);
      Path dir = Path.of("target", "pdf");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name.replace(".yaml", "") + ".txt"), text);
      Files.write(dir.resolve(name.replace(".yaml", "") + ".md"), md.toByteArray());
      Files.write(dir.resolve(name.replace(".yaml", "") + ".pdf"), pdf);
      assertThat(SameText.missing(md.toString(StandardCharsets.UTF_8), text.toString()))
          .as("sentences of the Markdown missing from the PDF of %s", name)
          .isEmpty();
    }
  }

  /** No table cell's text runs into the next cell of its row (see {@link TableCells}). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void tableCellsKeepTheirText(String name, Document document) throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(name, document))) {
      assertThat(TableCells.crossings(doc)).as("table cells crossing in %s", name).isEmpty();
      if (name.equals("full-article.yaml") || name.equals("summary-table.yaml")) {
        assertThat(TableCells.rows(doc)).as("tagged table rows in %s", name).isGreaterThan(3);
        assertThat(TableCells.rowsWithinBorders(doc))
            .as("rows checked against their drawn borders in %s", name)
            .isGreaterThan(3);
      }
    }
  }

  /**
   * Every cell of every table is drawn whole inside the page's content box: the engine would leave
   * out the columns of a table wider than the page (see {@link TableText}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void tablesAreDrawnWholeInsideThePage(String name, Document document) throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(name, document))) {
      assertThat(TableText.missing(doc, document)).as("table text not drawn in %s", name).isEmpty();
    }
  }

  /** A table's notes and source line are on the page of its last row (see {@link TableNotes}). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void tableNotesStayWithTheLastRow(String name, Document document) throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(name, document))) {
      assertThat(TableNotes.apart(doc, document)).as("table notes apart in %s", name).isEmpty();
    }
    if (name.equals("full-article.yaml")) {
      assertThat(TableNotes.tablesWithNotes(document.blocks()))
          .as("tables with notes")
          .isNotEmpty();
    }
  }

  /**
   * No heading (H, H1..H6, a caption above its table or figure) ends a page with what follows it on
   * the next page (see {@link LoneHeadings}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void headingsStayWithWhatFollows(String name, Document document) throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(name, document))) {
      assertThat(LoneHeadings.of(doc)).as("lone headings in %s", name).isEmpty();
    }
  }

  /**
   * No short table row (a parallel layout's keywords, a data table's row) is split by a page break
   * (see {@link SplitRows}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void shortRowsAreNotSplitAcrossPages(String name, Document document) throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(name, document))) {
      assertThat(SplitRows.of(doc)).as("split rows in %s", name).isEmpty();
    }
  }

  /**
   * The embedded font programs carry no TrueType hinting (the shipped DejaVu fonts are unhinted
   * copies, see renderers/pdf/tools/dehint-fonts.py): PDF viewers do not use it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void fontsCarryNoHinting(String name, Document document) throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(name, document))) {
      assertThat(FontHinting.of(doc)).as("hinting in the fonts of %s", name).isEmpty();
    }
  }

  /**
   * The full article (23 pages) stays under 150 KB (153,600 bytes), the budget of issue 11;
   * docs/performance.md, "PDF size", says where its bytes go.
   */
  @Test
  void fullArticleIsUnder150Kilobytes() throws IOException {
    byte[] pdf = render("full-article.yaml", fullArticle());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("pages").isGreaterThan(20);
    }
    assertThat(pdf.length).as("bytes of the full article's PDF").isLessThan(150 * 1024);
  }

  /** The comparison is not blind: a sentence cut out of a real PDF's text is reported. */
  @Test
  void textComparisonReportsASentenceTheRealPdfLacks() throws Exception {
    Document document = SampleDocuments.english();
    ByteArrayOutputStream md = new ByteArrayOutputStream();
    MarkdownRenderer.builder().build().render(document, md);
    String markdown = md.toString(StandardCharsets.UTF_8);
    try (PDDocument doc = Loader.loadPDF(render("sample-en", document))) {
      String text = TaggedText.of(doc);
      assertThat(SameText.missing(markdown, text)).isEmpty();
      String cut = text.replaceFirst("Important\\s*", "");
      assertThat(cut).isNotEqualTo(text);
      assertThat(SameText.missing(markdown, cut))
          .containsExactly("Important: the Baltic region includes Lithuania.");
    }
  }

  /**
   * Table 1 and the charts have no heading; the bookmarks list them by their captions and lead to
   * the page that shows them.
   */
  @Test
  void fullArticleBookmarksTable1AndFigure1() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render("full-article.yaml", fullArticle()))) {
      List<PDOutlineItem> items = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getDocumentOutline(), items);
      for (String prefix : List.of("Table 1. Summary of achievements", "Figure 1. ")) {
        List<PDOutlineItem> found =
            items.stream().filter(i -> i.getTitle().startsWith(prefix)).toList();
        assertThat(found).as("bookmark %s…", prefix).hasSize(1);
        PDOutlineItem item = found.get(0);
        PDDestination dest = item.getDestination();
        if (dest == null && item.getAction() instanceof PDActionGoTo goTo) {
          dest = goTo.getDestination();
        }
        assertThat(dest)
            .as("destination of %s", item.getTitle())
            .isInstanceOf(PDPageDestination.class);
        int page = pdf.getPages().indexOf(((PDPageDestination) dest).getPage()) + 1;
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        String caption = item.getTitle().substring(0, Math.min(40, item.getTitle().length()));
        assertThat(s.getText(pdf).replaceAll("\\s+", " ")).contains(caption);
      }
    }
  }

  private static Document fullArticle() throws IOException {
    Corpus corpus = CorpusReader.readDefault().corpus();
    return Assembler.of(corpus)
        .assemble(
            SpecReader.of(corpus)
                .withFormats(List.of())
                .read(Path.of("../../briefings/full-article.yaml")))
        .document();
  }

  private static void collect(PDOutlineNode node, List<PDOutlineItem> items) {
    assertThat(node).as("document outline").isNotNull();
    for (PDOutlineItem item : node.children()) {
      items.add(item);
      collect(item, items);
    }
  }
}
