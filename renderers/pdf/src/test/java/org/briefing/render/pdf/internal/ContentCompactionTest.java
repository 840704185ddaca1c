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
}
