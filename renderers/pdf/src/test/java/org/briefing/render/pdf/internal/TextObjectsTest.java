package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.junit.jupiter.api.Test;

class TextObjectsTest {
  private static List<Object> parse(String content) throws IOException {
    return new PDFStreamParser(content.getBytes(StandardCharsets.ISO_8859_1)).parse();
  }

  private static String write(List<Object> tokens) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ContentCompaction.writeTokens(out, tokens);
    return out.toString(StandardCharsets.ISO_8859_1).trim().replaceAll("\\s+", " ");
  }

  private static String merged(String content) throws IOException {
    return write(TextObjects.merged(parse(content)));
  }

  @Test
  void spansShareOneTextObjectAndTheFontAndColourAreSetOnce() throws IOException {
    assertThat(
            merged(
                "/Span <</MCID 0>> BDC 0 0 1 rg BT /F1 9 Tf 1 0 0 1 50 700 Tm (a) Tj ET EMC"
                    + " /Span <</MCID 1>> BDC 0 0 1 rg BT /F1 9 Tf 1 0 0 1 60 700 Tm (b) Tj ET"
                    + " EMC"))
        .isEqualTo(
            "BT /Span <</MCID 0 >> BDC 0 0 1 rg /F1 9 Tf 1 0 0 1 50 700 Tm (a) Tj EMC"
                + " /Span <</MCID 1 >> BDC 1 0 0 1 60 700 Tm (b) Tj EMC ET");
  }

  @Test
  void textPlacedRelativeToItsTextObjectStaysInIt() throws IOException {
    String content = "BT /F1 9 Tf 50 700 Td (a) Tj ET BT 60 700 Td (b) Tj ET";
    assertThat(merged(content)).isEqualTo("BT /F1 9 Tf 50 700 Td (a) Tj ET BT 60 700 Td (b) Tj ET");
  }

  @Test
  void aSequenceHoldingMoreThanTextStaysOutside() throws IOException {
    String content =
        "/Span <</MCID 0>> BDC BT 1 0 0 1 5 5 Tm (a) Tj ET 0 0 10 10 re f EMC"
            + " /Artifact BMC BT 1 0 0 1 9 9 Tm (b) Tj ET EMC";
    assertThat(merged(content))
        .isEqualTo(
            "/Span <</MCID 0 >> BDC BT 1 0 0 1 5 5 Tm (a) Tj ET 0 0 10 10 re f EMC"
                + " /Artifact BMC BT 1 0 0 1 9 9 Tm (b) Tj ET EMC");
  }

  @Test
  void whatTheStateHoldsFollowsItsStack() throws IOException {
    String content =
        "1 0 0 rg /F1 9 Tf q 0 0 1 rg /F2 8 Tf Q 1 0 0 rg /F1 9 Tf q 0 0 1 rg Q 0 0 1 rg";
    assertThat(merged(content))
        .isEqualTo("1 0 0 rg /F1 9 Tf q 0 0 1 rg /F2 8 Tf Q q 0 0 1 rg Q 0 0 1 rg");
  }

  @Test
  void stringsAreWrittenLiterallyAndReadBackAsTheSameBytes() throws IOException {
    byte[] bytes = {0, 'a', (byte) 0xE9, '(', ')', '\\', '\r', '\n', (byte) 0xFF, 0x28};
    String written = write(List.of(new COSString(bytes), Operator.getOperator("Tj")));
    assertThat(written).doesNotContain("<").startsWith("(");
    List<Object> back = parse(written);
    assertThat(((COSString) back.get(0)).getBytes()).isEqualTo(bytes);
  }
}
