package org.briefing.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds every example spec in {@code briefings/} to HTML with the real command line, then opens
 * each page in headless Chromium: no console errors, no requests outside the file, no page-wide
 * sideways scroll at 390 or 1280 CSS px, no serious or critical axe-core violation.
 */
class ExampleHtmlBrowserTest {
  @TempDir static Path out;

  private static BrowserCheck browser;
  private static List<Path> pages;

  @BeforeAll
  static void buildExamplesAndStartBrowser() throws IOException {
    // The browser first: where there is none, the class is skipped before the slower build.
    browser = BrowserCheck.start();

    Path briefings = repositoryRoot().resolve("briefings");
    buildHtml(out, briefings);
    try (Stream<Path> files = Files.walk(out)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).as("HTML pages built from %s into %s", briefings, out).isNotEmpty();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<Named<Path>> pages() {
    return pages.stream().map(p -> Named.of(out.relativize(p).toString(), p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageWorksInABrowser(Path page) {
    BrowserCheck.Report report = browser.check(page);
    System.out.printf(
        "browser check of %s took %d ms%n", out.relativize(page), report.took().toMillis());
    report.assertClean();
  }

  /** Builds specs (or folders of specs) to HTML in {@code out} with the real command line. */
  static void buildHtml(Path out, Path... specs) {
    List<String> args = new ArrayList<>(List.of("build"));
    Stream.of(specs).map(Path::toString).forEach(args::add);
    args.addAll(List.of("-f", "html", "-o", out.toString()));
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
      status = Main.run(o, e, args.toArray(String[]::new));
    }
    assertThat(status)
        .as(
            "exit status of briefing %s%nstdout:%n%s%nstderr:%n%s",
            String.join(" ", args),
            stdout.toString(StandardCharsets.UTF_8),
            stderr.toString(StandardCharsets.UTF_8))
        .isZero();
  }

  /** The folder above the working directory that holds {@code briefings/}: the repository. */
  static Path repositoryRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("briefings"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No briefings/ folder in " + start + " or above it");
  }
}
