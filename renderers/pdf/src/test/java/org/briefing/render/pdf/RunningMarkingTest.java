package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.briefing.render.html.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The sharing marking as TLP 2.0 asks: right-justified in the head and the foot of every page, in
 * 12-point type or larger (a free text over 40 characters at 9 pt, never smaller), a TLP label in
 * its colour on black; beside the running title and the page number, never over them or the page's
 * content, and drawn as artifacts (a screen reader reads the marking once, in the title block).
 * Read back with PDFBox ({@link RunningMarking}).
 */
class RunningMarkingTest {
  /** The right edge of the text column: the page less its 18 mm side margin. */
  private static final float SIDE = 18f / 25.4f * 72f;

  private static final int BLACK = 0x000000;
  private static final int WHITE = 0xFFFFFF;

  /** What a marking must look like on a page. */
  private record Expected(String text, float minSize, float maxSize, int colour, int background) {}

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"long-table", "long-table-letter"})
  void aTlpLabelStandsAt12PointRightInTheHeadAndFootOfEveryPageInItsColoursOnBlack(String name)
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfRendererTest.rendered(name))) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      checkEveryPage(pdf, new Expected("TLP:RED", 12f, 12f, 0xFF2B2B, BLACK), "Long table", "Page");
      // The running copies are artifacts: the tagged text holds the marking once, in the title
      // block.
      assertThat(TaggedText.of(pdf).split("TLP:RED", -1)).hasSize(2);
    }
  }

  /** Every example briefing with a marking (the notes of both papers). */
  static Stream<Arguments> markedExamples() throws IOException {
    List<Arguments> marked =
        ExampleBriefingsPdfTest.documents()
            .filter(a -> ((Document) a.get()[1]).meta().marking().isPresent())
            .toList();
    assertThat(marked).as("example briefings with a marking").hasSizeGreaterThan(2);
    return marked.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markedExamples")
  void everyExampleWithAMarkingCarriesItSoOnEveryPage(String name, Document document)
      throws IOException {
    Marking marking = document.meta().marking().orElseThrow();
    String text = marking.tlp().map(Marking.Tlp::label).orElse(marking.text());
    float size = text.length() <= 40 ? 12f : 9f;
    Expected expected =
        marking
            .tlp()
            .map(
                t ->
                    new Expected(
                        text, size, size, Integer.parseInt(t.colour().substring(1), 16), BLACK))
            .orElse(new Expected(text, size, size, 0x1A1A1A, WHITE));
    try (PDDocument pdf = Loader.loadPDF(ExampleBriefingsPdfTest.render(name, document))) {
      checkEveryPage(
          pdf,
          expected,
          document.meta().title().split(" ")[0],
          document.meta().language() == Language.PL ? "Strona" : "Page");
    }
  }

  @Test
  void aShortFreeTextStandsAt12PointBlackOnWhite() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfRendererTest.rendered("polish"))) {
      checkEveryPage(
          pdf,
          new Expected("Do użytku wewnętrznego", 12f, 12f, 0x1A1A1A, WHITE),
          "Małe państwa",
          "Strona");
    }
  }

  @Test
  void aLongFreeTextStandsAt9PointOnLinesOfItsOwnInMarginsThatHoldIt() throws Exception {
    String text =
        "Prepared for the ministry's working group; not for publication or for forwarding"
            + " outside the group without the author's consent. Draft of 3 June; figures to be"
            + " checked.";
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      blocks.add(new Block.Heading(2, "h" + i, List.of(new Inline.Text("Section " + i))));
      blocks.add(
          new Block.Paragraph(
              List.of(
                  new Inline.Text(
                      "Small states build their security through alliances and trade. ".repeat(6)
                          + "Paragraph "
                          + i
                          + "."))));
    }
    Document document =
        new Document(
            Fixtures.meta(
                Language.EN,
                "A briefing with a long marking",
                Optional.empty(),
                Optional.of(new Marking(text, Optional.empty())),
                Optional.empty(),
                PageSize.A4),
            blocks);
    byte[] bytes = PdfRendererTest.render(document);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      List<List<RunningMarking.Glyph>> lines =
          checkEveryPage(
              pdf,
              new Expected(text, 9f, 9f, 0x1A1A1A, WHITE),
              "A briefing with a long marking",
              "Page");
      assertThat(lines).as("lines of the marking in the head of page 1").hasSizeGreaterThan(1);
    }
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1)) {
      assertThat(VeraPdf.failedRules(bytes, flavour)).as("veraPDF %s", flavour).isEmpty();
    }
  }

  @Test
  void aHostileMarkingIsPrintedAsItsText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfRendererTest.rendered("hostile"))) {
      checkEveryPage(
          pdf,
          new Expected("Marking " + Fixtures.HOSTILE, 9f, 9f, 0x1A1A1A, WHITE),
          "Title <script>",
          "Page");
    }
  }

  /**
   * Checks the marking on every page, and that the title (its first words given) stands in the head
   * and the page number (its label, such as "Page") in the foot, left of it; returns the lines of
   * the marking in page 1's head.
   */
  private static List<List<RunningMarking.Glyph>> checkEveryPage(
      PDDocument pdf, Expected expected, String titleStart, String pageWord) throws IOException {
    List<List<RunningMarking.Glyph>> firstHead = null;
    int pages = pdf.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      RunningMarking.Page page = RunningMarking.read(pdf, i);
      String where = "page " + (i + 1) + " of " + pages;
      List<RunningMarking.Glyph> head = one(page.find(expected.text(), true), "head of " + where);
      List<List<RunningMarking.Glyph>> headLines = check(page, head, expected, "head of " + where);
      List<RunningMarking.Glyph> foot = one(page.find(expected.text(), false), "foot of " + where);
      check(page, foot, expected, "foot of " + where);
      if (firstHead == null) {
        firstHead = headLines;
      }
      // Clear of the content: above its first line, below its last.
      float contentTop = page.tagged().stream().map(g -> g.top()).min(Float::compare).orElseThrow();
      float contentBottom =
          page.tagged().stream().map(g -> g.bottom()).max(Float::compare).orElseThrow();
      assertThat(head.stream().map(g -> g.bottom()).max(Float::compare).orElseThrow())
          .as("foot of the marking in the head of %s, above the content", where)
          .isLessThan(contentTop);
      assertThat(foot.stream().map(g -> g.top()).min(Float::compare).orElseThrow())
          .as("top of the marking in the foot of %s, below the content", where)
          .isGreaterThan(contentBottom);
      // Beside the running title and the page number, not over them.
      List<RunningMarking.Glyph> title = one(page.find(titleStart, true), "title in " + where);
      List<RunningMarking.Glyph> number =
          one(page.find(pageWord, false), "page number in " + where);
      assertThat(right(title)).as("title's right in %s", where).isLessThan(left(head));
      assertThat(right(number)).as("page number's right in %s", where).isLessThan(left(foot));
    }
    return firstHead;
  }

  /** Checks one occurrence's size, colours and alignment; returns its lines. */
  private static List<List<RunningMarking.Glyph>> check(
      RunningMarking.Page page,
      List<RunningMarking.Glyph> glyphs,
      Expected expected,
      String where) {
    for (RunningMarking.Glyph g : glyphs) {
      if (g.text().isBlank()) {
        continue;
      }
      assertThat(g.size())
          .as("size of '%s' of the marking in the %s", g.text(), where)
          .isBetween(expected.minSize() - 0.01f, expected.maxSize() + 0.01f);
      assertThat(String.format("%06X", g.rgb()))
          .as("colour of '%s' in the %s", g.text(), where)
          .isEqualTo(String.format("%06X", expected.colour()));
    }
    List<List<RunningMarking.Glyph>> lines = lines(glyphs);
    float column = page.width() - SIDE;
    for (List<RunningMarking.Glyph> line : lines) {
      // Right-justified: each line ends at the column's right edge, less the box's padding.
      assertThat(right(line))
          .as("right end of a line of the marking in the %s (column %.1f)", where, column)
          .isBetween(column - 9f, column + 0.5f);
      // Behind the text, inside the box's left padding: the marking's background.
      RunningMarking.Glyph first = line.get(0);
      assertThat(
              String.format(
                  "%06X",
                  page.colourAt(first.left() - 2.5f, first.baseline() - first.size() * 0.3f)))
          .as("background of the marking in the %s", where)
          .isEqualTo(String.format("%06X", expected.background()));
    }
    return lines;
  }

  private static List<RunningMarking.Glyph> one(
      List<List<RunningMarking.Glyph>> found, String where) {
    assertThat(found).as("times it stands in the %s", where).hasSize(1);
    return found.get(0);
  }

  /** Glyphs on one baseline (within 1 pt) form a line, in the order drawn. */
  private static List<List<RunningMarking.Glyph>> lines(List<RunningMarking.Glyph> glyphs) {
    List<List<RunningMarking.Glyph>> lines = new ArrayList<>();
    for (RunningMarking.Glyph g : glyphs) {
      if (g.text().isBlank()) {
        continue;
      }
      List<RunningMarking.Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) < 1f) {
        last.add(g);
      } else {
        List<RunningMarking.Glyph> line = new ArrayList<>();
        line.add(g);
        lines.add(line);
      }
    }
    return lines;
  }

  private static float left(List<RunningMarking.Glyph> glyphs) {
    return glyphs.stream().map(g -> g.left()).min(Float::compare).orElseThrow();
  }

  private static float right(List<RunningMarking.Glyph> glyphs) {
    return glyphs.stream().map(g -> g.right()).max(Float::compare).orElseThrow();
  }
}
