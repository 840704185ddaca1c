package org.briefing.yaml;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefing.cache.KeptFolder;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.files.StrictUtf8;
import org.briefing.text.ControlCharacters;

/**
 * Parsed corpus files kept on disk between runs, so that a build of an unchanged corpus does not
 * parse its YAML again: a cold process spends longer in the YAML scanner than in anything else
 * before its first page (docs/performance.md). A file is kept only when it parsed without a
 * problem, and found again only for the very same text (its UTF-8 bytes compared whole, not by a
 * hash), so that a file read from disk need not even be decoded when its parse is kept; any other
 * text, a cache file that is damaged, cut short, of another format or of another build of the tool,
 * or one that cannot be read, is a miss, and the text is parsed as if there were no cache. What the
 * cache gives is exactly the tree {@link YamlLoader#load} makes of that text.
 *
 * <p>The folder holds at most {@value #MAX_FILES} entries (the oldest are removed when one is
 * added); a cache file is read only if it is a regular file, and only up to a bound, and every
 * count, offset and depth in it is checked before it is used. Writes go through a temporary file
 * and an atomic rename, so a reader in another process sees a whole entry or none. A folder that
 * cannot be made or written is no error: the build goes on without keeping anything.
 *
 * <pre>{@code
 * YamlLoader.useCache(new ParsedYamlCache(Path.of("/home/me/.cache/briefing/yaml"), stamp));
 * YamlNode root = YamlLoader.loadKept("corpus/findings.yaml", text); // parsed, or found
 * YamlNode same = YamlLoader.findKept("corpus/findings.yaml", utf8); // found, or null
 * }</pre>
 */
public final class ParsedYamlCache {
  /** Most entries kept in the folder. */
  public static final int MAX_FILES = 256;

  private static final int MAGIC = 0x42594331; // "BYC1"
  private static final int FORMAT = 3;
  private static final int HEADER_INTS = 8;
  private static final String SUFFIX = ".yc";

  private static final int NULL = 0;
  private static final int PLAIN = 1;
  private static final int QUOTED = 2;
  private static final int SEQUENCE = 3;
  private static final int MAPPING = 4;

  /**
   * The decoder, loaded with this class. The launcher's start-up cache holds the classes its
   * training run loaded, and that run finds nothing kept (the tool was just built), so the decoder
   * would be read from the jar in every later build, the first read from the jar in the process, on
   * the way to the corpus (about 20 ms cold).
   */
  @SuppressWarnings("unused")
  private static final Class<?> DECODER = Decoder.class;

  private final KeptFolder folder;
  private final long stamp;
  private final AtomicInteger hits = new AtomicInteger();

  /**
   * @param dir the folder to keep parsed files in (made when the first is kept)
   * @param stamp what identifies this build of the tool: an entry kept by another is not used
   */
  public ParsedYamlCache(Path dir, long stamp) {
    this.folder = new KeptFolder(dir, SUFFIX, MAX_FILES);
    this.stamp = stamp;
  }

  /** How many texts were found kept, so far. */
  public int hits() {
    return hits.get();
  }

  /**
   * The tree kept for the text these UTF-8 bytes hold, with positions in {@code path}; null when
   * there is none (or it cannot be used).
   */
  YamlNode find(String path, byte[] utf8) {
    if (utf8.length == 0) {
      return null;
    }
    // Only a regular file, and never more than an entry for this text can hold: a named pipe or a
    // device put where an entry would be is not opened (it would block, or never end).
    byte[] bytes = folder.read(name(stamp, utf8), maxBytes(utf8.length));
    if (bytes == null) {
      return null;
    }
    try {
      YamlNode found = decode(bytes, path, utf8, stamp);
      hits.incrementAndGet();
      return found;
    } catch (RuntimeException damaged) {
      return null;
    }
  }

  /**
   * Keeps the tree parsed from the text these UTF-8 bytes hold; failures to write are ignored. A
   * tree that UTF-8 cannot carry exactly (a lone surrogate in a value) or that is much larger than
   * its text is not kept. (The format is read back exactly as written: its ints are copied and its
   * strings are well-formed UTF-16, so the tree is not decoded again to check it; the tests do that
   * for every example file and for generated trees.)
   */
  void keep(byte[] utf8, YamlNode root) {
    if (utf8.length == 0) {
      return;
    }
    byte[] bytes = encode(utf8, root, stamp);
    if (bytes == null || bytes.length > maxBytes(utf8.length)) {
      return;
    }
    folder.write(name(stamp, utf8), bytes);
  }

  /**
   * The entry's file name: the tool build's stamp (so that two builds in use keep entries of their
   * own), a CRC-32 of the text's UTF-8 bytes and their count (the bytes themselves are compared on
   * a find).
   */
  static String name(long stamp, byte[] utf8) {
    return KeptFolder.name(stamp, utf8, SUFFIX);
  }

  /**
   * The largest entry kept for a text of this many UTF-8 bytes (aliases can make a tree larger).
   */
  private static long maxBytes(int textBytes) {
    return 16L * textBytes + 65_536;
  }

  // The format: HEADER_INTS ints (magic, format, the stamp as two ints, the number of node ints,
  // the number of the source text's UTF-8 bytes, the length of the strings in chars, a CRC-32 of
  // the rest), the node ints, the source text's UTF-8 bytes as read, then the strings as UTF-8:
  // every scalar's value and every key. A node is NULL line column | PLAIN or QUOTED line column
  // offset length | SEQUENCE line column count, items | MAPPING line column count, then per entry:
  // key offset, key length, key line, key column, value (offsets and lengths in chars of the
  // strings).

  /** The entry's bytes; null when a string is not well-formed UTF-16 (UTF-8 would change it). */
  static byte[] encode(byte[] source, YamlNode root, long stamp) {
    StringBuilder strings = new StringBuilder(source.length);
    IntList ints = new IntList();
    encode(root, ints, strings);
    byte[] utf8 = StrictUtf8.encode(strings);
    if (utf8 == null) {
      return null;
    }
    ByteBuffer out =
        ByteBuffer.allocate(4 * (HEADER_INTS + ints.size) + source.length + utf8.length);
    out.putInt(MAGIC)
        .putInt(FORMAT)
        .putInt((int) (stamp >>> 32))
        .putInt((int) stamp)
        .putInt(ints.size)
        .putInt(source.length)
        .putInt(strings.length())
        .putInt(0); // the checksum, filled in below
    out.asIntBuffer().put(ints.values, 0, ints.size);
    out.position(out.position() + 4 * ints.size);
    out.put(source);
    out.put(utf8);
    byte[] bytes = out.array();
    ByteBuffer.wrap(bytes).putInt(4 * (HEADER_INTS - 1), checksum(bytes));
    return bytes;
  }

  private static void encode(YamlNode node, IntList ints, StringBuilder strings) {
    SourcePosition at = node.position();
    if (node instanceof YamlNode.Scalar s) {
      ints.add(s.plain() ? PLAIN : QUOTED, at.line(), at.column());
      ints.add(strings.length(), s.value().length());
      strings.append(s.value());
    } else if (node instanceof YamlNode.Sequence q) {
      ints.add(SEQUENCE, at.line(), at.column());
      ints.add(q.items().size());
      for (YamlNode item : q.items()) {
        encode(item, ints, strings);
      }
    } else if (node instanceof YamlNode.Mapping m) {
      ints.add(MAPPING, at.line(), at.column());
      ints.add(m.entries().size());
      for (YamlNode.Entry e : m.entries().values()) {
        ints.add(strings.length(), e.key().length());
        ints.add(e.keyPosition().line(), e.keyPosition().column());
        strings.append(e.key());
        encode(e.value(), ints, strings);
      }
    } else {
      ints.add(NULL, at.line(), at.column());
    }
  }

  static YamlNode decode(byte[] bytes, String path, byte[] source, long stamp) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.getInt() != MAGIC
        || in.getInt() != FORMAT
        || in.getInt() != (int) (stamp >>> 32)
        || in.getInt() != (int) stamp) {
      throw new IllegalStateException("another format or build");
    }
    int count = in.getInt();
    int sourceBytes = in.getInt();
    int chars = in.getInt();
    if (in.getInt() != checksum(bytes)) {
      throw new IllegalStateException("damaged");
    }
    if (count < 3
        || count > (bytes.length - 4 * HEADER_INTS) / 4
        || sourceBytes != source.length
        || sourceBytes > bytes.length - 4 * (HEADER_INTS + count)
        || chars < 0) {
      throw new IllegalStateException("bad counts");
    }
    int from = 4 * (HEADER_INTS + count);
    if (!Arrays.equals(bytes, from, from + sourceBytes, source, 0, sourceBytes)) {
      throw new IllegalStateException("another text");
    }
    int[] ints = new int[count];
    in.asIntBuffer().get(ints);
    from += sourceBytes;
    String strings = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    if (strings.length() != chars) {
      throw new IllegalStateException("bad strings");
    }
    // The loader refuses these in any value or key; an entry that holds one was not written by it
    // (a checksum is no seal), and the file is parsed instead, which reports the character.
    if (ControlCharacters.first(strings).isPresent()) {
      throw new IllegalStateException("a control character");
    }
    Decoder d = new Decoder(ints, strings, path);
    YamlNode root = d.node(0);
    if (d.at != ints.length) {
      throw new IllegalStateException("trailing data");
    }
    return root;
  }

  /** CRC-32 of everything after the header. */
  private static int checksum(byte[] bytes) {
    return KeptFolder.crc32(bytes, 4 * HEADER_INTS);
  }

  private static final class Decoder {
    private final int[] ints;
    private final String strings;
    private final String path;
    private int at;
    private int nodes;

    Decoder(int[] ints, String strings, String path) {
      this.ints = ints;
      this.strings = strings;
      this.path = path;
    }

    private int next() {
      return ints[at++];
    }

    private SourcePosition position() {
      int line = next();
      int column = next();
      if (line < 1 || column < 1) {
        throw new IllegalStateException("bad position");
      }
      return new SourcePosition(path, line, column);
    }

    private String string() {
      int offset = next();
      int length = next();
      if (offset < 0 || length < 0 || offset > strings.length() - length) {
        throw new IllegalStateException("bad string");
      }
      return strings.substring(offset, offset + length);
    }

    private int count() {
      int n = next();
      if (n < 0 || n > ints.length - at) {
        throw new IllegalStateException("bad count");
      }
      return n;
    }

    YamlNode node(int depth) {
      if (++nodes > YamlLoader.MAX_NODES || depth > YamlLoader.MAX_DEPTH) {
        throw new IllegalStateException("too many or too deep");
      }
      int kind = next();
      SourcePosition position = position();
      switch (kind) {
        case NULL:
          return new YamlNode.Null(position);
        case PLAIN:
        case QUOTED:
          return new YamlNode.Scalar(string(), kind == PLAIN, position);
        case SEQUENCE:
          {
            int n = count();
            List<YamlNode> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              items.add(node(depth + 1));
            }
            return new YamlNode.Sequence(items, position);
          }
        case MAPPING:
          {
            int n = count();
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
              String key = string();
              SourcePosition keyAt = position();
              YamlNode.Entry entry = new YamlNode.Entry(key, keyAt, node(depth + 1));
              if (entries.putIfAbsent(key, entry) != null) {
                throw new IllegalStateException("duplicate key");
              }
            }
            return new YamlNode.Mapping(entries, position);
          }
        default:
          throw new IllegalStateException("bad kind " + kind);
      }
    }
  }

  private static final class IntList {
    int[] values = new int[1024];
    int size;

    void add(int... more) {
      if (size + more.length > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
      }
      System.arraycopy(more, 0, values, size, more.length);
      size += more.length;
    }
  }
}
