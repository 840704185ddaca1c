package org.briefing.i18n.xliff;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;

/**
 * The text of an XML file's bytes, in the encoding XML says it has (XML 1.0, 4.3.3 and appendix F):
 * a byte order mark (UTF-8, UTF-16 big- or little-endian) or UTF-16 without one, else the {@code
 * encoding} of the XML declaration, else UTF-8. Any encoding the Java runtime has may be declared
 * (ISO-8859-2, windows-1250, UTF-16…). Bytes that are not valid in the encoding are refused at
 * their line and column, and so is an encoding declared against the byte order mark. Stateless.
 *
 * <pre>{@code String text = XmlText.decode("pl.xlf", bytes);}</pre>
 */
final class XmlText {
  /** The encoding declaration, as read in an ASCII-compatible encoding. */
  private static final Pattern DECLARATION =
      Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");

  private XmlText() {}

  /**
   * Decodes a file; a byte order mark is not part of the text.
   *
   * @param path the file name used in messages
   * @throws InvalidInputException when the bytes are not text in the encoding they declare
   */
  static String decode(String path, byte[] bytes) {
    Charset bom = null;
    int skip = 0;
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      bom = StandardCharsets.UTF_8;
      skip = 3;
    } else if (starts(bytes, 0xFE, 0xFF)) {
      bom = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (starts(bytes, 0xFF, 0xFE)) {
      bom = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (starts(bytes, 0x00, '<', 0x00, '?')) {
      bom = StandardCharsets.UTF_16BE;
    } else if (starts(bytes, '<', 0x00, '?', 0x00)) {
      bom = StandardCharsets.UTF_16LE;
    }
    Charset charset = bom != null ? bom : StandardCharsets.UTF_8;
    String declared = null;
    if (bom == null || bom == StandardCharsets.UTF_8) {
      // The declaration is ASCII in every encoding that this branch can meet.
      String head =
          new String(bytes, skip, Math.min(bytes.length - skip, 200), StandardCharsets.ISO_8859_1);
      Matcher m = DECLARATION.matcher(head);
      if (m.find()) {
        declared = m.group(1);
        charset = charset(path, declared, m.start(1));
      }
      if (declared != null && charset.name().startsWith("UTF-16")) {
        throw new InvalidInputException(
            Diagnostic.error(
                new SourcePosition(path, 1, m.start(1) + 1),
                "the file declares encoding '" + declared + "' but is not UTF-16",
                "save it in the encoding it declares, or declare the one it has"));
      }
      if (bom == StandardCharsets.UTF_8
          && declared != null
          && !charset.equals(StandardCharsets.UTF_8)) {
        throw new InvalidInputException(
            Diagnostic.error(
                new SourcePosition(path, 1, m.start(1) + 1),
                "the file starts with a UTF-8 byte order mark but declares encoding '"
                    + declared
                    + "'",
                "declare encoding=\"UTF-8\", or save it without the byte order mark"));
      }
    } else {
      String text = strict(path, bytes, skip, bom, null);
      Matcher m = DECLARATION.matcher(text);
      if (m.find() && !m.group(1).toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
        throw new InvalidInputException(
            Diagnostic.error(
                new SourcePosition(path, 1, m.start(1) + 1),
                "the file is UTF-16 but declares encoding '" + m.group(1) + "'",
                "declare encoding=\"UTF-16\", or save it in the encoding it declares"));
      }
      return text;
    }
    return strict(path, bytes, skip, charset, declared);
  }

  private static Charset charset(String path, String name, int column) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InvalidInputException(
          Diagnostic.error(
              new SourcePosition(path, 1, column + 1),
              "unknown encoding '" + name + "'",
              "save the file as UTF-8 with encoding=\"UTF-8\""));
    }
  }

  /** The bytes decoded, or an error at the line and column of the first byte that is not text. */
  private static String strict(
      String path, byte[] bytes, int skip, Charset charset, String declared) {
    CharsetDecoder d =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate(
            (int) Math.ceil((bytes.length - skip) * (double) d.maxCharsPerByte()) + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    out.flip();
    if (r.isError()) {
      String before = out.toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        char c = before.charAt(i);
        if (c == '\n'
            || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      int column = before.codePointCount(lineStart, before.length()) + 1;
      String name = declared != null ? declared : charset.name();
      throw new InvalidInputException(
          Diagnostic.error(
              new SourcePosition(path, line, column),
              (declared == null && charset.equals(StandardCharsets.UTF_8)
                      ? "not UTF-8 text"
                      : "not " + name + " text")
                  + String.format(": byte 0x%02X", bytes[in.position()] & 0xFF)
                  + " here is not a character",
              declared == null && charset.equals(StandardCharsets.UTF_8)
                  ? "save the file as UTF-8, or declare the encoding it has, such as <?xml"
                      + " version=\"1.0\" encoding=\"ISO-8859-2\"?>"
                  : "save the file in the encoding it declares, or declare the one it has"));
    }
    return out.toString();
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
