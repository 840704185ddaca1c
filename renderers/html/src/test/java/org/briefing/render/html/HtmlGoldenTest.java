package org.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the HTML output, normalised by jsoup's pretty printer. Run with {@code
 * -Dgolden.update=true} to rewrite them, then review the diff.
 */
class HtmlGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("english.html", Fixtures.english()),
        Arguments.of("bilingual.html", Fixtures.bilingual()),
        Arguments.of("hostile.html", Fixtures.hostile()),
        Arguments.of("parallel.html", SampleDocuments.parallel()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void matchesGolden(String name, Document document) throws IOException {
    org.jsoup.nodes.Document page =
        Jsoup.parse(HtmlRenderer.builder().build().renderToString(document));
    page.outputSettings().indentAmount(1).prettyPrint(true);
    String actual = page.outerHtml() + "\n";
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file; run with -Dgolden.update=true to create it").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
