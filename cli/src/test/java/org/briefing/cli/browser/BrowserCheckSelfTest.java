package org.briefing.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.briefing.cli.browser.BrowserCheck.Kind;
import org.briefing.cli.browser.BrowserCheck.Problem;
import org.briefing.cli.browser.BrowserCheck.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shows that {@link BrowserCheck} passes a good page and can fail: each bad fixture is caught. */
class BrowserCheckSelfTest {
  private static BrowserCheck browser;

  @BeforeAll
  static void startBrowser() {
    browser = BrowserCheck.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void passesAGoodPageWhoseWideTableScrollsInsideItsOwnBox() {
    Report report = check("good.html");

    assertThat(report.problems()).isEmpty();
    report.assertClean();
  }

  @Test
  void catchesATableThatMakesThePageScrollSidewaysOnAPhone() {
    Report report = check("wide-table.html");

    assertThat(report.kinds()).containsExactly(Kind.PAGE_SCROLL);
    assertThat(report.of(Kind.PAGE_SCROLL))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("at " + BrowserCheck.PHONE_WIDTH + " px")
        .contains("table");
    assertThatThrownBy(report::assertClean)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("wide-table.html")
        .hasMessageContaining("PAGE_SCROLL");
  }

  @Test
  void catchesParallelTextSqueezedIntoHalfASingleColumnOnADesktop() {
    Report report = check("narrow-parallel.html");

    assertThat(report.kinds()).containsExactly(Kind.NARROW_COLUMNS);
    assertThat(report.of(Kind.NARROW_COLUMNS))
        .hasSize(2)
        .first()
        .extracting(Problem::message)
        .asString()
        .startsWith("at " + BrowserCheck.DESKTOP_WIDTH + " px")
        .contains("English text in half");
  }

  @Test
  void catchesATableThatScrollsInsideItsBoxOnADesktop() {
    Report report = check("desktop-table-scroll.html");

    assertThat(report.kinds()).containsExactly(Kind.TABLE_SCROLL);
    assertThat(report.of(Kind.TABLE_SCROLL))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("at " + BrowserCheck.DESKTOP_WIDTH + " px")
        .contains("A wide table that scrolls on its own");
  }

  @Test
  void catchesAnOutsideRequestAndAnImageWithoutAlt() {
    Report report = check("external-image.html");

    assertThat(report.of(Kind.OUTSIDE_REQUEST))
        .extracting(Problem::message)
        .containsExactly("the page requested https://example.invalid/chart.png");
    assertThat(report.of(Kind.ACCESSIBILITY))
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).startsWith("image-alt (critical)").contains("img"));
    // The blocked image also fails to load, which the console reports.
    assertThat(report.of(Kind.CONSOLE_ERROR))
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("https://example.invalid/chart.png"));
    assertThat(report.of(Kind.PAGE_SCROLL)).isEmpty();
    assertThatThrownBy(report::assertClean).hasMessageContaining("image-alt");
  }

  private static Report check(String fixture) {
    Report report = browser.check(fixture(fixture));
    System.out.printf(
        "browser check of %s took %d ms: %s%n",
        fixture, report.took().toMillis(), report.problems());
    return report;
  }

  private static Path fixture(String name) {
    URL url = BrowserCheckSelfTest.class.getResource("/browser/" + name);
    assertThat(url).as("test resource browser/%s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
