package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.i18n.Language;
import org.briefing.render.PictureProblem;
import org.briefing.render.UnsupportedContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A picture the engine cannot load or draw, handed to the PDF renderer past the corpus's checks, is
 * the spec's error ({@link UnsupportedContentException}, exit status 2), never a crash or a PDF
 * with the picture silently missing; and the libraries' log shows no stack trace.
 */
class PdfPictureFailureTest {
  private static Document withPicture(String svg) {
    return new Document(
        Meta.builder("x", "T", Language.EN).build(),
        List.of(
            new Block.Paragraph(List.of(new Inline.Text("Before the map."))),
            new Block.Image(
                "map",
                List.of(new Inline.Text("A map")),
                svg.getBytes(StandardCharsets.UTF_8),
                "image/svg+xml",
                "A map of things",
                List.of())));
  }

  private static final String GOOD =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
          + "<rect width=\"50\" height=\"20\" fill=\"#369\"/></svg>";

  /** Well-formed and self-contained, so the corpus takes it; Batik refuses its path data. */
  private static final String BAD_PATH =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
          + "<path d=\"M 0 0 L 10 zz 5\"/></svg>";

  private static final String BAD_PATH_REASON =
      "could not be drawn: the attribute \"d\" of the element <path> is invalid";

  private static Block.Image figure(String id, String svg, SourcePosition at) {
    return new Block.Image(
        id,
        List.of(new Inline.Text("Figure " + id)),
        svg.getBytes(StandardCharsets.UTF_8),
        "image/svg+xml",
        Block.AltText.of("A picture"),
        List.of(),
        Optional.of(new Block.Image.Origin(id, "images/" + id + ".svg", at)));
  }

  private static Meta withLogo(String svg, SourcePosition at) {
    return Meta.builder("x", "T", Language.EN)
        .branding(
            Optional.of(
                new Branding(
                    "Institute",
                    Optional.of(
                        new Branding.Logo(
                            svg.getBytes(StandardCharsets.UTF_8),
                            "image/svg+xml",
                            Optional.of(at))),
                    Optional.empty())))
        .build();
  }

  private static UnsupportedContentException failure(Document d) {
    try {
      PdfRenderer.builder().build().render(d, new ByteArrayOutputStream());
    } catch (UnsupportedContentException e) {
      return e;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("the PDF was written");
  }

  @Test
  void ofSeveralPicturesTheOneThatFailsIsNamedAndReportedWhereTheCorpusNamesIt() {
    SourcePosition badAt = new SourcePosition("corpus/figures.yaml", 27, 12);
    Document d =
        new Document(
            withLogo(GOOD, new SourcePosition("spec.yaml", 3, 9)),
            List.of(
                figure("first", GOOD, new SourcePosition("corpus/figures.yaml", 4, 12)),
                new Block.Paragraph(List.of(new Inline.Text("Between the pictures."))),
                figure("second", BAD_PATH, badAt),
                figure("third", GOOD, new SourcePosition("corpus/figures.yaml", 40, 12))));

    UnsupportedContentException e = failure(d);

    assertThat(e.position()).contains(badAt);
    assertThat(e.getMessage())
        .isEqualTo("the picture of figure 'second' (images/second.svg) " + BAD_PATH_REASON);
    assertThat(e.hint()).contains(PictureProblem.HINT);
  }

  @Test
  void aLogoThatCannotBeDrawnIsReportedAtTheSpecsLogo() {
    SourcePosition logoAt = new SourcePosition("spec.yaml", 3, 9);
    Document d =
        new Document(
            withLogo(BAD_PATH, logoAt),
            List.of(figure("map", GOOD, new SourcePosition("corpus/figures.yaml", 4, 12))));

    UnsupportedContentException e = failure(d);

    assertThat(e.position()).contains(logoAt);
    assertThat(e.getMessage()).isEqualTo("the logo " + BAD_PATH_REASON);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Batik's CSS engine fails with a NullPointerException on an @import (was exit 1)
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><style>@import"
            + " url(http://evil/x.css);</style><rect width=\"5\" height=\"5\"/></svg>",
        // the engine's XML reader fails on a picture that is not well-formed (was exit 1)
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><rect width=\"5\">",
        // the engine refuses to fetch the picture's picture and draws nothing (was exit 0)
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"100\" height=\"50\"><image xlink:href=\"http://example.invalid/x.png\""
            + " width=\"10\" height=\"10\"/></svg>",
      })
  void aPictureTheEngineCannotDrawIsTheSpecsErrorAndPrintsNoStackTrace(String svg) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Logger root = Logger.getLogger("");
    Handler handler = new StreamHandler(new PrintStream(log, true), new SimpleFormatter());
    root.addHandler(handler);
    try {
      assertThatThrownBy(
              () ->
                  PdfRenderer.builder()
                      .build()
                      .render(withPicture(svg), new ByteArrayOutputStream()))
          .isInstanceOf(UnsupportedContentException.class)
          .hasMessageStartingWith("a picture could not be drawn: ");
    } finally {
      handler.flush();
      root.removeHandler(handler);
    }
    assertThat(log.toString(StandardCharsets.UTF_8))
        .doesNotContain("\tat ")
        .doesNotContain("Exception\n");
  }
}
