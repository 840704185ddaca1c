package org.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.briefing.document.Document;
import org.briefing.document.PageSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page the HTML tests render is valid HTML5 by the Nu Html Checker (the W3C validator): the
 * module's fixtures, core's sample documents and every example briefing spec. One checker serves
 * all pages.
 */
class Html5ValidityTest {
  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head>"
          + "<body><main>%s</main></body></html>";

  private static Html5Validator checker;

  @BeforeAll
  static void loadChecker() {
    checker = new Html5Validator();
  }

  static Stream<Arguments> documents() throws IOException {
    Stream<Arguments> fixtures =
        Stream.of(
            Arguments.of("Fixtures.english", Fixtures.english()),
            Arguments.of("Fixtures.polish", Fixtures.polish()),
            Arguments.of("Fixtures.bilingual", Fixtures.bilingual()),
            Arguments.of("Fixtures.hostile", Fixtures.hostile()),
            Arguments.of("Fixtures.longTable(A4)", Fixtures.longTable(PageSize.A4)),
            Arguments.of("Fixtures.longTable(Letter)", Fixtures.longTable(PageSize.LETTER)),
            Arguments.of("Fixtures.tableOnly", Fixtures.tableOnly()));
    int[] n = {0};
    Stream<Arguments> samplesAndExamples =
        SampleAndExampleTest.documents()
            .map(d -> Arguments.of("sample/example " + ++n[0] + ": " + d.meta().title(), d));
    return Stream.concat(fixtures, samplesAndExamples);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void validHtml5(String name, Document document) {
    String html = HtmlRenderer.builder().build().renderToString(document);
    Html5Validator.Result result = checker.check(html);
    result.warnings().forEach(w -> System.out.println(name + ": " + w));
    assertThat(result.errors())
        .as("Nu Html Checker errors in %s:%s", name, result.errorReport())
        .isEmpty();
  }

  @Test
  void checkerAcceptsAMinimalPage() {
    Html5Validator.Result result = checker.check(PAGE.formatted("<p>Fine.</p>"));
    assertThat(result.errors()).as(result.errorReport()).isEmpty();
  }

  @Test
  void checkerRejectsADivInsideAParagraph() {
    String html = PAGE.formatted("<p>Text <div>block</div> more</p>");
    assertThat(checker.check(html).errors())
        .anySatisfy(e -> assertThat(e.line()).isPositive())
        .anySatisfy(e -> assertThat(e.text()).contains("p"));
  }

  @Test
  void checkerRejectsADuplicateId() {
    Html5Validator.Result result =
        checker.check(PAGE.formatted("<p id=\"x\">One</p><p id=\"x\">Two</p>"));
    assertThat(result.errors())
        .anySatisfy(e -> assertThat(e.text()).containsIgnoringCase("duplicate id"));
  }

  @Test
  void onlyTheNamedNewCssPropertiesAreExcused() {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title>"
            + "<style>:root { color-scheme: light dark; } a { colour: red; }</style></head>"
            + "<body><main><p>Fine.</p></main></body></html>";
    Html5Validator.Result result = checker.check(html);
    assertThat(result.outdated()).singleElement().asString().contains("color-scheme");
    assertThat(result.errors()).singleElement().asString().contains("colour");
  }

  @Test
  void checkerWarnsWithoutFailing() {
    Html5Validator.Result result =
        checker.check(PAGE.formatted("<section><p>A section without a heading.</p></section>"));
    assertThat(result.errors()).as(result.errorReport()).isEmpty();
    assertThat(result.warnings()).anySatisfy(w -> assertThat(w.text()).contains("heading"));
  }

  @Test
  void checkerRejectsAnUnknownElementAndAMissingAlt() {
    Html5Validator.Result result =
        checker.check(PAGE.formatted("<blink>x</blink><img src=\"data:image/png;base64,AA==\">"));
    assertThat(result.errors()).hasSizeGreaterThanOrEqualTo(2);
  }
}
