package org.briefing.render.pdf.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdfparser.PDFStreamParser;

/**
 * The tokens of a content stream, the same objects in the same order as PDFBox's {@link
 * PDFStreamParser} gives, read faster.
 *
 * <p>{@link ContentCompaction} reads back every page the engine has just written. PDFBox's parser
 * reads the inflated stream a byte at a time through a non-seekable reader that checks, peeks and
 * rewinds for each byte, and builds every token through a string buffer: half of the compaction's
 * time. This reads the bytes once into an array and tokenizes the plain syntax the engine and Batik
 * write: numbers, names, operators, hex and literal strings, flat arrays and flat dictionaries (the
 * marked-content property lists). Anything else (a comment, a name with a {@code #} escape, an
 * escape or a nested parenthesis in a literal string, a nested array or dictionary, an inline
 * image, a number PDFBox would read leniently, a byte the syntax does not allow there) makes the
 * whole stream go through PDFBox's parser instead, so that the result is PDFBox's in every case.
 * {@code ContentTokensTest} compares the two on every page of the example briefings and on
 * generated streams.
 *
 * <pre>{@code List<Object> tokens = ContentTokens.parse(page);}</pre>
 */
final class ContentTokens {
  private ContentTokens() {}

  /** The tokens of a page's or a form's content. */
  static List<Object> parse(PDContentStream content) throws IOException {
    return parse(bytes(content));
  }

  /** The tokens of decoded content-stream bytes. */
  static List<Object> parse(byte[] bytes) throws IOException {
    List<Object> tokens = fast(bytes);
    return tokens != null ? tokens : new PDFStreamParser(bytes).parse();
  }

  /** The tokens read without PDFBox's parser, or {@code null} where it is needed. */
  static List<Object> fast(byte[] bytes) throws IOException {
    return new Lexer(bytes).tokens();
  }

  /** The decoded content, as PDFBox's parser would read it. */
  static byte[] bytes(PDContentStream content) throws IOException {
    try (RandomAccessRead in = content.getContentsForStreamParsing()) {
      byte[] buffer = new byte[8192];
      int n = 0;
      int read;
      while ((read = in.read(buffer, n, buffer.length - n)) != -1) {
        n += read;
        if (n == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
      }
      return Arrays.copyOf(buffer, n);
    }
  }

  /** Reads the plain syntax; {@code null} from any method means "leave it to PDFBox". */
  private static final class Lexer {
    private final byte[] b;
    private final int n;
    private int p;

    /** The bytes of a literal string with escapes, reused from string to string. */
    private byte[] buf = new byte[64];

    private int size;

    /**
     * The numbers read so far by their text: a page repeats its coordinates, sizes and colours, and
     * a number is never changed once read (PDFBox shares its small integers the same way).
     */
    private final Map<String, COSNumber> numbers = new HashMap<>();

    Lexer(byte[] bytes) {
      this.b = bytes;
      this.n = bytes.length;
    }

    /** The tokens, or {@code null} when the stream holds syntax this does not read. */
    List<Object> tokens() throws IOException {
      List<Object> out = new ArrayList<>(Math.max(100, n / 8));
      while (true) {
        skipSpaces();
        if (p >= n) {
          return out;
        }
        Object token = token();
        if (token == null) {
          return null;
        }
        out.add(token);
      }
    }

    private Object token() throws IOException {
      int c = b[p] & 0xff;
      switch (c) {
        case '<':
          return p + 1 < n && b[p + 1] == '<' ? dictionary() : hexString();
        case '[':
          return array();
        case '(':
          return literalString();
        case '/':
          return name();
        case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.':
          return number();
        default:
          return operator();
      }
    }

    /** PDF white space (PDF 32000-1, table 1); a comment is left to PDFBox. */
    private static boolean isWhitespace(int c) {
      return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
    }

    private void skipSpaces() {
      while (p < n && isWhitespace(b[p])) {
        p++;
      }
    }

    /** Where PDFBox's name reading stops. */
    private static boolean isEndOfName(int c) {
      return switch (c) {
        case ' ', '\r', '\n', 9, '>', '<', '[', '/', ']', ')', '(', 0, '\f', '%' -> true;
        default -> false;
      };
    }

    private static boolean isDigit(int c) {
      return c >= '0' && c <= '9';
    }

    /**
     * An operator of letters, {@code *}, {@code '} or {@code "} followed by white space or the end:
     * there PDFBox's two ways of reading a word (operator, or the {@code null}, {@code true} and
     * {@code false} it checks for first) agree. An inline image ({@code BI}, {@code ID}) is left.
     */
    private Object operator() {
      int start = p;
      while (p < n && isOperatorChar(b[p])) {
        p++;
      }
      if (p == start || p < n && !isWhitespace(b[p])) {
        return null;
      }
      String word = new String(b, start, p - start, StandardCharsets.ISO_8859_1);
      switch (word) {
        case "null":
          return COSNull.NULL;
        case "true":
          return COSBoolean.TRUE;
        case "false":
          return COSBoolean.FALSE;
        case "BI", "ID":
          return null;
        default:
          return word.charAt(0) == 'I' ? null : Operator.getOperator(word);
      }
    }

    private static boolean isOperatorChar(byte c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '*' || c == '\'' || c == '"';
    }

    /**
     * A number as PDFBox reads one between operators (a doubled leading minus and inner ones
     * dropped).
     */
    private Object number() throws IOException {
      int start = p;
      int c = b[p++];
      StringBuilder dropped = null;
      if (c == '-' && p < n && b[p] == '-') {
        dropped = new StringBuilder().append('-');
        p++;
      }
      boolean dotNotRead = c != '.';
      while (p < n) {
        int d = b[p];
        if (isDigit(d) || dotNotRead && d == '.') {
          if (dropped != null) {
            dropped.append((char) d);
          }
          if (d == '.') {
            dotNotRead = false;
          }
          p++;
        } else if (d == '-') {
          if (dropped == null) {
            dropped =
                new StringBuilder()
                    .append(new String(b, start, p - start, StandardCharsets.ISO_8859_1));
          }
          p++;
        } else {
          break;
        }
      }
      String s =
          dropped != null
              ? dropped.toString()
              : new String(b, start, p - start, StandardCharsets.ISO_8859_1);
      if (s.equals("+")) {
        return null; // PDFBox warns and gives null: left to it
      }
      COSNumber number = numbers.get(s);
      if (number == null) {
        try {
          number = COSNumber.get(s);
        } catch (IOException | RuntimeException e) {
          return null;
        }
        numbers.put(s, number);
      }
      return number;
    }

    /**
     * A number inside an array or a dictionary, where PDFBox reads it another way: only the plain
     * forms ({@code 12}, {@code -0.5}, {@code .25}, {@code 3.}), which both ways read alike.
     */
    private COSNumber plainNumber() throws IOException {
      int start = p;
      if (b[p] == '-') {
        p++;
      }
      int digits = 0;
      boolean dot = false;
      while (p < n && (isDigit(b[p]) || b[p] == '.' && !dot)) {
        if (b[p] == '.') {
          dot = true;
        } else {
          digits++;
        }
        p++;
      }
      if (digits == 0 || digits > 15 || p < n && !isEndOfName(b[p]) && b[p] != '-') {
        return null;
      }
      if (p < n && (b[p] == '-' || b[p] == '+' || b[p] == '.' || b[p] == 'e' || b[p] == 'E')) {
        return null;
      }
      return COSNumber.get(new String(b, start, p - start, StandardCharsets.ISO_8859_1));
    }

    /** A name without {@code #} escapes, its bytes as they are. */
    private COSName name() {
      int start = ++p;
      while (p < n && !isEndOfName(b[p])) {
        if (b[p] == '#') {
          return null;
        }
        p++;
      }
      return COSName.getPDFName(Arrays.copyOfRange(b, start, p));
    }

    /** A hex string: digits and white space to the closing bracket. */
    private COSString hexString() {
      p++;
      byte[] out = new byte[16];
      int size = 0;
      int high = -1;
      while (true) {
        if (p >= n) {
          return null;
        }
        int c = b[p++];
        int v = Character.digit(c, 16);
        if (v >= 0 && c < 128) {
          if (high < 0) {
            high = v;
          } else {
            if (size == out.length) {
              out = Arrays.copyOf(out, size * 2);
            }
            out[size++] = (byte) (high * 16 + v);
            high = -1;
          }
        } else if (c == '>') {
          break;
        } else if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f')) {
          return null;
        }
      }
      if (high >= 0) {
        if (size == out.length) {
          out = Arrays.copyOf(out, size + 1);
        }
        out[size++] = (byte) (high * 16);
      }
      return new COSString(Arrays.copyOf(out, size));
    }

    /**
     * A literal string with its escapes read as PDFBox reads them (the engine escapes the glyph
     * numbers that are a backslash, a parenthesis or an end of line). A parenthesis nested
     * unescaped, and an escaped closing one where PDFBox would guess that the string ends, are left
     * to PDFBox.
     */
    private COSString literalString() {
      int start = ++p;
      boolean escaped = false;
      size = 0;
      while (p < n) {
        byte c = b[p];
        if (c == ')') {
          p++;
          return new COSString(
              escaped ? Arrays.copyOf(buf, size) : Arrays.copyOfRange(b, start, p - 1));
        }
        if (c == '(') {
          return null;
        }
        if (c != '\\') {
          if (escaped) {
            put(c);
          }
          p++;
          continue;
        }
        if (!escaped) {
          escaped = true;
          for (int i = start; i < p; i++) {
            put(b[i]);
          }
        }
        if (++p >= n) {
          return null;
        }
        byte next = b[p++];
        switch (next) {
          case 'n' -> put((byte) '\n');
          case 'r' -> put((byte) '\r');
          case 't' -> put((byte) '\t');
          case 'b' -> put((byte) '\b');
          case 'f' -> put((byte) '\f');
          case ')' -> {
            if (mayEndString(p)) {
              return null;
            }
            put(next);
          }
          case '\n', '\r' -> {
            while (p < n && (b[p] == '\n' || b[p] == '\r')) {
              p++;
            }
          }
          case '0', '1', '2', '3', '4', '5', '6', '7' -> {
            int value = next - '0';
            for (int i = 0; i < 2 && p < n && b[p] >= '0' && b[p] <= '7'; i++) {
              value = value * 8 + b[p++] - '0';
            }
            put((byte) value);
          }
          default -> put(next);
        }
      }
      return null;
    }

    /** Appends a byte to the string being read. */
    private void put(byte c) {
      if (size == buf.length) {
        buf = Arrays.copyOf(buf, size * 2);
      }
      buf[size++] = c;
    }

    /**
     * Whether PDFBox would take the escaped parenthesis before {@code at} as the end of a broken
     * string: an end of line followed by {@code /} or {@code >} in the next three bytes.
     */
    private boolean mayEndString(int at) {
      if (at + 3 > n) {
        return false;
      }
      byte x = b[at];
      byte y = b[at + 1];
      byte z = b[at + 2];
      return (x == '\r' || x == '\n') && (y == '/' || y == '>')
          || x == '\r' && y == '\n' && (z == '/' || z == '>');
    }

    /** An array of numbers, names and strings. */
    private COSArray array() throws IOException {
      p++;
      COSArray array = new COSArray();
      while (true) {
        skipSpaces();
        if (p >= n) {
          return null;
        }
        int c = b[p];
        if (c == ']') {
          p++;
          return array;
        }
        COSBase element = element(c);
        if (element == null) {
          return null;
        }
        array.add(element);
      }
    }

    /** A number, name or string inside an array or a dictionary. */
    private COSBase element(int c) throws IOException {
      if (c == '/') {
        return name();
      } else if (c == '(') {
        return literalString();
      } else if (c == '<' && p + 1 < n && b[p + 1] != '<') {
        return hexString();
      } else if (isDigit(c) || c == '-' || c == '.') {
        return plainNumber();
      }
      return null;
    }

    /**
     * A dictionary of names and numbers, names or strings, made direct as PDFBox makes one read
     * from a content stream (and each of its values).
     */
    private COSDictionary dictionary() throws IOException {
      p += 2;
      COSDictionary dictionary = new COSDictionary();
      dictionary.setDirect(true);
      while (true) {
        skipSpaces();
        if (p >= n) {
          return null;
        }
        int c = b[p];
        if (c == '>') {
          if (p + 1 < n && b[p + 1] == '>') {
            p += 2;
            return dictionary;
          }
          return null;
        }
        if (c != '/') {
          return null;
        }
        COSName key = name();
        if (key == null) {
          return null;
        }
        skipSpaces();
        if (p >= n) {
          return null;
        }
        COSBase value = element(b[p]);
        if (value == null) {
          return null;
        }
        skipSpaces();
        if (value instanceof COSNumber && p < n && isDigit(b[p])) {
          return null; // an object reference, which a content stream cannot hold
        }
        value.setDirect(true);
        dictionary.setItem(key, value);
      }
    }
  }
}
