package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.i18n.Language;
import org.briefing.render.UnsupportedContentException;
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
