package org.briefing.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;

/**
 * UTF-8 that refuses what is not UTF-8, both ways: malformed bytes are an error, not replacement
 * characters, and a text that is not well-formed UTF-16 (a lone surrogate) has no bytes.
 *
 * <pre>{@code
 * String text = StrictUtf8.decode(bytes, "notes.yaml"); // notes.yaml:3:7: byte 0xEA is not UTF-8
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

  /**
   * The text of the file {@code path} whose bytes these are.
   *
   * @throws InvalidInputException at the line and column of the first byte that is not UTF-8,
   *     naming it (see {@link #explain})
   */
  public static String decode(byte[] bytes, String path) {
    try {
      return decode(bytes);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(explain(bytes, path));
    }
  }

  /**
   * Why these bytes (of the file {@code path}) are not UTF-8 text: the line and column (in
   * characters) of the first bad byte, the byte or bytes, what they are when that is known (an
   * overlong form, an encoded surrogate, a UTF-16 file) and how to convert the file.
   */
  public static Diagnostic explain(byte[] bytes, String path) {
    int n = bytes.length;
    String wide = wideEncoding(bytes);
    if (wide != null) {
      return Diagnostic.error(
          SourcePosition.file(path),
          "the file is "
              + wide
              + " text (it starts with a "
              + wide
              + " byte order mark), not UTF-8",
          "save it as UTF-8, or convert it: iconv -f " + wide + " -t UTF-8");
    }
    int line = 1;
    int column = 1;
    int i = startsWithUtf8Mark(bytes) ? 3 : 0;
    while (i < n) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b == '\n' || (b == '\r' && (i + 1 >= n || bytes[i + 1] != '\n'))) {
          line++;
          column = 1;
        } else if (b != '\r') {
          column++;
        }
        i++;
        continue;
      }
      SourcePosition at = new SourcePosition(path, line, column);
      int need =
          b >= 0xC0 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
      if (need == 0) {
        // A byte no UTF-8 character starts with: 0x80-0xBF (a continuation byte with no lead)
        // or 0xF5-0xFF. In a single-byte encoding it is a letter such as 'ę' or 'ą'.
        return Diagnostic.error(at, "byte " + hex(b) + " is not UTF-8", SINGLE_BYTE_HINT);
      }
      int got = 0;
      while (got < need && i + 1 + got < n && (bytes[i + 1 + got] & 0xC0) == 0x80) {
        got++;
      }
      if (got < need) {
        if (i + 1 + got == n) {
          return Diagnostic.error(
              at,
              bytesOf(bytes, i, got + 1) + " not UTF-8: the file ends in the middle of a character",
              "the file was cut short, or is not UTF-8: " + SINGLE_BYTE_HINT);
        }
        return Diagnostic.error(at, bytesOf(bytes, i, got + 1) + " not UTF-8", SINGLE_BYTE_HINT);
      }
      int cp = b & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        cp = (cp << 6) | (bytes[i + k] & 0x3F);
      }
      int least = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
      if (cp < least) {
        return Diagnostic.error(
            at,
            bytesOf(bytes, i, need + 1) + " not UTF-8: an overlong form of " + codePoint(cp),
            "save the file as UTF-8; a character has one form only, its shortest");
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        return Diagnostic.error(
            at,
            bytesOf(bytes, i, need + 1)
                + " not UTF-8: they encode the surrogate "
                + codePoint(cp)
                + " on its own (CESU-8 or Java's modified UTF-8)",
            "save the file as UTF-8, where a character above U+FFFF is one 4-byte sequence, not"
                + " two surrogates");
      }
      if (cp > 0x10FFFF) {
        return Diagnostic.error(
            at,
            bytesOf(bytes, i, need + 1)
                + " not UTF-8: "
                + codePoint(cp)
                + " is beyond the last Unicode character, U+10FFFF",
            "save the file as UTF-8");
      }
      column++;
      i += need + 1;
    }
    // Not reached for bytes the strict decoder refuses; kept so that no caller gets null.
    return Diagnostic.error(SourcePosition.file(path), "not UTF-8 text", "save the file as UTF-8");
  }

  private static final String SINGLE_BYTE_HINT =
      "save the file as UTF-8; text in Windows-1250 or ISO-8859-2 (Polish, Czech…) converts with"
          + " iconv -f WINDOWS-1250 -t UTF-8 (or -f ISO-8859-2)";

  /** "UTF-16" or "UTF-32" when the bytes start with that encoding's byte order mark, else null. */
  private static String wideEncoding(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32";
    }
    if (b.length >= 2) {
      int b0 = b[0] & 0xFF;
      int b1 = b[1] & 0xFF;
      if (b0 == 0xFF && b1 == 0xFE) {
        return b.length >= 4 && b[2] == 0 && b[3] == 0 ? "UTF-32" : "UTF-16";
      }
      if (b0 == 0xFE && b1 == 0xFF) {
        return "UTF-16";
      }
    }
    return null;
  }

  private static boolean startsWithUtf8Mark(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** "byte 0xEA is" or "bytes 0xE2 0x80 are": {@code count} bytes from {@code from}. */
  private static String bytesOf(byte[] bytes, int from, int count) {
    StringBuilder s = new StringBuilder(count == 1 ? "byte" : "bytes");
    for (int k = 0; k < count; k++) {
      s.append(' ').append(hex(bytes[from + k] & 0xFF));
    }
    return s.append(count == 1 ? " is" : " are").toString();
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02X", b);
  }

  private static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
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
