package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.document.Document;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.briefing.render.html.Fixtures;
import org.briefing.render.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;

/** A subset made once is given again to a font drawn with the same characters, and only then. */
class KeptSubsetsTest {
  private static final PdfRenderer PDF = PdfRenderer.builder().build();

  private static Document titled(String title) {
    Document english = Fixtures.english();
    return new Document(
        Fixtures.meta(
            Language.EN,
            title,
            Optional.empty(),
            Optional.empty(),
            Optional.of(Fixtures.branding()),
            PageSize.A4),
        english.blocks());
  }

  private static byte[] render(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PDF.render(d, out);
    return out.toByteArray();
  }

  @Test
  void aReusedSubsetWritesTheBytesPdfboxWrites() throws IOException {
    assertThat(KeptSubsets.available()).as("PDFBox's fields found").isTrue();
    // Characters no other test draws, so that the first render makes its subsets itself.
    Document d = titled("Subsets ЖЮЯ " + System.nanoTime());
    long before = KeptSubsets.reused();
    byte[] made = render(d);
    long afterFirst = KeptSubsets.reused();
    byte[] reused = render(d);
    long afterSecond = KeptSubsets.reused();
    // The title's face was subset by PDFBox the first time, and reused the second.
    assertThat(afterSecond - afterFirst).isGreaterThan(afterFirst - before);
    assertThat(afterSecond - afterFirst).isGreaterThanOrEqualTo(3);
    assertThat(reused).isEqualTo(made);
  }

  @Test
  void otherCharactersGetASubsetOfTheirOwn() throws IOException {
    render(titled("Kept title one"));
    byte[] other = render(titled("Kept title ŁÓDŹ ΩΨ 2027"));
    try (PDDocument pdf = Loader.loadPDF(other)) {
      String text = new PDFTextStripper().getText(pdf);
      // Each character is in the font that draws it, and reads back as itself.
      assertThat(text).contains("Kept title ŁÓDŹ ΩΨ 2027");
    }
  }
}
