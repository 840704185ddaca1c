package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.document.Document;
import org.briefing.document.PageSize;
import org.briefing.render.Formats;
import org.briefing.render.html.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Reads the PDFs back with PDFBox and validates them with veraPDF. */
class PdfRendererTest {
  private static final PdfRenderer PDF = PdfRenderer.builder().build();
  private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();
  private static final Pattern SUBSET_NAME = Pattern.compile("[A-Z]{6}\\+DejaVu.*");

  static byte[] render(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PDF.render(d, out);
    return out.toByteArray();
  }

  /** Each fixture is rendered once per test run (and written to target/ for a look). */
  static byte[] rendered(String name) {
    return RENDERED.computeIfAbsent(
        name,
        n -> {
          try {
            byte[] bytes = render(fixture(n));
            Path dir = Path.of("target", "pdf");
            Files.createDirectories(dir);
            Files.write(dir.resolve(n + ".pdf"), bytes);
            return bytes;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  static Document fixture(String name) {
    return switch (name) {
      case "english" -> Fixtures.english();
      case "polish" -> Fixtures.polish();
      case "bilingual" -> Fixtures.bilingual();
      case "table-only" -> Fixtures.tableOnly();
      case "hostile" -> Fixtures.hostile();
      case "long-table" -> Fixtures.longTable(PageSize.A4);
      case "long-table-letter" -> Fixtures.longTable(PageSize.LETTER);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The text in reading order (top to bottom, left to right). */
  static String text(PDDocument pdf) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    return s.getText(pdf);
  }

  static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(pdf);
  }

  @Test
  void registeredAsPdfFormat() {
    assertThat(Formats.installed().provider("pdf")).isPresent();
    assertThat(Formats.installed().provider("html")).isPresent();
  }

  @Test
  void textInReadingOrderWithPolishAndLithuanianLetters() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(rendered("english"))) {
      String text = text(pdf);
      assertThat(text)
          .contains("Small states and the war: Lithuania and Poland")
          .contains(Fixtures.POLISH)
          .contains(Fixtures.LITHUANIAN)
          .contains("code() (Sturm, 2022: 867) and a source, see findings")
          .contains("draft translation")
          .contains("Baltic Policy Institute");
      assertThat(text.indexOf("Summary")).isLessThan(text.indexOf("Findings"));
      assertThat(text.indexOf("Findings\n")).isLessThan(text.indexOf("Energy\n"));
      assertThat(text).containsSubsequence("Slovakia", "78.4", "Lithuania — Lietuva", "68.8");
    }
    try (PDDocument pdf = Loader.loadPDF(rendered("polish"))) {
      assertThat(text(pdf)).contains("Małe państwa wobec wojny", Fixtures.POLISH, "Spis treści");
    }
  }

  @Test
  void theOutputIntentsProfileIsTheSameOnEveryJdk() throws IOException {
    byte[] jdk =
        java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
    try (PDDocument pdf = Loader.loadPDF(rendered("english"));
        java.io.InputStream in =
            pdf.getDocumentCatalog()
                .getOutputIntents()
                .get(0)
                .getDestOutputIntent()
                .createInputStream()) {
      byte[] embedded = in.readAllBytes();
      PDOutputIntent intent = pdf.getDocumentCatalog().getOutputIntents().get(0);
      assertThat(intent.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
      assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
      assertThat(intent.getDestOutputIntent().getInt(COSName.N)).isEqualTo(3);
      // The platform the JDK's own profile file names, whichever the JDK's colour module writes.
      assertThat(new String(embedded, 40, 4, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("MSFT");
      System.arraycopy(embedded, 40, jdk, 40, 4);
      assertThat(embedded).isEqualTo(jdk);
    }
  }

  @Test
  void fontsEmbeddedAsSubsets() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(rendered("english"))) {
      List<String> names = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources res = page.getResources();
        for (COSName n : res.getFontNames()) {
          PDFont font = res.getFont(n);
          names.add(font.getName());
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(names).isNotEmpty().allMatch(n -> SUBSET_NAME.matcher(n).matches());
      assertThat(names)
          .anyMatch(n -> n.endsWith("+DejaVuSerif"))
          .anyMatch(n -> n.endsWith("+DejaVuSans-Bold"))
          .anyMatch(n -> n.endsWith("+DejaVuSansMono"));
    }
  }

  @Test
  void bookmarksFromHeadingsTablesAndFigures() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(rendered("english"))) {
      List<String> titles = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getDocumentOutline(), titles, "");
      assertThat(titles)
          .contains(
              "Small states and the war: Lithuania and Poland",
              "Summary",
              "Findings",
              " Energy",
              "Table 1. Summary of priorities and effects",
              "Figure 1. Oil and petroleum products imported from Russia, 2020",
              "References",
              "Footnotes");
    }
    try (PDDocument pdf = Loader.loadPDF(rendered("table-only"))) {
      List<String> titles = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getDocumentOutline(), titles, "");
      assertThat(titles).as("a table alone: the title only").containsExactly("Tabela 1");
    }
    try (PDDocument pdf = Loader.loadPDF(rendered("bilingual"))) {
      List<String> titles = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getDocumentOutline(), titles, "");
      assertThat(titles).contains("English version", " Findings", "Wersja polska", " Ustalenia");
      String xmp =
          new String(
              pdf.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xmp).contains("<rdf:li>en</rdf:li>", "<rdf:li>pl</rdf:li>");
    }
  }

  @Test
  void contentsLinkToTheirPages() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(rendered("english"))) {
      int internalLinks = 0;
      for (var a : pdf.getPage(0).getAnnotations()) {
        if (a instanceof PDAnnotationLink l
            && (l.getAction() instanceof PDActionGoTo || l.getDestination() != null)) {
          internalLinks++;
        }
      }
      assertThat(internalLinks).as("links of the contents on page 1").isGreaterThanOrEqualTo(5);
      assertThat(text(pdf)).containsPattern("References\\s+\\.+ 2");
    }
  }

  private static void collect(PDOutlineNode node, List<String> titles, String indent) {
    assertThat(node).as("document outline").isNotNull();
    for (PDOutlineItem item : node.children()) {
      titles.add(indent + item.getTitle());
      collect(item, titles, indent + " ");
    }
  }

  /**
   * A table that starts on one page and runs over the next is found by its bookmark (and its
   * contents entry, which points at the same place) on the page its caption starts: the engine gave
   * the page it ends on.
   */
  @Test
  void aTableRunningOverPagesIsBookmarkedWhereItStarts() throws IOException {
    Document longTable = Fixtures.longTable(PageSize.A4);
    List<org.briefing.document.Block> blocks = new ArrayList<>();
    blocks.add(
        new org.briefing.document.Block.Heading(
            2, "intro", List.of(new org.briefing.document.Inline.Text("Introduction"))));
    for (int i = 0; i < 12; i++) {
      blocks.add(
          new org.briefing.document.Block.Paragraph(
              List.of(
                  new org.briefing.document.Inline.Text(
                      "A paragraph that fills part of the first page before the table starts. "
                          .repeat(3)))));
    }
    blocks.addAll(longTable.blocks());
    org.briefing.document.Block.Table table =
        (org.briefing.document.Block.Table) blocks.get(blocks.size() - 1);
    String caption = org.briefing.testing.PlainText.of(table.caption()).strip();
    String firstRow =
        org.briefing.testing.PlainText.of(table.body().get(0).cells().get(1).content())
            .strip()
            .replaceAll("\\s+", " ")
            .substring(0, 12);
    try (PDDocument pdf = Loader.loadPDF(render(new Document(longTable.meta(), blocks)))) {
      PDOutlineItem item = null;
      for (PDOutlineItem i : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        for (PDOutlineItem j : i.children()) {
          if (j.getTitle().startsWith(caption.substring(0, 8))) {
            item = j;
          }
        }
        if (i.getTitle().startsWith(caption.substring(0, 8))) {
          item = i;
        }
      }
      assertThat(item).as("the table's bookmark").isNotNull();
      int target = pdf.getPages().indexOf(item.findDestinationPage(pdf));
      int starts = -1;
      for (int p = 0; p < pdf.getNumberOfPages() && starts < 0; p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p + 1);
        stripper.setEndPage(p + 1);
        // The first row's text (the contents on the first page name the caption too).
        if (stripper.getText(pdf).replaceAll("\\s+", " ").contains(firstRow)) {
          starts = p;
        }
      }
      assertThat(starts).isNotNegative();
      assertThat(pdf.getNumberOfPages()).isGreaterThan(starts + 1);
      assertThat(target).isEqualTo(starts);
    }
  }

  @Test
  void metadataInInfoAndXmp() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(rendered("english"))) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Small states and the war: Lithuania and Poland");
      assertThat(info.getAuthor()).isEqualTo("Anna Kowalska, Jonas Petraitis");
      assertThat(info.getSubject()).isEqualTo("What small states did after February 2022");
      assertThat(info.getKeywords()).isEqualTo("Lithuania, Poland, small states");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(Fixtures.CREATED);
      assertThat(info.getModificationDate().toInstant()).isEqualTo(Fixtures.CREATED);
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
      String xmp =
          new String(
              pdf.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xmp)
          .contains("Small states and the war: Lithuania and Poland")
          .contains("Anna Kowalska, Jonas Petraitis")
          .contains("What small states did after February 2022")
          .contains("Lithuania, Poland, small states")
          .contains("<rdf:li>en</rdf:li>")
          .contains("pdfuaid:part")
          .contains("2025-06-01T09:30:00")
          .doesNotContainPattern(">\\s+<");
      // Written without indentation, the packet still reads as the same metadata.
      org.apache.xmpbox.XMPMetadata parsed =
          new org.apache.xmpbox.xml.DomXmpParser()
              .parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
      assertThat(parsed.getDublinCoreSchema().getTitle())
          .isEqualTo("Small states and the war: Lithuania and Poland");
      assertThat(parsed.getDublinCoreSchema().getLanguages()).containsExactly("en");
      assertThat(parsed.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
    }
    try (PDDocument pdf = Loader.loadPDF(rendered("polish"))) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("pl");
      assertThat(pdf.getDocumentInformation().getTitle()).endsWith(Fixtures.POLISH);
    }
  }

  @Test
  void pageSizesA4AndLetter() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(rendered("long-table"))) {
      PDRectangle box = pdf.getPage(0).getMediaBox();
      assertThat(box.getWidth())
          .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight())
          .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
    }
    try (PDDocument pdf = Loader.loadPDF(rendered("long-table-letter"))) {
      PDRectangle box = pdf.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void longTableRepeatsItsHeaderAndRunningHeadOnEveryPageAndKeepsRowsWhole() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(rendered("long-table"))) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(3);
      for (int p = 1; p <= pages; p++) {
        String text = pageText(pdf, p);
        assertThat(text)
            .as("page %d", p)
            .containsPattern("State\\s+Priorities\\s+Effects\\s+State \\d+ —")
            .contains("Long table")
            .contains("TLP:RED")
            .contains("Page " + p + " of " + pages);
      }
      for (int row = 1; row <= 60; row++) {
        int statePage = -1;
        int effectPage = -1;
        for (int p = 1; p <= pages; p++) {
          String text = pageText(pdf, p);
          if (text.contains("State " + row + " — ")) {
            statePage = p;
          }
          if (text.contains("Effect " + row + ":")) {
            effectPage = p;
          }
        }
        assertThat(statePage).as("row %d", row).isPositive().isEqualTo(effectPage);
      }
    }
  }

  @Test
  void bilingualHalvesCarryTheirLanguage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(rendered("bilingual"))) {
      String text = text(pdf);
      assertThat(text).contains("Litwa działała wcześnie.", "Lithuania acted early.");
      List<String> langs = new ArrayList<>();
      langs(pdf.getDocumentCatalog().getStructureTreeRoot(), langs);
      assertThat(langs).contains("pl", "en");
    }
  }

  /**
   * A paragraph wholly in another language (an English editorial note in a Polish briefing) is
   * tagged with that language in the PDF, so that a screen reader switches voice: it was tagged
   * only in the HTML.
   */
  @Test
  void aParagraphInAnotherLanguageCarriesItsLanguage() throws IOException {
    Document d =
        polishNote(
            List.of(
                new org.briefing.document.Block.Paragraph(
                    List.of(new org.briefing.document.Inline.Text("Tekst po polsku."))),
                new org.briefing.document.Block.Paragraph(
                    List.of(
                        new org.briefing.document.Inline.LangSpan(
                            org.briefing.i18n.Language.EN,
                            List.of(
                                new org.briefing.document.Inline.Text(
                                    "The article gives no date for this.")))))));
    try (PDDocument pdf = Loader.loadPDF(render(d))) {
      List<String> langs = new ArrayList<>();
      langs(pdf.getDocumentCatalog().getStructureTreeRoot(), langs);
      assertThat(langs).contains("en");
    }
  }

  /** A Polish note (A4, no subtitle, date or marking) of these blocks. */
  private static Document polishNote(List<org.briefing.document.Block> blocks) {
    return new Document(
        Fixtures.meta(
            org.briefing.i18n.Language.PL,
            "Notatka",
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            PageSize.A4),
        blocks);
  }

  /**
   * A chart label in English for want of a Polish translation is tagged English in a Polish PDF,
   * both where the chart draws it and in the table of its numbers: the chart model held plain
   * strings, so the PDF read it as Polish. The same chart with its labels in Polish tags none.
   */
  @Test
  void anEnglishChartLabelInAPolishBriefingIsTaggedEnglish() throws IOException {
    for (boolean english : List.of(true, false)) {
      org.briefing.i18n.Language label =
          english ? org.briefing.i18n.Language.EN : org.briefing.i18n.Language.PL;
      org.briefing.document.Block.Chart chart =
          new org.briefing.document.Block.Chart(
              org.briefing.document.Block.ChartKind.BAR,
              "%",
              List.of("Słowacja", "Lithuania"),
              List.of(
                  new org.briefing.document.Block.Series(
                      "",
                      List.of(
                          new org.briefing.document.Block.Value(
                              new java.math.BigDecimal("78.4"), "78,4"),
                          new org.briefing.document.Block.Value(
                              new java.math.BigDecimal("68.8"), "68,8")))),
              List.of(false, true),
              java.util.Optional.of(org.briefing.i18n.Language.PL),
              List.of(
                  java.util.Optional.of(org.briefing.i18n.Language.PL),
                  java.util.Optional.of(label)));
      Document d =
          polishNote(
              List.of(
                  new org.briefing.document.Block.Figure(
                      "fig",
                      List.of(new org.briefing.document.Inline.Text("Udział ropy")),
                      chart,
                      "Udział ropy.",
                      List.of())));
      try (PDDocument pdf = Loader.loadPDF(render(d))) {
        List<String> langs = new ArrayList<>();
        langs(pdf.getDocumentCatalog().getStructureTreeRoot(), langs);
        // The label over its bar and the row header of the table.
        assertThat(langs.stream().filter("en"::equals).count())
            .as("English label: %s", english)
            .isEqualTo(english ? 2 : 0);
      }
    }
  }

  private static void langs(PDStructureNode node, List<String> out) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if (e.getLanguage() != null) {
          out.add(e.getLanguage());
        }
        langs(e, out);
      }
    }
  }

  @Test
  void hostileTextPrintedAsText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(rendered("hostile"))) {
      String text = text(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("<script>alert(1)</script>")
          .contains("\"quoted\" & 'single' {braces} back\\slash ${7*7} #{1} <#if x>")
          .contains("bad link");
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Title " + Fixtures.HOSTILE);
    }
  }

  @Test
  void sameInputSameBytes() throws IOException {
    byte[] first = rendered("english");
    byte[] second = render(Fixtures.english());
    assertThat(second).isEqualTo(first);
    assertThat(render(Fixtures.polish())).isNotEqualTo(first);
  }

  static Stream<Arguments> conformance() {
    return Stream.of("english", "polish", "bilingual", "table-only", "long-table")
        .flatMap(
            n ->
                Stream.of(
                    Arguments.of(n, PDFAFlavour.PDFA_2_B), Arguments.of(n, PDFAFlavour.PDFUA_1)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("conformance")
  void passesVeraPdf(String name, PDFAFlavour flavour) throws Exception {
    List<String> failed = VeraPdf.failedRules(rendered(name), flavour);
    assertThat(failed).as("veraPDF %s failed rules for %s", flavour, name).isEmpty();
  }
}
