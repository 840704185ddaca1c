package org.briefing.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that refuses what is not UTF-8, both ways: malformed bytes are an error, not replacement
 * characters, and a text that is not well-formed UTF-16 (a lone surrogate) has no bytes.
 *
 * <pre>{@code
 * String text = StrictUtf8.decode(bytes); // CharacterCodingException: "not UTF-8 text"
 * byte[] utf8 = StrictUtf8.encode(text); // null for a lone surrogate
 * }</pre>
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * The text these bytes hold.
   *
   * @throws CharacterCodingException when they are not well-formed UTF-8
   */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    // The usual case first: String's own decoding, much quicker than a decoder in a cold JVM. A
    // replacement character in its result is either malformed input or one the bytes hold, which
    // the strict decoder tells apart (for well-formed UTF-8 both give the same text).
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** A text's UTF-8 bytes; null when it is not well-formed UTF-16 (a lone surrogate). */
  public static byte[] encode(CharSequence text) {
    try {
      ByteBuffer b =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
