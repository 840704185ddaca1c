package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.render.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** {@link ContentTokens} reads every content stream as PDFBox's own parser does. */
class ContentTokensTest {
  private static final HtmlRenderer XHTML =
      HtmlRenderer.builder().mode(HtmlRenderer.Mode.XHTML_FOR_PDF).build();

  @Test
  void everyPageAndChartTheEngineWritesReadsAsPdfBoxReadsItWithoutFallingBack() throws IOException {
    int streams = 0;
    for (Document document :
        List.of(
            SampleDocuments.english(),
            SampleDocuments.polish(),
            SampleDocuments.parallel(),
            SampleDocuments.tableOnly(Language.PL))) {
      try (PDDocument pdf = new PDDocument()) {
        paint(pdf, document);
        for (PDPage page : pdf.getPages()) {
          streams += check(ContentTokens.bytes(page));
          for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
              streams += check(ContentTokens.bytes(form));
            }
          }
        }
      }
    }
    assertThat(streams).isGreaterThan(10);
  }

  /** The same tokens both ways, read by the fast path; returns 1. */
  private static int check(byte[] bytes) throws IOException {
    List<Object> fast = ContentTokens.fast(bytes);
    assertThat(fast).as("read without PDFBox's parser").isNotNull();
    assertThat(describe(fast)).isEqualTo(describe(new PDFStreamParser(bytes).parse()));
    assertThat(written(fast)).isEqualTo(written(new PDFStreamParser(bytes).parse()));
    return 1;
  }

  /** Lays the document out and paints it as the PDF renderer does, before the compaction. */
  private static void paint(PDDocument pdf, Document document) throws IOException {
    String language = document.meta().language().code();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(pdf);
    builder.withW3cDocument(XhtmlFixes.apply(XHTML.renderToString(document)).document(), null);
    EngineOptions.apply(builder, language);
    EmbeddedFonts.register(builder, pdf);
    try (PdfBoxRenderer renderer = TableLayout.layOut(builder, new ArrayList<>())) {
      renderer.createPDFWithoutClosing();
    }
  }

  /** Pieces of content-stream syntax, plain and odd, that generated streams are made of. */
  private static final String[] PIECES = {
    "0",
    "12",
    "-7",
    "493.91251",
    "-0.5",
    ".5",
    "3.",
    "--3",
    "1-2",
    "+4",
    "-",
    ".",
    "+",
    "+.5",
    "1.2.3",
    "00012",
    "123456789012345678901",
    "1e5",
    "-.",
    "4..5",
    "/Span",
    "/MCID",
    "/A#20B",
    "/A#2",
    "/",
    "/a%b",
    "/\u00c4x",
    "/Artifact",
    "/Prop12",
    "<0041 00 42>",
    "<abc>",
    "<zz>",
    "<>",
    "<0041",
    "<4\b1\f>",
    "(abc)",
    "(a(b)c)",
    "(a\\)b)",
    "(x\r\ny)",
    "(\\101)",
    "()",
    "(\u00e9\u0000)",
    "(unclosed",
    "(a\\nb\\r\\t\\b\\f)",
    "(\\(\\\\\\))",
    "(\\1234)",
    "(\\8)",
    "(a\\\r\n\nb)",
    "(\\)\n/x)",
    "(\\)\r\n>)",
    "(end\\",
    "(\\7)",
    "(\\\u00ff)",
    "(\\)ab)",
    "(\\)",
    "[1 2 /N (s) <41>]",
    "[ ]",
    "[[1]]",
    "[1 0 R]",
    "[1e5]",
    "[.5 -3.]",
    "[1 -2 3.5]",
    "[(a)-250(b)]",
    "[+1]",
    "[1.2.3]",
    "[<</A 1>>]",
    "[true]",
    "[1",
    "<</MCID 3>>",
    "<< /MCID 3 /Lang (pl) >>",
    "<</A <</B 1>> >>",
    "<</A 1 0 R>>",
    "<</A true>>",
    "<</A [1 2]>>",
    "<</A>>",
    "<</A 1>",
    "<<>>",
    "<</MCID -2 /B /C>>",
    "<</A 1 2>>",
    "<</A (x)/B<41>>>",
    "BT",
    "ET",
    "Tf",
    "Tj",
    "TJ",
    "re",
    "f",
    "f*",
    "B*",
    "BDC",
    "EMC",
    "BMC",
    "q",
    "Q",
    "cm",
    "'",
    "\"",
    "d0",
    "d1",
    "null",
    "true",
    "false",
    "nul",
    "truex",
    "ID",
    "EI",
    "I",
    "]",
    ">",
    ")",
    "{",
    "}",
    "% a comment\n",
    "BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EI",
    "Do",
    "sh",
    "T*",
  };

  private static final String[] SPACES = {
    " ", " ", " ", "\n", "\r\n", "\t", "", "\f", "\u0000", "  "
  };

  @Test
  void generatedStreamsReadAsPdfBoxReadsThem() throws IOException {
    Random random = new Random(20261202);
    int fast = 0;
    for (int i = 0; i < 4000; i++) {
      StringBuilder s = new StringBuilder();
      int pieces = 1 + random.nextInt(12);
      for (int j = 0; j < pieces; j++) {
        s.append(PIECES[random.nextInt(PIECES.length)]);
        s.append(SPACES[random.nextInt(SPACES.length)]);
      }
      byte[] bytes = s.toString().getBytes(StandardCharsets.ISO_8859_1);
      String expected;
      try {
        expected = describe(new PDFStreamParser(bytes).parse());
      } catch (IOException | RuntimeException e) {
        expected = "fails: " + e.getClass().getName();
      }
      String actual;
      try {
        actual = describe(ContentTokens.parse(bytes));
      } catch (IOException | RuntimeException e) {
        actual = "fails: " + e.getClass().getName();
      }
      assertThat(actual).as("tokens of %s", s).isEqualTo(expected);
      if (ContentTokens.fast(bytes) != null) {
        fast++;
        assertThat(describe(ContentTokens.fast(bytes))).as("tokens of %s", s).isEqualTo(expected);
      }
    }
    // The fast path is taken for the plain streams among them, not only left to PDFBox.
    assertThat(fast).isGreaterThan(400);
  }

  @Test
  void theEnginesPlainSyntaxIsReadWithoutPdfBoxsParser() throws IOException {
    byte[] bytes =
        ("/Artifact /Prop1 BDC\nq\n1 0 0 -1 0 841.89 cm\nBT\n/F1 10.5 Tf\n<00410042> Tj\n"
                + "(lit) Tj [(a) -250 <41>] TJ\nET\nQ\nEMC\n/Span <</MCID 0 >> BDC\n0.5 g\nEMC\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    List<Object> tokens = ContentTokens.fast(bytes);
    assertThat(tokens).isNotNull();
    assertThat(describe(tokens)).isEqualTo(describe(new PDFStreamParser(bytes).parse()));
    assertThat(tokens).hasSize(30);
    // A comment is left to PDFBox, which skips it.
    byte[] commented = "q % note\nQ".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ContentTokens.fast(commented)).isNull();
    assertThat(describe(ContentTokens.parse(commented))).isEqualTo("op:q op:Q");
  }

  /** Each token's class and value, recursively, with what writing it depends on. */
  private static String describe(List<Object> tokens) {
    List<String> out = new ArrayList<>();
    for (Object t : tokens) {
      out.add(describe(t));
    }
    return String.join(" ", out);
  }

  private static String describe(Object t) {
    if (t instanceof Operator op) {
      return "op:" + op.getName() + (op.getImageData() == null ? "" : "+image");
    }
    if (t instanceof COSString s) {
      return "str:" + HexFormat.of().formatHex(s.getBytes()) + (s.getForceHexForm() ? "!" : "");
    }
    if (t instanceof COSName name) {
      return "name:" + HexFormat.of().formatHex(name.getBytes());
    }
    if (t instanceof COSArray array) {
      List<String> items = new ArrayList<>();
      for (COSBase item : array) {
        items.add(describe(item) + (item.isDirect() ? "d" : ""));
      }
      return "[" + String.join(" ", items) + "]" + (array.isDirect() ? "d" : "");
    }
    if (t instanceof COSDictionary dictionary) {
      List<String> items = new ArrayList<>();
      for (var e : dictionary.entrySet()) {
        items.add(
            describe(e.getKey())
                + "="
                + describe(e.getValue())
                + (e.getValue().isDirect() ? "d" : ""));
      }
      return "<<" + String.join(" ", items) + ">>" + (dictionary.isDirect() ? "d" : "");
    }
    return t.getClass().getSimpleName() + ":" + t;
  }

  private static byte[] written(List<Object> tokens) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ContentCompaction.writeTokens(out, tokens);
    return out.toByteArray();
  }
}
