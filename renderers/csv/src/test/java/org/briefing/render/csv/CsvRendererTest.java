package org.briefing.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.render.Formats;
import org.briefing.render.GoldenFiles;
import org.briefing.render.RendererProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRendererTest {
  private static final CsvRenderer RENDERER = CsvRenderer.builder().build();

  /** The table's rows alone, for tests of one field. */
  private static final CsvRenderer GRID = CsvRenderer.builder().gridOnly(true).build();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          plain          | plain
          a,b            | "a,b"
          ''             | '""'
          ' lead space'  | '" lead space"'
          ą ė ž ł        | ą ė ž ł
          """)
  void quotesOnlyWhatRfc4180Requires(String value, String field) {
    assertThat(field(GRID, value)).isEqualTo(field);
  }

  @Test
  void doublesQuotes() {
    assertThat(field(GRID, "say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(field(GRID, "\"")).isEqualTo("\"\"\"\"");
  }

  @Test
  void quotesLineEnds() {
    assertThat(field(GRID, "a\nb")).isEqualTo("\"a\nb\"");
  }

  /** OWASP: a cell a spreadsheet would run as a formula is written as text ('=...). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '»',
      quoteCharacter = '`',
      textBlock =
          """
          =HYPERLINK("http://x";"y")   » "'=HYPERLINK(""http://x"";""y"")"
          +cmd|' /C calc'!A0           » '+cmd|' /C calc'!A0
          @SUM(A1)                     » '@SUM(A1)
          -2+3                         » '-2+3
          =HYPERLINK(„x”)              » '=HYPERLINK(„x”)
          ＝1+1                         » '＝1+1
          -12.5                        » -12.5
          +3 %                         » +3 %
          a = b                        » a = b
          """)
  void neutralisesFormulas(String value, String field) {
    assertThat(field(GRID, value)).isEqualTo(field);
    String off =
        field(CsvRenderer.builder().neutraliseFormulas(false).gridOnly(true).build(), value);
    assertThat(off).doesNotStartWith("'").doesNotStartWith("\"'");
  }

  @Test
  void neutralisesTabAndCarriageReturnLeads() {
    assertThat(field(GRID, "\t=1")).isEqualTo("'\t=1");
    assertThat(field(GRID, "\r=1")).isEqualTo("\"'\r=1\"");
  }

  @Test
  void warnsWhenTablesAreLeftOutNamingTheDocumentsIdsWhenItKnowsNoCorpusIds() throws Exception {
    Block.Table one =
        new Block.Table("table-1", List.of(), List.of(row("a")), List.of(), List.of());
    Block.Table two =
        new Block.Table("table-2", List.of(), List.of(row("b")), List.of(), List.of());
    var meta = SampleDocuments.english().meta();
    var out = new java.io.ByteArrayOutputStream();

    var report = RENDERER.renderReporting(new Document(meta, List.of(one, two)), out);
    assertThat(report.warnings())
        .singleElement()
        .asString()
        .contains("only the first table (table-1)")
        .contains("(table-2)")
        .contains(
            "each table's id is listed by: ./briefing list tables; and one table (its id for ID)"
                + " is written by: ./briefing table ID -f csv");
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("TLP:AMBER+STRICT\r\n\"\"\r\na\r\n");
  }

  @Test
  void warnsOfTablesLeftOutByTheIdsBriefingTableTakesInTheBriefingsLanguage() throws Exception {
    Block.Table one =
        new Block.Table("table-1", List.of(), List.of(row("a")), List.of(), List.of());
    Block.Table two =
        new Block.Table("table-2", List.of(), List.of(row("b")), List.of(), List.of());
    Block.Table three =
        new Block.Table("table-3", List.of(), List.of(row("c")), List.of(), List.of());
    var ids =
        new java.util.LinkedHashMap<>(
            java.util.Map.of("table-1", "ownership", "table-2", "top-holders"));
    var english =
        SampleDocuments.english().meta().toBuilder()
            .secondLanguage(java.util.Optional.empty())
            .tableIds(ids)
            .build();

    assertThat(warnings(new Document(english, List.of(one, two))))
        .containsExactly(
            "the CSV holds only the first table (ownership); left out: 1 other table"
                + " (top-holders); to write it: ./briefing table top-holders -f csv");

    ids.put("table-3", "debt");
    var polish = english.toBuilder().language(org.briefing.i18n.Language.PL).tableIds(ids).build();
    assertThat(warnings(new Document(polish, List.of(one, two, three))))
        .containsExactly(
            "the CSV holds only the first table (ownership); left out: 2 other tables"
                + " (top-holders, debt); to write them: ./briefing table top-holders -l pl -f csv;"
                + " ./briefing table debt -l pl -f csv");
  }

  @Test
  void aBilingualBriefingsCsvSaysItsSecondLanguagesCopyIsLeftOutAndHowToWriteIt() throws Exception {
    Block.Table one =
        new Block.Table("table-1", List.of(), List.of(row("a")), List.of(), List.of());
    Block.Table onePl =
        new Block.Table("table-1-pl", List.of(), List.of(row("a")), List.of(), List.of());
    Block.Table two =
        new Block.Table("table-2", List.of(), List.of(row("b")), List.of(), List.of());
    Block.Table twoPl =
        new Block.Table("table-2-pl", List.of(), List.of(row("b")), List.of(), List.of());
    var bilingual =
        SampleDocuments.english().meta().toBuilder()
            .secondLanguage(java.util.Optional.of(org.briefing.i18n.Language.PL))
            .tableIds(
                java.util.Map.of(
                    "table-1", "ownership",
                    "table-1-pl", "ownership",
                    "table-2", "top-holders",
                    "table-2-pl", "top-holders"))
            .build();

    assertThat(warnings(new Document(bilingual, List.of(one, onePl))))
        .containsExactly(
            "the CSV holds only the first table (ownership), in English; left out: its Polish"
                + " copy; to write it: ./briefing table ownership -l pl -f csv");
    assertThat(warnings(new Document(bilingual, List.of(one, onePl, two, twoPl))))
        .containsExactly(
            "the CSV holds only the first table (ownership), in English; left out: its Polish"
                + " copy and 1 other table (top-holders) in both languages; to write them:"
                + " ./briefing table ownership -l pl -f csv; ./briefing table top-holders -f csv;"
                + " ./briefing table top-holders -l pl -f csv");
  }

  /**
   * A briefing made from a corpus in a folder: 'briefing table' reads the built-in corpus unless
   * told, so each command names the folder (quoted for the shell), or it fails with "unknown
   * table".
   */
  @Test
  void theCommandsNameACorpusReadFromAFolderQuotedForTheShell() throws Exception {
    Block.Table one =
        new Block.Table("table-1", List.of(), List.of(row("a")), List.of(), List.of());
    Block.Table onePl =
        new Block.Table("table-1-pl", List.of(), List.of(row("a")), List.of(), List.of());
    var meta =
        SampleDocuments.english().meta().toBuilder()
            .secondLanguage(java.util.Optional.of(org.briefing.i18n.Language.PL))
            .tableIds(java.util.Map.of("table-1", "ownership", "table-1-pl", "ownership"))
            .corpusFolder(java.util.Optional.of("papers/crs debt/corpus"))
            .build();

    assertThat(warnings(new Document(meta, List.of(one, onePl))))
        .containsExactly(
            "the CSV holds only the first table (ownership), in English; left out: its Polish"
                + " copy; to write it: ./briefing table ownership -l pl -f csv --corpus"
                + " 'papers/crs debt/corpus'");

    Block.Table loose = new Block.Table("t", List.of(), List.of(row("b")), List.of(), List.of());
    var unnamed = meta.toBuilder().corpusFolder(java.util.Optional.of("-x/corpus")).build();
    assertThat(warnings(new Document(unnamed, List.of(one, loose))))
        .singleElement()
        .asString()
        .endsWith(
            "each table's id is listed by: ./briefing list tables --corpus ./-x/corpus; and one"
                + " table (its id for ID) is written by: ./briefing table ID -f csv --corpus"
                + " ./-x/corpus");
  }

  private static List<String> warnings(Document d) throws Exception {
    return RENDERER.renderReporting(d, new java.io.ByteArrayOutputStream()).warnings();
  }

  /** A one-cell table written by {@code r}, without its record separator. */
  private static String field(CsvRenderer r, String value) {
    Block.Table t = new Block.Table("t", List.of(), List.of(row(value)), List.of(), List.of());
    Document d = new Document(SampleDocuments.english().meta(), List.of(t));
    String csv = r.renderToString(d);
    assertThat(csv).endsWith("\r\n");
    return csv.substring(0, csv.length() - 2);
  }

  @Test
  void oneRecordPerRowWithCrlfAndMultiParagraphCellsJoinedByLf() {
    String csv = GRID.renderToString(SampleDocuments.english());
    assertThat(csv).startsWith("Country/organisation,Priorities,Effects\r\n");
    assertThat(csv.split("\r\n", -1)).hasSize(6).endsWith("");
    assertThat(csv)
        .contains(
            "US,\"Strengthening military alliance with USA\nSeeking military assistance package"
                + " for Ukraine\",");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
  }

  @Test
  void everyCellReadsBack() {
    Block.Table table = SampleDocuments.summaryTable(Language.EN);
    List<List<String>> records = parse(GRID.renderToString(SampleDocuments.english()));
    assertThat(records).hasSize(1 + table.body().size());
    assertThat(records).allSatisfy(r -> assertThat(r).hasSize(3));
    assertThat(records.get(3).get(2))
        .isEqualTo(
            "December/November: pressure on Hungary to unblock EU decision on €18 billion support"
                + " for Ukraine\n"
                + SampleDocuments.HOSTILE);
    assertThat(records.get(4).get(2)).endsWith("(GDP) aid to Ukraine*");
  }

  @Test
  void polishTableIsUtf8WithoutBomByDefault() throws IOException {
    byte[] bytes = bytes(RENDERER, SampleDocuments.tableOnly(Language.PL));
    assertThat(bytes[0]).isEqualTo((byte) 'T');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Grudzień/listopad");
  }

  @Test
  void byteOrderMarkOnRequest() throws IOException {
    byte[] bytes =
        bytes(
            CsvRenderer.builder().byteOrderMark(true).build(),
            SampleDocuments.tableOnly(Language.PL));
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .startsWith("Tabela 1.");
  }

  @Test
  void padsShortRows() {
    Block.Table t =
        new Block.Table(
            "t",
            List.of(),
            List.of(row("a", "b", "c")),
            List.of(row("1"), row("1", "2")),
            List.of());
    Document d = new Document(SampleDocuments.english().meta(), List.of(t));
    assertThat(GRID.renderToString(d)).isEqualTo("a,b,c\r\n1,,\r\n1,2,\r\n");
  }

  @Test
  void aDocumentWithoutATableIsWrittenAsRowsOfItsText() throws Exception {
    Document d =
        new Document(
            SampleDocuments.english().meta(),
            List.of(
                new Block.Heading(2, "kp", List.of(new Inline.Text("Key points"))),
                new Block.Paragraph(List.of(new Inline.Text("no table"))),
                new Block.ListBlock(
                    false,
                    List.of(
                        List.of(new Block.Paragraph(List.of(new Inline.Text("one, two")))),
                        List.of(new Block.Paragraph(List.of(new Inline.Text("=SUM(A1)"))))))));
    assertThat(RENDERER.renderToString(d))
        .isEqualTo(
            "TLP:AMBER+STRICT,\r\n"
                + "\"\",\r\n"
                + "Section,Text\r\n"
                + "Key points,no table\r\n"
                + "Key points,\"one, two\"\r\n"
                + "Key points,'=SUM(A1)\r\n");
    assertThat(RENDERER.renderReporting(d, new ByteArrayOutputStream()).warnings()).isEmpty();
  }

  /**
   * A figure in a briefing without a table is a section of its own: its caption the section, a row
   * per category with its value and unit, then its source. Its caption was filed under the section
   * before it and its values were lost.
   */
  @Test
  void aFiguresValuesAreRowsOfItsOwnSection() throws Exception {
    Block.Figure figure =
        new Block.Figure(
            "f",
            List.of(new Inline.Text("Figure 1. Oil share")),
            new Block.Chart(
                Block.ChartKind.BAR,
                "%",
                List.of("Lithuania", "Poland"),
                List.of(
                    new Block.Series(
                        "Share",
                        List.of(
                            new Block.Value(new java.math.BigDecimal("78.4"), "78.4"),
                            new Block.Value(new java.math.BigDecimal("5.6"), "5.6")))),
                List.of(false, false)),
            "Oil share by country",
            List.of(new Inline.Text("Source: Eurostat.")));
    Document d =
        new Document(
            SampleDocuments.english().meta(),
            List.of(
                new Block.Heading(2, "kp", List.of(new Inline.Text("Key points"))),
                new Block.Paragraph(List.of(new Inline.Text("text"))),
                figure));
    assertThat(RENDERER.renderToString(d))
        .endsWith(
            "Key points,text\r\n"
                + "Figure 1. Oil share,Lithuania: 78.4%\r\n"
                + "Figure 1. Oil share,Poland: 5.6%\r\n"
                + "Figure 1. Oil share,Source: Eurostat.\r\n");
  }

  /**
   * Audit: the table's CSV dropped its title, its notes and its source line, and with them the mark
   * of a draft translation. They come around the table, each in a record of its own, set apart by
   * empty records; every record has the table's width, and every field is guarded.
   */
  @Test
  void titleTableNotesAndSourceEachInTheirOwnRecords() {
    List<List<String>> en = parse(RENDERER.renderToString(SampleDocuments.tableOnly(Language.EN)));
    assertThat(en).allSatisfy(r -> assertThat(r).hasSize(3));
    assertThat(en.get(0).get(0))
        .startsWith("Table 1. Summary of achievements in Lithuania’s multi-vector");
    assertThat(en.get(1)).containsOnly("");
    assertThat(en.get(2)).containsExactly("Country/organisation", "Priorities", "Effects");
    int blank = en.subList(3, en.size()).indexOf(List.of("", "", "")) + 3;
    assertThat(blank).isEqualTo(3 + SampleDocuments.summaryTable(Language.EN).body().size());
    List<String> notes = en.subList(blank + 1, en.size()).stream().map(r -> r.get(0)).toList();
    assertThat(notes)
        .contains(
            "* Cf. Statista Research Department (2022),"
                + " https://www.statista.com/statistics/1303450/bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/.",
            "Source: Author’s own study.");
  }

  /**
   * Audit: {@code briefing table -l pl -f csv} did not mark draft translations, which every other
   * format marks: the table's mark (at its title) and a cell's mark are in brackets, in the cell's
   * language, and the note saying so is a record.
   */
  @Test
  void draftTranslationsAreMarkedAtTheTitleAndInTheCells() {
    Block.Table t =
        new Block.Table(
            "t",
            List.of(new Inline.Text("Tabela 1. "), new Inline.Badge("draft-translation")),
            List.of(row("Kraj", "Priorytety")),
            List.of(
                new Block.Row(
                    List.of(
                        new Block.Cell(
                            false, List.of(new Block.Paragraph(List.of(new Inline.Text("USA"))))),
                        new Block.Cell(
                            false,
                            List.of(
                                new Block.Paragraph(
                                    List.of(
                                        new Inline.Text("Wzmacnianie sojuszu "),
                                        new Inline.Badge("draft-translation")))))))),
            List.of(
                new Block.Paragraph(
                    List.of(
                        new Inline.Text(
                            "Tekst tej tabeli to projekt tłumaczenia, jeszcze niesprawdzony.")))));
    Document d = new Document(SampleDocuments.tableOnly(Language.PL).meta(), List.of(t));
    assertThat(parse(RENDERER.renderToString(d)))
        .containsExactly(
            List.of("Tabela 1. [projekt tłumaczenia]", ""),
            List.of("", ""),
            List.of("Kraj", "Priorytety"),
            List.of("USA", "Wzmacnianie sojuszu [projekt tłumaczenia]"),
            List.of("", ""),
            List.of("Tekst tej tabeli to projekt tłumaczenia, jeszcze niesprawdzony.", ""));
  }

  /** Audit: a briefing marked TLP:AMBER gave a CSV with no marking anywhere. */
  @Test
  void theSharingMarkingIsTheFirstRecord() {
    List<List<String>> records = parse(RENDERER.renderToString(SampleDocuments.english()));
    assertThat(records.get(0)).containsExactly("TLP:AMBER+STRICT", "", "");
    assertThat(GRID.renderToString(SampleDocuments.english())).doesNotContain("TLP");
  }

  /** The title and the notes go through the formula guard like every cell. */
  @Test
  void titleAndNotesAreGuardedToo() {
    Block.Table t =
        new Block.Table(
            "t",
            List.of(new Inline.Text("=HYPERLINK(\"http://x\")")),
            List.of(row("a", "b")),
            List.of(row("1", "2")),
            List.of(new Block.Paragraph(List.of(new Inline.Text("@SUM(A1)")))));
    Document d = new Document(SampleDocuments.tableOnly(Language.EN).meta(), List.of(t));
    assertThat(RENDERER.renderToString(d))
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://x\"\")\",\r\n"
                + "\"\",\r\n"
                + "a,b\r\n"
                + "1,2\r\n"
                + "\"\",\r\n"
                + "'@SUM(A1),\r\n");
  }

  @Test
  void isRegisteredAsCsv() {
    assertThat(Formats.installed().provider("csv").map(RendererProvider::create))
        .get()
        .satisfies(r -> assertThat(r.extension()).isEqualTo("csv"));
  }

  @Test
  void goldenFiles() throws IOException {
    GoldenFiles.check("sample-en.csv", bytes(RENDERER, SampleDocuments.english()));
    GoldenFiles.check("table-pl.csv", bytes(RENDERER, SampleDocuments.tableOnly(Language.PL)));
  }

  private static Block.Row row(String... cells) {
    return new Block.Row(
        Arrays.stream(cells)
            .map(
                c ->
                    new Block.Cell(
                        false, List.of(new Block.Paragraph(List.of(new Inline.Text(c))))))
            .toList());
  }

  private static byte[] bytes(CsvRenderer r, Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.render(d, out);
    return out.toByteArray();
  }

  /** A strict RFC 4180 reader, to read the output back. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i++);
          if (q == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && csv.startsWith("\r\n", i)) {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else {
        assertThat(c).as("bare quote or line end at %d", i).isNotIn('"', '\r', '\n');
        field.append(c);
        i++;
      }
    }
    assertThat(record).as("last record ends with CRLF").isEmpty();
    return records;
  }
}
