package org.briefing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

  private static Diagnostic errorOf(byte[] bytes) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> StrictUtf8.decode(bytes, "f.yaml"));
    assertThat(e).as("an error").isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0);
  }

  private static byte[] concat(String before, int... bad) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(head, head.length + bad.length);
    for (int k = 0; k < bad.length; k++) {
      out[head.length + k] = (byte) bad[k];
    }
    return out;
  }

  @Test
  void windows1250TextIsReportedAtItsFirstBadByteWithTheByteAndHowToConvertIt() {
    byte[] bytes = "title: Gas\nsummary: Łódź i Polskę\n".getBytes(Charset.forName("windows-1250"));

    Diagnostic d = errorOf(bytes);

    assertThat(d.position()).hasToString("f.yaml:2:10");
    assertThat(d.message()).isEqualTo("byte 0xA3 is not UTF-8");
    assertThat(d.hint()).contains("save the file as UTF-8").contains("iconv -f WINDOWS-1250");
  }

  @Test
  void theColumnCountsCharactersNotBytes() {
    // "żółw " is 5 characters but 8 bytes; 0xE6 is 'ć' in Windows-1250.
    Diagnostic d = errorOf(concat("a: żółw ", 0xE6, 'x', '\n'));

    assertThat(d.position()).hasToString("f.yaml:1:9");
    assertThat(d.message()).isEqualTo("byte 0xE6 is not UTF-8");
  }

  @Test
  void aBadByteInACommentIsFoundWhereItIs() {
    Diagnostic d = errorOf(concat("a: 1\r\nb: 2 # uwaga ", 0xB9, '\r', '\n'));

    assertThat(d.position()).hasToString("f.yaml:2:14");
    assertThat(d.message()).isEqualTo("byte 0xB9 is not UTF-8");
  }

  @Test
  void cesu8IsNamedAsAnEncodedSurrogate() {
    // U+1F600 as CESU-8: the surrogates D83D and DE00, each encoded in three bytes.
    Diagnostic d = errorOf(concat("a: ", 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80, '\n'));

    assertThat(d.position()).hasToString("f.yaml:1:4");
    assertThat(d.message())
        .isEqualTo(
            "bytes 0xED 0xA0 0xBD are not UTF-8: they encode the surrogate U+D83D on its own"
                + " (CESU-8 or Java's modified UTF-8)");
  }

  @Test
  void overlongFormsAreNamed() {
    assertThat(errorOf(concat("a: ..", 0xC0, 0xAF)).message())
        .isEqualTo("bytes 0xC0 0xAF are not UTF-8: an overlong form of U+002F");
    assertThat(errorOf(concat("a: ", 0xE0, 0x80, 0xAF)).message())
        .isEqualTo("bytes 0xE0 0x80 0xAF are not UTF-8: an overlong form of U+002F");
    assertThat(errorOf(concat("a: ", 0xF0, 0x80, 0x80, 0xAF)).message())
        .isEqualTo("bytes 0xF0 0x80 0x80 0xAF are not UTF-8: an overlong form of U+002F");
    assertThat(errorOf(concat("a: ", 0xC0, 0x80)).position()).hasToString("f.yaml:1:4");
  }

  @Test
  void bytesBeyondUnicodeAndCutShortAreNamed() {
    assertThat(errorOf(concat("a: ", 0xF4, 0x90, 0x80, 0x80)).message())
        .isEqualTo(
            "bytes 0xF4 0x90 0x80 0x80 are not UTF-8: U+110000 is beyond the last Unicode"
                + " character, U+10FFFF");
    assertThat(errorOf(concat("a: ", 0xFF)).message()).isEqualTo("byte 0xFF is not UTF-8");
    assertThat(errorOf(concat("a: €", 0xE2, 0x82)).message())
        .isEqualTo("bytes 0xE2 0x82 are not UTF-8: the file ends in the middle of a character");
    assertThat(errorOf(concat("a: €", 0xE2, 0x82)).position()).hasToString("f.yaml:1:5");
  }

  @Test
  void aUtf16OrUtf32FileIsSaidToBeOne() {
    Diagnostic d = errorOf("\uFEFFtitle: x\n".getBytes(StandardCharsets.UTF_16LE));
    assertThat(d.message())
        .isEqualTo("the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8");
    assertThat(d.hint()).contains("iconv -f UTF-16 -t UTF-8");
    assertThat(errorOf("title: x\n".getBytes(StandardCharsets.UTF_16)).message())
        .startsWith("the file is UTF-16 text");
    assertThat(errorOf("\uFEFFtitle: x\n".getBytes(Charset.forName("UTF-32LE"))).message())
        .startsWith("the file is UTF-32 text");
    assertThat(errorOf("\uFEFFtitle: x\n".getBytes(Charset.forName("UTF-32BE"))).message())
        .startsWith("the file is UTF-32 text");
  }

  @Test
  void aUtf8ByteOrderMarkIsNoColumn() {
    assertThat(errorOf(concat("\uFEFFab", 0x80)).position()).hasToString("f.yaml:1:3");
  }

  @Test
  void wellFormedTextIsDecodedAsBefore() throws Exception {
    String text = "a: Łódź \uFFFD 😀\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(StrictUtf8.decode(bytes, "f.yaml")).isEqualTo(text);
    assertThat(StrictUtf8.decode(bytes)).isEqualTo(text);
  }
}
