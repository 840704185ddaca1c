package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.IdentityTwoByteCMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class FastCodesTest {
  private static TrueTypeFont font(String file) throws IOException {
    try (InputStream in =
        FastCodesTest.class.getResourceAsStream("/org/briefing/render/pdf/fonts/" + file)) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  private static int code(CMap cmap, byte... bytes) throws IOException {
    return cmap.readCode(new ByteArrayInputStream(bytes));
  }

  @Test
  void everyTwoByteCodeReadsAndMapsAsFontBoxReadsAndMapsIt() throws IOException {
    try (PDDocument document = new PDDocument()) {
      CMap parsed = PDType0Font.load(document, font("core/DejaVuSerif.ttf"), true).getCMap();
      CMap fast = IdentityTwoByteCMap.wrap(parsed);
      assertThat(fast).isInstanceOf(IdentityTwoByteCMap.class);
      for (int c = 0; c <= 0xFFFF; c++) {
        byte hi = (byte) (c >> 8);
        byte lo = (byte) c;
        assertThat(code(fast, hi, lo)).as("code %04X", c).isEqualTo(code(parsed, hi, lo));
        assertThat(fast.toCID(c)).as("CID of %04X", c).isEqualTo(parsed.toCID(c));
        assertThat(fast.toCID(new byte[] {hi, lo})).isEqualTo(parsed.toCID(new byte[] {hi, lo}));
      }
      // A string cut short reads as FontBox reads it.
      assertThat(code(fast, (byte) 0x12)).isEqualTo(code(parsed, (byte) 0x12));
      assertThat(code(fast)).isEqualTo(code(parsed));
      assertThat(fast.toCID(0x10000)).isEqualTo(parsed.toCID(0x10000));
      assertThat(fast.toCID(-1)).isEqualTo(parsed.toCID(-1));
      assertThat(fast.getName()).isEqualTo(parsed.getName());
      assertThat(fast.getWMode()).isEqualTo(parsed.getWMode());
      assertThat(fast.hasCIDMappings()).isEqualTo(parsed.hasCIDMappings());
      assertThat(fast.getSpaceMapping()).isEqualTo(parsed.getSpaceMapping());
    }
  }

  /** A FontBox release that adds a public method to CMap must be answered here too. */
  @Test
  void theStandInAnswersEveryPublicMethodOfCMapItself() {
    List<String> missing = new ArrayList<>();
    for (Method m : CMap.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      try {
        IdentityTwoByteCMap.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(m.getName() + Arrays.toString(m.getParameterTypes()));
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void onlyFontBoxsOwnIdentityHIsStoodInFor() throws IOException {
    try (PDDocument document = new PDDocument()) {
      CMap vertical;
      try (InputStream in =
          FastCodesTest.class.getResourceAsStream(
              "/org/briefing/render/pdf/fonts/core/DejaVuSans.ttf")) {
        vertical = PDType0Font.loadVertical(document, in).getCMap();
      }
      assertThat(vertical.getName()).isEqualTo("Identity-V");
      assertThat(IdentityTwoByteCMap.wrap(vertical)).isSameAs(vertical);
      CMap fast =
          IdentityTwoByteCMap.wrap(
              PDType0Font.load(document, font("core/DejaVuSans.ttf"), true).getCMap());
      assertThat(IdentityTwoByteCMap.wrap(fast)).isSameAs(fast);
      assertThat(IdentityTwoByteCMap.wrap(null)).isNull();
    }
  }

  @Test
  void anInstalledFontMeasuresAndEncodesEveryCharacterAsBefore() throws IOException {
    assertThat(FastCodes.available()).isTrue();
    for (String file : List.of("core/DejaVuSerif.ttf", "DejaVuSans-Bold.ttf")) {
      TrueTypeFont ttf = font(file);
      try (PDDocument a = new PDDocument();
          PDDocument b = new PDDocument()) {
        PDType0Font plain = PDType0Font.load(a, ttf, true);
        PDType0Font fast = FastCodes.install(PDType0Font.load(b, ttf, true));
        assertThat(fast.getCMap()).isInstanceOf(IdentityTwoByteCMap.class);
        StringBuilder all = new StringBuilder();
        for (int cp = 0x20; cp < 0x30000; cp++) {
          if (Character.isDefined(cp)
              && Character.getType(cp) != Character.SURROGATE
              && ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0) {
            String s = Character.toString(cp);
            all.appendCodePoint(cp);
            assertThat(fast.encode(s)).as("U+%04X in %s", cp, file).isEqualTo(plain.encode(s));
            assertThat(fast.getStringWidth(s))
                .as("U+%04X in %s", cp, file)
                .isEqualTo(plain.getStringWidth(s));
          }
        }
        assertThat(all.length()).isGreaterThan(1000);
        assertThat(fast.getStringWidth(all.toString()))
            .isEqualTo(plain.getStringWidth(all.toString()));
      }
    }
  }
}
