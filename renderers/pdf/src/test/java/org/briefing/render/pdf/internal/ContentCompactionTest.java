package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

class ContentCompactionTest {
  private static Operator op(String name) {
    return Operator.getOperator(name);
  }

  private static List<String> names(List<Object> tokens) {
    List<String> out = new ArrayList<>();
    for (Object t : tokens) {
      out.add(t instanceof Operator o ? o.getName() : t.toString());
    }
    return out;
  }

  @Test
  void emptyArtifactsGoAndNestedOnesTooButTaggedContentAndPaintedArtifactsStay() {
    COSDictionary mcid = new COSDictionary();
    mcid.setInt(COSName.MCID, 0);
    List<Object> tokens =
        List.of(
            COSName.getPDFName("Artifact"),
            COSName.getPDFName("Prop1"),
            op("BDC"),
            op("EMC"),
            COSName.getPDFName("Span"),
            mcid,
            op("BDC"),
            op("EMC"),
            COSName.getPDFName("Artifact"),
            op("BMC"),
            COSName.getPDFName("Artifact"),
            COSName.getPDFName("Prop2"),
            op("BDC"),
            op("EMC"),
            op("EMC"),
            COSName.getPDFName("Artifact"),
            COSName.getPDFName("Prop3"),
            op("BDC"),
            COSInteger.get(1),
            COSInteger.get(2),
            COSInteger.get(3),
            COSInteger.get(4),
            op("re"),
            op("f"),
            op("EMC"));

    List<Object> kept = ContentCompaction.withoutEmptyArtifacts(tokens);

    // The empty span stays: its MCID belongs to the structure tree.
    assertThat(names(kept))
        .containsExactly(
            "COSName{Span}",
            mcid.toString(),
            "BDC",
            "EMC",
            "COSName{Artifact}",
            "COSName{Prop3}",
            "BDC",
            "COSInt{1}",
            "COSInt{2}",
            "COSInt{3}",
            "COSInt{4}",
            "re",
            "f",
            "EMC");
  }

  @Test
  // 493.91251f is 493.9125 as a float: a tie, rounded to the even digit.
  void numbersKeepThreeDecimalsAndWholeOnesBecomeIntegers() throws IOException {
    List<Object> out =
        ContentCompaction.rounded(
            List.of(
                new COSFloat(493.91251f),
                new COSFloat(45.29998f),
                new COSFloat(0.0375f),
                new COSFloat(-2.0000001f),
                new COSFloat(0.0001f),
                op("Tm")),
            3);
    assertThat(names(out))
        .containsExactly(
            "COSFloat{493.912}",
            "COSFloat{45.3}",
            "COSFloat{0.038}",
            "COSInt{-2}",
            "COSInt{0}",
            "Tm");
  }

  /**
   * A table head's copy becomes a pagination artifact whether its MCID is in an inline property
   * list or in one the page names; other tagged content and other MCIDs stay as they are.
   */
  @Test
  void theGivenMcidsBecomePaginationArtifactsInlineOrNamed() {
    COSDictionary named = new COSDictionary();
    COSDictionary prop7 = new COSDictionary();
    prop7.setInt(COSName.MCID, 7);
    named.setItem(COSName.getPDFName("MC7"), prop7);
    List<Object> tokens = new ArrayList<>();
    for (int mcid : new int[] {3, 5}) {
      COSDictionary inline = new COSDictionary();
      inline.setInt(COSName.MCID, mcid);
      tokens.addAll(List.of(COSName.getPDFName("Span"), inline, op("BDC"), op("EMC")));
    }
    tokens.addAll(
        List.of(COSName.getPDFName("Span"), COSName.getPDFName("MC7"), op("BDC"), op("EMC")));
    List<Object> out =
        ContentCompaction.asPaginationArtifacts(tokens, java.util.Set.of(5, 7), named);
    assertThat(out.get(0)).isEqualTo(COSName.getPDFName("Span"));
    for (int at : new int[] {4, 8}) {
      assertThat(out.get(at)).isEqualTo(COSName.getPDFName("Artifact"));
      assertThat(((COSDictionary) out.get(at + 1)).getCOSName(COSName.TYPE))
          .isEqualTo(COSName.getPDFName("Pagination"));
    }
    assertThat(ContentCompaction.asPaginationArtifacts(tokens, java.util.Set.of(), named))
        .isSameAs(tokens);
  }

  @Test
  void formNumbersKeepTheDecimalsAsked() throws IOException {
    List<Object> out =
        ContentCompaction.rounded(
            List.of(new COSFloat(334.607f), new COSFloat(12.995f), new COSFloat(-0.004f)), 2);
    assertThat(names(out)).containsExactly("COSFloat{334.61}", "COSInt{13}", "COSInt{0}");
  }

  @Test
  void roundingOnTheDigitsGivesWhatBigDecimalGives() throws IOException {
    java.util.Random random = new java.util.Random(20261202);
    for (int i = 0; i < 200_000; i++) {
      float value =
          switch (i % 4) {
            case 0 -> Float.intBitsToFloat(random.nextInt());
            case 1 -> (random.nextFloat() - 0.5f) * 2000;
            case 2 -> random.nextInt(2_000_000) / 1000f - 1000 + 0.0005f * (random.nextInt(3) - 1);
            default -> random.nextInt(100_000) / 8f * (random.nextBoolean() ? 1 : -1);
          };
      if (!Float.isFinite(value) || Math.abs(value) > 1e15f) {
        continue;
      }
      for (int decimals = 2; decimals <= 3; decimals++) {
        java.math.BigDecimal d =
            new java.math.BigDecimal(Float.toString(value))
                .setScale(decimals, java.math.RoundingMode.HALF_EVEN);
        String expected =
            d.signum() == 0 || d.stripTrailingZeros().scale() <= 0
                ? COSInteger.get(d.longValueExact()).toString()
                : new COSFloat(d.stripTrailingZeros().toPlainString()).toString();
        assertThat(ContentCompaction.round(value, decimals).toString())
            .as("%s to %d decimals", Float.toString(value), decimals)
            .isEqualTo(expected);
      }
    }
    assertThat(ContentCompaction.roundedText("9.9995", 3)).isEqualTo("10");
    assertThat(ContentCompaction.roundedText("-0.0049", 2)).isEqualTo("0");
    assertThat(ContentCompaction.roundedText("2.5", 0)).isEqualTo("2");
    assertThat(ContentCompaction.roundedText("1.0E-4", 3)).isNull();
  }

  /**
   * A document of many pages sharing one property-list dictionary, each with empty and painted
   * artifacts, tagged text and a form, with coordinates of five decimals.
   */
  private static byte[] manyPages(int count) throws IOException {
    java.util.Random random = new java.util.Random(20261202);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
      COSDictionary properties = new COSDictionary();
      for (int i = 0; i < count; i++) {
        org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.PROPERTIES, properties);
        org.apache.pdfbox.cos.COSStream form = pdf.getDocument().createCOSStream();
        form.setItem(COSName.TYPE, COSName.XOBJECT);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        org.apache.pdfbox.cos.COSArray box = new org.apache.pdfbox.cos.COSArray();
        for (int v : new int[] {0, 0, 100, 100}) {
          box.add(COSInteger.get(v));
        }
        form.setItem(COSName.BBOX, box);
        try (java.io.OutputStream out = form.createOutputStream(COSName.FLATE_DECODE)) {
          out.write(
              String.format(
                      java.util.Locale.ROOT,
                      "%.5f %.5f m %.5f %.5f l S",
                      random.nextFloat() * 100,
                      random.nextFloat() * 100,
                      random.nextFloat() * 100,
                      random.nextFloat() * 100)
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        COSDictionary xobjects = new COSDictionary();
        xobjects.setItem(COSName.getPDFName("Fm" + i), form);
        resources.setItem(COSName.XOBJECT, xobjects);
        page.getCOSObject().setItem(COSName.RESOURCES, resources);
        StringBuilder content = new StringBuilder();
        for (int k = 0; k < 40; k++) {
          String empty = "Prop" + (i * 100 + 2 * k);
          String painted = "Prop" + (i * 100 + 2 * k + 1);
          properties.setItem(COSName.getPDFName(empty), new COSDictionary());
          properties.setItem(COSName.getPDFName(painted), new COSDictionary());
          content.append(
              String.format(
                  java.util.Locale.ROOT,
                  "/Artifact /%s BDC EMC /Artifact /%s BDC %.5f g %.5f %.5f %.5f %.5f re f EMC "
                      + "/P <</MCID %d>> BDC BT /F1 11 Tf 1 0 0 1 %.5f %.5f Tm (Line %d) Tj ET EMC\n",
                  empty,
                  painted,
                  random.nextFloat(),
                  random.nextFloat() * 500,
                  random.nextFloat() * 700,
                  random.nextFloat() * 50,
                  random.nextFloat() * 20,
                  k,
                  72 + random.nextFloat(),
                  700 - 15 * k + random.nextFloat(),
                  k));
        }
        content.append("q 1 0 0 1 100 100 cm /Fm").append(i).append(" Do Q");
        org.apache.pdfbox.pdmodel.common.PDStream stream =
            new org.apache.pdfbox.pdmodel.common.PDStream(pdf);
        try (java.io.OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
          out.write(content.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
        pdf.addPage(page);
      }
      org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
      id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
      id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
      pdf.getDocument().setDocumentID(id);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static byte[] compacted(byte[] pdfBytes, boolean parallel) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pdfBytes)) {
      ContentCompaction.apply(pdf, parallel);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    }
  }

  @Test
  void compactingInParallelGivesTheBytesThatOneThreadGives() throws IOException {
    byte[] original = manyPages(60);
    byte[] oneThread = compacted(original, false);
    // Compacted indeed: the empty artifacts' property lists are gone, the numbers shortened.
    assertThat(oneThread.length).isLessThan(original.length * 3 / 4);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(oneThread)) {
      COSDictionary properties =
          pdf.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
      assertThat(properties.size()).isEqualTo(60 * 40);
      String page = new String(ContentTokens.bytes(pdf.getPage(7)), "US-ASCII");
      assertThat(page).doesNotContain("/Prop700 BDC").contains("/Prop701 BDC");
      assertThat(page).doesNotMatch("(?s).*\\d\\.\\d{4}.*");
    }
    for (int round = 0; round < 5; round++) {
      assertThat(compacted(original, true)).isEqualTo(oneThread);
    }
  }

  /**
   * The engine's repaint of a table head's cell at the same place (the colour and font found set
   * already) is removed with its MCID reported; a second line of the same cell (another place)
   * stays. A head painted twice on one page read "English English".
   */
  @Test
  void aRepaintOfACellAtTheSamePlaceIsRemovedAndALineElsewhereStays() throws IOException {
    String content =
        "/TH <</MCID 39>> BDC 0.25 0.25 0.25 rg /F2 8.5 Tf 1 0 0 1 55 548 Tm (English) Tj EMC"
            + " /TH <</MCID 40>> BDC 1 0 0 1 301 548 Tm (Polski) Tj EMC"
            + " /TH <</MCID 41>> BDC 1 0 0 1 55 548 Tm (English) Tj EMC"
            + " /TH <</MCID 42>> BDC 1 0 0 1 55 538 Tm (English) Tj EMC";
    List<Object> tokens =
        ContentTokens.parse(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    java.util.Map<Integer, java.util.Set<Integer>> removed = new java.util.HashMap<>();
    List<Object> kept =
        ContentCompaction.withoutRepaints(
            tokens, List.of(List.of(39, 41, 42), List.of(40)), null, removed, 0);
    assertThat(removed).containsExactly(java.util.Map.entry(0, java.util.Set.of(41)));
    assertThat(kept).hasSize(tokens.size() - 13);
    assertThat(names(kept).stream().filter(n -> n.equals("Tj"))).hasSize(3);
  }
}
