package org.briefing.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SelfContainedSvgTest {
  private static final String OPEN =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " width=\"100\" height=\"50\">";

  private static Optional<String> problem(String svg) {
    return SelfContainedSvg.problem(svg.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<rect width=\"5\" height=\"5\"/>",
        "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"5\" height=\"5\"/>",
        "<rect style=\"fill: url( '#g' )\" width=\"5\" height=\"5\"/>",
        "<defs><path id=\"p\" d=\"M0 0L5 5\"/></defs><use xlink:href=\"#p\"/><use href=\"#p\"/>",
        "<style>rect { fill: #0b5394 } .a { filter: url(\"#f\") }</style><text>Café 91.6%</text>",
        "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></metadata>",
      })
  void acceptsPicturesThatReferOnlyToThemselves(String body) {
    assertThat(problem(OPEN + body + "</svg>")).isEmpty();
    assertThat(problem("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + OPEN + body + "</svg>"))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<style>@import url(http://evil/x.css);</style>"
            + "| imports a style sheet from outside itself, @import in <style>",
        "<style>@IMPORT 'x.css';</style>| imports a style sheet from outside itself",
        "<style>rect { fill: url(http://evil/x.svg#a) }</style>"
            + "| refers to 'url(http://evil/x.svg#a)' outside itself, in <style>",
        "<style>rect { fill: u\\72l(x.svg) }</style>| has a backslash escape in its CSS",
        "<rect style=\"fill:URL(file:///etc/passwd)\"/>| refers to 'url(file:///etc/passwd)'",
        "<rect fill=\"url(x.svg#g)\"/>| refers to 'url(x.svg#g)' outside itself, in fill",
        "<image xlink:href=\"http://example.invalid/x.png\" width=\"9\" height=\"9\"/>"
            + "| refers to 'http://example.invalid/x.png' outside itself, in xlink:href",
        "<image href=\"file:///tmp/x.png\"/>| refers to 'file:///tmp/x.png' outside itself",
        "<image href=\"../../secret.png\"/>| refers to '../../secret.png' outside itself",
        "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/>| refers to 'data:image/png",
        "<use href=\"other.svg#a\"/>| refers to 'other.svg#a' outside itself, in href",
        "<use href=\"\"/>| refers to '' outside itself",
        "<g xml:base=\"http://evil/\"><use href=\"#a\"/></g>| sets xml:base",
        "<script>alert(1)</script>| holds a <script> element",
        "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>"
            + "| holds a <foreignObject> element",
        "<set attributeName=\"fill\" to=\"red\"/>| holds a <set> element",
        "<rect onload=\"alert(1)\"/>| has an event-handler attribute 'onload'",
        "<rect ONCLICK=\"alert(1)\"/>| has an event-handler attribute 'ONCLICK'",
        "<?xml-stylesheet href=\"http://evil/x.css\"?>| has a processing instruction",
        "<rect width=\"5\">| is not a well-formed SVG file: line 1, column",
      })
  void refusesPicturesThatReachOutsideOrRunCode(String body, String expected) {
    Optional<String> p = problem(OPEN + body + "</svg>");
    assertThat(p).isPresent();
    assertThat(p.get()).startsWith(expected.strip()).contains("line 1, column ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"
            + "| has a document type declaration",
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
            + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"/>| has a document type declaration",
        "<svg width=\"1\"/>| is not an SVG file: its root element is <svg> without the SVG",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>| is not an SVG file: its root element",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>| is not a well-formed SVG file",
        "| is not a well-formed SVG file",
      })
  void refusesWhatIsNotAPlainSvgDocument(String svg, String expected) {
    assertThat(problem(svg == null ? "" : svg)).get().asString().startsWith(expected.strip());
  }

  @org.junit.jupiter.api.Test
  void refusesDeepNestingAndTooManyElements() {
    String deep =
        OPEN
            + "<g>".repeat(SelfContainedSvg.MAX_DEPTH)
            + "</g>".repeat(SelfContainedSvg.MAX_DEPTH)
            + "</svg>";
    assertThat(problem(deep)).get().asString().startsWith("nests elements more than 128 deep");
    String many = OPEN + "<g/>".repeat(SelfContainedSvg.MAX_ELEMENTS) + "</svg>";
    assertThat(problem(many)).get().asString().startsWith("has more than 200000 elements");
  }

  /**
   * A picture whose references loop (Batik overflowed its stack: exit 1) or multiply past the
   * element bound (18 levels of two {@code <use>}s: 2^18 copies, minutes and out of memory) is
   * refused; one that reuses a shape many times within the bound is drawn.
   */
  @org.junit.jupiter.api.Test
  void refusesReferencesThatLoopOrMultiplyPastTheBound() {
    assertThat(problem(OPEN + "<g id=\"a\"><use xlink:href=\"#a\"/></g></svg>"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("refers to itself: '#a'"));
    assertThat(
            problem(
                OPEN
                    + "<g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><rect fill=\"url(#a)\"/></g>"
                    + "</svg>"))
        .hasValueSatisfying(p -> assertThat(p).contains("a loop"));
    StringBuilder bomb =
        new StringBuilder(OPEN + "<defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
    for (int i = 1; i <= 18; i++) {
      bomb.append("<g id=\"l")
          .append(i)
          .append("\"><use href=\"#l")
          .append(i - 1)
          .append("\"/><use href=\"#l")
          .append(i - 1)
          .append("\"/></g>");
    }
    bomb.append("</defs><use href=\"#l18\"/></svg>");
    assertThat(problem(bomb.toString()))
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("draws more than 200000 elements once its references"));
    StringBuilder reused = new StringBuilder(OPEN + "<defs><path id=\"p\" d=\"M0 0L5 5\"/></defs>");
    for (int i = 0; i < 1000; i++) {
      reused.append("<use href=\"#p\"/>");
    }
    assertThat(problem(reused.append("</svg>").toString())).isEmpty();
    assertThat(problem(OPEN + "<style>@font-face{font-family:x;src:local(x)}</style></svg>"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("loads a font (@font-face"));
    assertThat(
            problem(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"-10\" height=\"NaN\"></svg>"))
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("has a width '-10' that is not a length"));
    assertThat(
            problem("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"3.5cm\"/>"))
        .isEmpty();
    assertThat(problem(OPEN + "<filter id=\"f\"><feImage href=\"#r\"/></filter></svg>"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("holds a <feImage> element"));
  }
}
