package org.briefing.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prints example HTML pages in headless Chromium, as a reader's "Print" or "Save as PDF" does, and
 * reads the printed pages back: the sharing marking at the top and foot of every page with its page
 * number, and no table or figure caption left at the foot of a page without what it captions.
 */
class PrintedHtmlBrowserTest {
  /** A free-text marking with what a CSS string or a style element must not take as it is. */
  static final String HOSTILE_MARKING = "Internal \"use\" \\ only </style><b>x</b> {a}";

  @TempDir static Path out;

  private static BrowserCheck browser;

  @BeforeAll
  static void buildPagesAndStartBrowser() throws IOException {
    browser = BrowserCheck.start();
    Path briefings = ExampleHtmlBrowserTest.repositoryRoot().resolve("briefings");
    // The whole article (many printed pages, a long table, figures) with the hostile marking.
    Path specs = Files.createDirectories(out.resolve("specs"));
    Files.writeString(
        specs.resolve("marked-article.yaml"),
        "marking: '"
            + HOSTILE_MARKING.replace("'", "''")
            + "'\n"
            + Files.readString(briefings.resolve("full-article.yaml")));
    ExampleHtmlBrowserTest.buildHtml(
        out.resolve("html"),
        specs.resolve("marked-article.yaml"),
        briefings.resolve("nato-madrid.yaml"));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<Arguments> markedPages() {
    return Stream.of(
        Arguments.of("marked-article.html", HOSTILE_MARKING, Language.EN),
        Arguments.of("nato-madrid.html", "TLP:AMBER", Language.PL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markedPages")
  void everyPrintedPageCarriesTheMarkingAtTopAndFootAndItsNumber(
      String page, String marking, Language language) throws IOException {
    List<String> pages = pageTexts(browser.print(out.resolve("html").resolve(page), "").pdf());
    assertThat(pages).as("printed pages of %s", page).hasSizeGreaterThan(1);
    Labels labels = Labels.of(language);
    for (int i = 0; i < pages.size(); i++) {
      String text = pages.get(i);
      assertThat(text.split(java.util.regex.Pattern.quote(marking), -1).length - 1)
          .as("times the marking stands on page %d of %s:%n%s", i + 1, page, text)
          .isGreaterThanOrEqualTo(2);
      assertThat(text)
          .as("page %d of %s", i + 1, page)
          .contains(labels.get("page", i + 1, pages.size()));
    }
  }

  @Test
  void aTableCaptionAndHeadRowNeverEndAPrintedPageWithoutTheFirstRow() throws IOException {
    // The first table with a head row, moved down the page step by step by a block above it, so
    // that in some steps its caption and head row fit at the foot of a page and its first row not.
    String table =
        """
        const table = document.querySelector('table.data-table');
        const kept = table.closest('.table-wrap');
        const texts = {caption: table.caption.textContent,
            row: table.tBodies[0].rows[0].cells[1].textContent.trim().slice(0, 30)};
        """;
    assertThat(captionSweep(table, 400, 50)).isEmpty();
  }

  @Test
  void aFigureCaptionNeverEndsAPrintedPageWithoutItsChart() throws IOException {
    String figure =
        """
        const kept = [...document.querySelectorAll('figure.chart')]
            .sort((a, b) => b.offsetHeight - a.offsetHeight)[0];
        const texts = {caption: kept.querySelector('figcaption').textContent,
            row: kept.querySelector('.chart-label').textContent};
        """;
    assertThat(captionSweep(figure, 150, 75)).isEmpty();
  }

  /**
   * Prints the marked article reduced to one captioned block ({@code kept}, chosen by {@code
   * choose}, which also sets {@code texts}: the caption and the text that must stand on its page)
   * below a block from {@code from} px high, {@code step} px taller each time, up to about a Letter
   * page's height (the block then starts near the foot of a page, or on the next); names each print
   * where the page holding the caption lacks that text.
   */
  private static List<String> captionSweep(String choose, int from, int step) throws IOException {
    Path page = out.resolve("html").resolve("marked-article.html");
    List<String> failures = new ArrayList<>();
    for (int height = from; height <= 1000; height += step) {
      String script =
          choose
              + "const spacer = document.createElement('div');\n"
              + "spacer.style.height = '"
              + height
              + "px';\n"
              + "document.querySelector('main').replaceChildren(spacer, kept);\n"
              + "document.querySelectorAll('body > :not(main)').forEach(e => e.remove());\n"
              + "return texts;";
      BrowserCheck.Printed printed = browser.print(page, script);
      @SuppressWarnings("unchecked")
      Map<String, Object> texts = (Map<String, Object>) printed.arranged();
      String caption = squeeze(texts.get("caption"));
      String row = squeeze(texts.get("row"));
      List<String> pages = pageTexts(printed.pdf());
      for (int i = 0; i < pages.size(); i++) {
        String text = squeeze(pages.get(i));
        if (text.contains(caption) && !text.contains(row)) {
          failures.add(
              "below "
                  + height
                  + " px, \""
                  + texts.get("caption")
                  + "\" ends page "
                  + (i + 1)
                  + " of "
                  + pages.size()
                  + " without \""
                  + texts.get("row")
                  + "\"");
        }
      }
    }
    return failures;
  }

  private static String squeeze(Object text) {
    return String.valueOf(text).replaceAll("\\s+", "");
  }

  private static List<String> pageTexts(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(document));
      }
      return pages;
    }
  }
}
