package org.briefing.cache;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import org.briefing.files.StrictUtf8;
import org.briefing.text.ControlCharacters;

/**
 * The binary form of an entry kept on disk ({@link KeptFolder}): a header (a magic number, a format
 * number, the tool build's stamp, and a CRC-32 of the rest), then ints, byte strings and UTF-8
 * strings, each string with its length first. Reading checks the header and every count against
 * what is left; any mismatch, a string that is not well-formed UTF-8 or that holds a control
 * character, and bytes left over, throw {@link IllegalStateException}: the entry is not used.
 *
 * <pre>{@code
 * byte[] bytes = new KeptBytes.Out(MAGIC, 1, stamp).putInt(2).putString("a").finish();
 * KeptBytes.In in = KeptBytes.In.open(bytes, MAGIC, 1, stamp);
 * int n = in.count(16);
 * String s = in.getString();
 * in.end();
 * }</pre>
 */
public final class KeptBytes {
  /** The header's length in bytes. */
  public static final int HEADER = 20;

  private KeptBytes() {}

  /** Writes an entry. */
  public static final class Out {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private boolean encodable = true;

    public Out(int magic, int format, long stamp) {
      out.writeBytes(
          ByteBuffer.allocate(HEADER).putInt(magic).putInt(format).putLong(stamp).array());
    }

    public Out putInt(int n) {
      out.writeBytes(ByteBuffer.allocate(4).putInt(n).array());
      return this;
    }

    /** The bytes, their length first. */
    public Out putBytes(byte[] bytes) {
      putInt(bytes.length);
      out.writeBytes(bytes);
      return this;
    }

    /** The text as UTF-8, its length first. */
    public Out putString(String text) {
      byte[] utf8 = StrictUtf8.encode(text);
      if (utf8 == null) {
        encodable = false;
        return putInt(0);
      }
      return putBytes(utf8);
    }

    /** The entry's bytes; null when a string was not well-formed UTF-16 (a lone surrogate). */
    public byte[] finish() {
      if (!encodable) {
        return null;
      }
      byte[] bytes = out.toByteArray();
      ByteBuffer.wrap(bytes).putInt(HEADER - 4, KeptFolder.crc32(bytes, HEADER));
      return bytes;
    }
  }

  /** Reads an entry. */
  public static final class In {
    private final ByteBuffer in;

    private In(ByteBuffer in) {
      this.in = in;
    }

    /** The entry after its header, if the header is this format's and build's and the CRC holds. */
    public static In open(byte[] bytes, int magic, int format, long stamp) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (bytes.length < HEADER
          || in.getInt() != magic
          || in.getInt() != format
          || in.getLong() != stamp
          || in.getInt() != KeptFolder.crc32(bytes, HEADER)) {
        throw new IllegalStateException("another format or build, or damaged");
      }
      return new In(in);
    }

    public int getInt() {
      try {
        return in.getInt();
      } catch (BufferUnderflowException cut) {
        throw new IllegalStateException("cut short", cut);
      }
    }

    /** A count from 0 to {@code max}. */
    public int count(int max) {
      int n = getInt();
      if (n < 0 || n > max) {
        throw new IllegalStateException("bad count");
      }
      return n;
    }

    public byte[] getBytes() {
      byte[] b = new byte[count(in.remaining())];
      in.get(b);
      return b;
    }

    /** A string, refused if it holds a character the tool refuses where text enters. */
    public String getString() {
      String s;
      try {
        s = StrictUtf8.decode(getBytes());
      } catch (CharacterCodingException e) {
        throw new IllegalStateException("not UTF-8", e);
      }
      if (ControlCharacters.first(s).isPresent()) {
        throw new IllegalStateException("a control character");
      }
      return s;
    }

    /** Checks that nothing is left. */
    public void end() {
      if (in.hasRemaining()) {
        throw new IllegalStateException("trailing data");
      }
    }
  }
}
