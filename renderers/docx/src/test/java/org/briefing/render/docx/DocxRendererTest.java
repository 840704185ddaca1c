package org.briefing.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.render.Formats;
import org.briefing.render.UnsupportedContentException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/** Reads the DOCX back with Apache POI and checks its Word structure. */
class DocxRendererTest {

  @Test
  void registeredAsTheDocxFormat() {
    assertThat(Formats.installed().provider("docx")).isPresent();
    assertThat(Formats.installed().provider("docx").get().create().extension()).isEqualTo("docx");
  }

  @Test
  void everyStyleUsedIsDefinedInThePackageWithWordsNames() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    Set<String> used = new HashSet<>();
    for (XWPFParagraph p : Docx.paragraphs(doc)) {
      if (p.getStyle() != null) {
        used.add(p.getStyle());
      }
      for (XWPFRun r : p.getRuns()) {
        if (!r.getStyle().isEmpty()) {
          used.add(r.getStyle());
        }
      }
    }
    assertThat(used)
        .contains("Title", "Heading1", "ListBullet", "ListNumber", "Caption", "Quote", "Hyperlink");
    for (String id : used) {
      assertThat(doc.getStyles().styleExist(id)).as("style %s is defined", id).isTrue();
    }
    assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
    assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
    assertThat(doc.getStyles().getStyle("Heading3").getName()).isEqualTo("heading 3");
    assertThat(doc.getStyles().getStyle("Caption").getName()).isEqualTo("caption");
    assertThat(doc.getStyles().getStyle("Quote").getName()).isEqualTo("Quote");
    assertThat(doc.getStyles().getStyle("Title").getName()).isEqualTo("Title");
  }

  @Test
  void titleAndHeadingsCarryWordStyles() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    assertThat(
            Docx.paragraph(doc, "The Role of Small States in Promoting International Security")
                .getStyle())
        .isEqualTo("Title");
    assertThat(Docx.paragraph(doc, "Summary").getStyle()).isEqualTo("Heading1");
    assertThat(Docx.paragraph(doc, "Findings").getStyle()).isEqualTo("Heading1");
    // A part's title is Heading 1 and the headings inside it go one level down.
    assertThat(Docx.paragraph(doc, "Streszczenie po polsku").getStyle()).isEqualTo("Heading1");
    assertThat(Docx.paragraph(doc, "Streszczenie").getStyle()).isEqualTo("Heading2");
    assertThat(Docx.paragraph(doc, "Verdict").getStyle()).isEqualTo("CalloutTitle");
  }

  @Test
  void listsAreWordNumberingNestedByLevel() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    XWPFParagraph bullet =
        Docx.paragraph(doc, "Small states can start a process that benefits the whole region.");
    assertThat(bullet.getNumID()).isNotNull();
    assertThat(bullet.getNumIlvl()).isEqualTo(BigInteger.ZERO);
    assertThat(bullet.getNumFmt()).isEqualTo("bullet");
    XWPFParagraph nested = Docx.paragraph(doc, "sanctions");
    assertThat(nested.getNumIlvl()).isEqualTo(BigInteger.ONE);
    assertThat(nested.getNumFmt()).isEqualTo("decimal");
    assertThat(nested.getStyle()).isEqualTo("ListNumber");
    assertThat(Docx.paragraph(doc, "energy").getNumID()).isEqualTo(nested.getNumID());
  }

  @Test
  void tablesHaveARepeatedHeaderRowBoldHeadersAndCellsWithSeveralParagraphs() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    XWPFTable table = doc.getTables().get(0);
    assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Country/organisation");
    assertThat(table.getRow(0).isRepeatHeader()).isTrue();
    assertThat(table.getRow(1).isRepeatHeader()).isFalse();
    assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getStyle())
        .isEqualTo("TableHeading");
    // Row headers are bold (Table Heading), other body cells are not.
    assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getStyle())
        .isEqualTo("TableHeading");
    assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getStyle()).isEqualTo("TableText");
    assertThat(doc.getStyles().getStyle("TableHeading").getCTStyle().getRPr().xmlText())
        .contains("<w:b");
    assertThat(table.getRow(1).getCell(1).getParagraphs())
        .extracting(XWPFParagraph::getText)
        .containsExactly(
            "Strengthening military alliance with USA",
            "Seeking military assistance package for Ukraine");
    assertThat(SampleDocuments.HOSTILE)
        .isEqualTo(table.getRow(3).getCell(2).getParagraphs().get(1).getText());
    // The caption comes right before the table, in the Caption style.
    List<IBodyElement> body = doc.getBodyElements();
    int at = body.indexOf(table);
    assertThat(((XWPFParagraph) body.get(at - 1)).getStyle()).isEqualTo("Caption");
  }

  @Test
  void polishRunsCarryPlPlAndEnglishRunsEnGb() {
    XWPFDocument pl = Docx.open(SampleDocuments.polish());
    Set<String> english =
        Set.of(
            "small state",
            "English summary",
            "English",
            "Summary",
            "Small states can contribute to regional security.",
            "Keywords: small state, security, diplomacy",
            "Lithuania | Vilnius");
    List<XWPFRun> runs = textRuns(pl);
    assertThat(runs).extracting(XWPFRun::text).contains("small state", "Ustalenia");
    for (XWPFRun r : runs) {
      assertThat(r.getLang())
          .as("run \"%s\"", r.text())
          .isEqualTo(english.contains(r.text()) ? "en-GB" : "pl-PL");
    }
    XWPFDocument en = Docx.open(SampleDocuments.english());
    assertThat(run(en, "małe państwo").getLang()).isEqualTo("pl-PL");
    assertThat(run(en, "Małe państwa mogą przyczyniać się do bezpieczeństwa regionu.").getLang())
        .isEqualTo("pl-PL");
    assertThat(run(en, "Słowa kluczowe: małe państwo, bezpieczeństwo, dyplomacja").getLang())
        .isEqualTo("pl-PL");
    assertThat(run(en, "Keywords: small state, security, diplomacy").getLang()).isEqualTo("en-GB");
    assertThat(run(en, "Findings").getLang()).isEqualTo("en-GB");
    assertThat(run(en, "Polski").getLang()).isEqualTo("pl-PL");
  }

  @Test
  void aPolishSubtitleUnderAnEnglishTitleIsAPolishRunWithItsNoBreakSpaces() {
    XWPFDocument doc = Docx.open(SampleDocuments.parallel());
    assertThat(run(doc, "Lithuania’s “small state” strategy").getLang()).isEqualTo("en-GB");
    XWPFRun subtitle = run(doc, "Strategia Litwy z\u00a024\u00a0lutego\u00a02022\u00a0r.");
    assertThat(subtitle.getLang()).isEqualTo("pl-PL");
  }

  @Test
  void otherLanguagesGetTheirUsualCountry() {
    Document d =
        new Document(
            Meta.builder("x", "Titel", Language.of("de")).build(),
            List.of(
                new Block.Paragraph(
                    List.of(
                        new Inline.Text("Guten Tag. "),
                        new Inline.LangSpan(
                            Language.of("lt"), List.of(new Inline.Text("Labas.")))))));
    XWPFDocument doc = Docx.open(d);
    assertThat(run(doc, "Guten Tag. ").getLang()).isEqualTo("de-DE");
    assertThat(run(doc, "Labas.").getLang()).isEqualTo("lt-LT");
  }

  @Test
  void footnotesAreWordFootnotes() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    List<String> notes = new ArrayList<>();
    for (XWPFFootnote f : doc.getFootnotes()) {
      StringBuilder b = new StringBuilder();
      f.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
      notes.add(b.toString());
    }
    assertThat(notes)
        .anyMatch(
            n -> n.contains("The Baltic region means the Baltic Sea and the states around it."))
        .anyMatch(n -> n.contains(SampleDocuments.HOSTILE))
        .anyMatch(n -> n.contains("Cf. Statista Research Department (2022)."));
    String body = doc.getDocument().xmlText();
    assertThat(body).contains("footnoteReference");
    // The note block itself is not printed a second time in the body.
    assertThat(body).doesNotContain("The Baltic region means the Baltic Sea");
  }

  @Test
  void citationsLinkToTheReferenceEntryAndArePlainWithoutOne() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    Set<String> bookmarks = new HashSet<>();
    List<CTHyperlink> links = new ArrayList<>();
    for (XWPFParagraph p : Docx.paragraphs(doc)) {
      for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
        assertThat(bookmarks.add(b.getName())).as("unique bookmark %s", b.getName()).isTrue();
        assertThat(b.getName()).matches("[A-Za-z][A-Za-z0-9_]{0,39}");
      }
      links.addAll(p.getCTP().getHyperlinkList());
    }
    List<String> citationAnchors =
        links.stream()
            .filter(h -> h.getAnchor() != null)
            .filter(h -> h.xmlText().contains("Sturm, 2022: 867"))
            .map(CTHyperlink::getAnchor)
            .toList();
    assertThat(citationAnchors).hasSize(2).allMatch(bookmarks::contains);
    XWPFParagraph entry = Docx.paragraph(doc, "Sturm (2022).");
    assertThat(entry.getCTP().getBookmarkStartList())
        .extracting(CTBookmark::getName)
        .containsExactly(citationAnchors.get(0));
    for (CTHyperlink h : links) {
      if (h.getAnchor() != null) {
        assertThat(bookmarks).as("link target").contains(h.getAnchor());
      }
    }

    Document plain =
        new Document(
            Meta.builder("x", "T", Language.EN).build(),
            List.of(
                new Block.Paragraph(
                    List.of(
                        Inline.Citation.of(
                            new Inline.Cite("Sturm, 2022", "sturm2022", Optional.empty()))))));
    XWPFDocument p = Docx.open(plain);
    XWPFParagraph para = Docx.paragraph(p, "(Sturm, 2022)");
    assertThat(para.getCTP().getHyperlinkList()).isEmpty();
  }

  @Test
  void chartIsAPictureWithItsAltTextAndItsNumbersATable() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    List<String> descriptions = new ArrayList<>();
    for (XWPFParagraph p : Docx.paragraphs(doc)) {
      for (XWPFRun r : p.getRuns()) {
        for (XWPFPicture pic : r.getEmbeddedPictures()) {
          descriptions.add(pic.getDescription());
        }
      }
    }
    assertThat(descriptions)
        .containsExactly(
            "Bar chart: Slovakia 78.4%, Lithuania 68.8%, Poland 67.5%, Finland 66.8%.",
            "A map of the Baltic Sea region.");
    assertThat(doc.getDocument().xmlText())
        .contains("descr=\"Bar chart: Slovakia 78.4%")
        .contains("descr=\"A map of the Baltic Sea region.\"");
    XWPFTable data =
        doc.getTables().stream()
            .filter(t -> t.getRow(0).getCell(0).getText().equals("Item"))
            .findFirst()
            .orElseThrow();
    assertThat(data.getRow(0).getCell(1).getText()).isEqualTo("Value (%)");
    assertThat(data.getRow(1).getCell(0).getText()).isEqualTo("Slovakia");
    assertThat(data.getRow(1).getCell(1).getText()).isEqualTo("78.4");
    assertThat(data.getRow(0).isRepeatHeader()).isTrue();
    assertThat(doc.getAllPictures()).hasSize(2);
    assertThat(doc.getAllPictures().get(1).getData()).isEqualTo(SampleDocuments.ONE_PIXEL_PNG);
  }

  @Test
  void lineChartsWithSeveralSeriesAndNegativeValuesDraw() {
    Block.Chart chart =
        new Block.Chart(
            Block.ChartKind.LINE,
            "%",
            List.of("2019", "2020", "2021"),
            List.of(
                new Block.Series("Exports", values("1.5", "-2.25", "3")),
                new Block.Series("Imports", values("-0.5", null, "2"))),
            List.of(false, true, false));
    Document d =
        new Document(
            Meta.builder("x", "T", Language.PL).build(),
            List.of(
                new Block.Figure(
                    "f",
                    List.of(new Inline.Text("Rysunek 1")),
                    chart,
                    "Wykres liniowy.",
                    List.of())));
    XWPFDocument doc = Docx.open(d);
    assertThat(doc.getAllPictures()).hasSize(1);
    XWPFTable data = doc.getTables().get(0);
    assertThat(data.getRow(0).getCell(1).getText()).isEqualTo("Exports (%)");
    assertThat(data.getRow(0).getCell(2).getText()).isEqualTo("Imports (%)");
    assertThat(data.getRow(2).getCell(1).getText()).isEqualTo("-2.25");
  }

  private static List<Block.Value> values(String... numbers) {
    List<Block.Value> list = new ArrayList<>();
    for (String n : numbers) {
      list.add(n == null ? new Block.Value(null, "") : new Block.Value(new BigDecimal(n), n));
    }
    return list;
  }

  @Test
  void markingInHeaderAndFooterWithPageNumbers() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    assertThat(doc.getHeaderList()).hasSize(1);
    assertThat(doc.getHeaderList().get(0).getText()).contains("TLP:AMBER+STRICT");
    String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
    assertThat(footer).contains("TLP:AMBER+STRICT").contains(" PAGE ").contains(" NUMPAGES ");
    assertThat(footer).contains("Page ").contains(" of ");
    // TLP colours: amber text on black.
    assertThat(footer).contains("FFC000").contains("000000");
    assertThat(Docx.open(SampleDocuments.polish()).getFooterList().get(0)._getHdrFtr().xmlText())
        .contains("Strona ");
  }

  @Test
  void partsAreSectionsStartingOnANewPage() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    List<CTSectPr> breaks = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      CTP ctp = p.getCTP();
      if (ctp.isSetPPr() && ctp.getPPr().isSetSectPr()) {
        breaks.add(ctp.getPPr().getSectPr());
      }
    }
    assertThat(breaks).hasSize(1);
    assertThat(breaks.get(0).getType().getVal()).isEqualTo(STSectionMark.NEXT_PAGE);
    assertThat(breaks.get(0).getHeaderReferenceList()).isNotEmpty();
    assertThat(breaks.get(0).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
  }

  @Test
  void parallelBlocksAreTwoColumnsAndWideBlocksGoFullWidth() {
    Block.Table table = SampleDocuments.summaryTable(Language.EN);
    Block.Table tablePl = SampleDocuments.summaryTable(Language.PL);
    Document d =
        new Document(
            Meta.builder("x", "T", Language.EN).secondLanguage(Optional.of(Language.PL)).build(),
            List.of(
                new Block.Parallel(
                    Language.EN,
                    Language.PL,
                    List.of(
                        new Block.ParallelRow(List.of(para("One.")), List.of(para("Jeden."))),
                        new Block.ParallelRow(List.of(table), List.of(tablePl)),
                        new Block.ParallelRow(List.of(para("Two.")), List.of(para("Dwa.")))))));
    XWPFDocument doc = Docx.open(d);
    List<XWPFTable> tables = doc.getTables();
    assertThat(tables).hasSize(4);
    assertThat(tables.get(0).getRow(0).getCell(0).getText()).isEqualTo("English");
    assertThat(tables.get(0).getRow(0).getCell(1).getText()).isEqualTo("Polski");
    assertThat(tables.get(0).getRow(1).getCell(1).getText()).isEqualTo("Jeden.");
    assertThat(tables.get(1).getRow(0).getCell(0).getText()).isEqualTo("Country/organisation");
    assertThat(tables.get(2).getRow(0).getCell(0).getText()).isEqualTo("Kraj/organizacja");
    assertThat(tables.get(3).getRow(1).getCell(0).getText()).isEqualTo("Two.");
    for (XWPFTableRow r : tables.get(2).getRows()) {
      r.getTableCells()
          .forEach(
              c ->
                  c.getParagraphs()
                      .forEach(
                          p ->
                              p.getRuns()
                                  .forEach(run -> assertThat(run.getLang()).isEqualTo("pl-PL"))));
    }
  }

  @Test
  void rebuildsAreByteIdenticalWithEntryTimesFromTheCreationTime() throws IOException {
    byte[] first = Docx.render(SampleDocuments.english());
    byte[] second = Docx.render(SampleDocuments.english());
    assertThat(second).isEqualTo(first);
    LocalDateTime expected = LocalDateTime.ofInstant(SampleDocuments.CREATED, ZoneOffset.UTC);
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(expected);
      }
    }
    assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
    XWPFDocument doc = Docx.read(first);
    assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant())
        .isEqualTo(SampleDocuments.CREATED);
    assertThat(doc.getProperties().getCoreProperties().getModified().toInstant())
        .isEqualTo(SampleDocuments.CREATED);
    assertThat(doc.getProperties().getCoreProperties().getTitle())
        .isEqualTo("The Role of Small States in Promoting International Security");

    Document later =
        new Document(
            SampleDocuments.english().meta().toBuilder()
                .created(Instant.parse("2030-06-01T12:00:00Z"))
                .build(),
            SampleDocuments.english().blocks());
    assertThat(Docx.render(later)).isNotEqualTo(first);
  }

  @Test
  void textAWordDocumentCannotHoldIsUnsupportedContent() {
    Document d =
        new Document(
            Meta.builder("x", "T", Language.EN).build(), List.of(para("bell \u0007 character")));
    assertThatThrownBy(() -> Docx.render(d))
        .isInstanceOf(UnsupportedContentException.class)
        .hasMessageContaining("U+0007");
  }

  @Test
  void aPictureThatIsNotAReadablePngIsUnsupportedContent() {
    for (String type : List.of("image/png", "image/jpeg", "application/pdf")) {
      Document d =
          new Document(
              Meta.builder("x", "T", Language.EN).build(),
              List.of(
                  new Block.Image(
                      "i",
                      List.of(),
                      "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                      type,
                      "alt",
                      List.of())));
      assertThatThrownBy(() -> Docx.render(d)).isInstanceOf(UnsupportedContentException.class);
    }
  }

  @Test
  void hostileTextIsKeptAsText() {
    XWPFDocument doc = Docx.open(SampleDocuments.english());
    assertThat(Docx.paragraphs(doc)).anyMatch(p -> p.getText().equals(SampleDocuments.HOSTILE));
    assertThat(Docx.paragraph(doc, "Lithuania Strategy & {more} $ %").getStyle())
        .isEqualTo("Subtitle");
  }

  private static Block.Paragraph para(String text) {
    return new Block.Paragraph(List.of(new Inline.Text(text)));
  }

  private static List<XWPFRun> textRuns(XWPFDocument doc) {
    List<XWPFRun> runs = new ArrayList<>();
    for (XWPFParagraph p : Docx.paragraphs(doc)) {
      for (XWPFRun r : p.getRuns()) {
        if (!r.text().isBlank()) {
          runs.add(r);
        }
      }
    }
    return runs;
  }

  private static XWPFRun run(XWPFDocument doc, String text) {
    return textRuns(doc).stream()
        .filter(r -> r.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no run \"" + text + "\""));
  }
}
