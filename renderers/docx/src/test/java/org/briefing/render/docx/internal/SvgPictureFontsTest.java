package org.briefing.render.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An SVG picture's text is drawn in the shipped DejaVu Sans whatever family it names: a serif
 * family (which this machine has, as DejaVu Serif), a family no machine has and DejaVu Sans itself
 * give the same pixels; bold text takes the bold face.
 */
class SvgPictureFontsTest {
  private static byte[] png(String family, String weight) {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"60\">"
            + "<text x=\"4\" y=\"40\" font-size=\"28\" font-family=\""
            + family
            + "\" font-weight=\""
            + weight
            + "\">Agile 42</text></svg>";
    return SvgPicture.draw(svg.getBytes(StandardCharsets.UTF_8), 3_000_000L, 3_000_000L).png();
  }

  @Test
  void everyFamilyIsDrawnInTheShippedSansAndBoldInItsBoldFace() {
    byte[] sans = png("DejaVu Sans", "normal");
    assertThat(png("serif", "normal")).isEqualTo(sans);
    assertThat(png("'Times New Roman', Georgia, serif", "normal")).isEqualTo(sans);
    assertThat(png("No Such Family", "normal")).isEqualTo(sans);
    byte[] bold = png("DejaVu Sans", "bold");
    assertThat(bold).isNotEqualTo(sans);
    assertThat(png("serif", "700")).isEqualTo(bold);
  }
}
