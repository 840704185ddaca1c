package org.briefing.cite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.briefing.cache.KeptBytes;
import org.briefing.cache.KeptFolder;
import org.briefing.cache.RecentlyUsed;
import org.briefing.document.Inline;
import org.briefing.files.StrictUtf8;

/**
 * Reference lists formatted by citeproc-java, kept on disk between runs: a cold build whose
 * references have not changed since a build that listed them need not start the CSL processor, nor
 * the XML parser it reads its style and locale with (docs/performance.md, "Cold start-up, tenth
 * pass").
 *
 * <p>A list is kept in its <em>family</em>: everything the processor formats it from besides the
 * ids listed, written out in full and compared whole when a list is found (the style, its CSL
 * locale, the language, and every reference of the paper as the CSL item it becomes, in the
 * corpus's order). A family holds at most {@value #MAX_LISTS} lists (one per set of ids a briefing
 * listed, the last used kept), and the folder at most {@value #MAX_FILES} families. An entry is
 * read only if it is a regular file and only up to a bound; a damaged, cut short or foreign entry,
 * one whose text holds a control character, or whose links are not {@code http}, {@code https} or
 * {@code mailto} links, is a miss, and the list is formatted as if nothing were kept.
 *
 * <pre>{@code
 * KeptBibliographies.use(new KeptBibliographies(Path.of("/home/me/.cache/briefing/cite"), stamp));
 * }</pre>
 */
public final class KeptBibliographies {
  /** Most families kept in the folder. */
  public static final int MAX_FILES = 64;

  /** Most lists kept for one family. */
  public static final int MAX_LISTS = 16;

  private static final int MAGIC = 0x42434231; // "BCB1"
  private static final int FORMAT = 1;
  private static final String SUFFIX = ".cb";

  private static volatile KeptBibliographies current;

  private final KeptFolder folder;
  private final long stamp;

  /**
   * The families this process read or kept last, so that a batch's or a watch session's briefings
   * over one corpus read its entry once, not once each (any entry of a family holds the same lists
   * for the same ids: what another process keeps meanwhile changes nothing a list here gives).
   */
  private final RecentlyUsed<Family, List<KeptList>> recent = new RecentlyUsed<>(8);

  /** A family's key, compared by its bytes. */
  private record Family(byte[] key) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Family f && Arrays.equals(f.key, key);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(key);
    }
  }

  /** One formatted entry: the reference's id and its text as {@link InlineFormat} marks it. */
  record Marked(String id, String text) {}

  /**
   * @param dir the folder to keep lists in (made when the first is kept)
   * @param stamp what identifies this build of the tool: a list kept by another is not used
   */
  public KeptBibliographies(Path dir, long stamp) {
    this.folder = new KeptFolder(dir, SUFFIX, MAX_FILES);
    this.stamp = stamp;
  }

  /** Makes the citation processors of this process find and keep lists here; null for nowhere. */
  public static void use(KeptBibliographies kept) {
    current = kept;
  }

  /** Where this process keeps lists, or null. */
  static KeptBibliographies current() {
    return current;
  }

  /** The list kept in this family for these ids (in their natural order), or null. */
  List<Marked> find(byte[] family, List<String> ids) {
    for (KeptList l : lists(family)) {
      if (l.ids.equals(ids)) {
        return l.entries;
      }
    }
    return null;
  }

  /** Whether this family has any list kept. */
  boolean has(byte[] family) {
    return !lists(family).isEmpty();
  }

  /** Keeps the list of these ids (in their natural order) in its family; failures are ignored. */
  void keep(byte[] family, List<String> ids, List<Marked> entries) {
    List<KeptList> lists = new ArrayList<>();
    lists.add(new KeptList(List.copyOf(ids), List.copyOf(entries)));
    for (KeptList l : lists(family)) {
      if (!l.ids.equals(ids) && lists.size() < MAX_LISTS) {
        lists.add(l);
      }
    }
    byte[] bytes = encode(family, lists, stamp);
    if (bytes != null && bytes.length <= maxBytes(family)) {
      folder.write(KeptFolder.name(stamp, family, SUFFIX), bytes);
      recent.put(new Family(family.clone()), List.copyOf(lists));
    }
  }

  private List<KeptList> lists(byte[] family) {
    Family f = new Family(family.clone());
    List<KeptList> known = recent.get(f);
    if (known != null) {
      return known;
    }
    List<KeptList> read = List.of();
    byte[] bytes = folder.read(KeptFolder.name(stamp, family, SUFFIX), maxBytes(family));
    if (bytes != null) {
      try {
        read = decode(bytes, family, stamp);
      } catch (RuntimeException damaged) {
        // A miss: the list is formatted again, and kept over this entry.
      }
    }
    recent.put(f, read);
    return read;
  }

  /** The largest entry kept for a family of this size: lists are formatted from what it holds. */
  private static long maxBytes(byte[] family) {
    return 40L * family.length + 65_536;
  }

  record KeptList(List<String> ids, List<Marked> entries) {}

  /**
   * A family's key: everything in the description written out so that two different descriptions
   * never give the same bytes (each string with its length, each map and list with its size). Null
   * when a string is not well-formed UTF-16 (nothing is kept then).
   */
  static byte[] family(List<Object> description) {
    StringBuilder b = new StringBuilder();
    describe(description, b);
    return StrictUtf8.encode(b);
  }

  private static void describe(Object o, StringBuilder b) {
    if (o == null) {
      b.append('z');
    } else if (o instanceof String s) {
      b.append('s').append(s.length()).append(':').append(s);
    } else if (o instanceof Map<?, ?> m) {
      b.append('m').append(m.size()).append(':');
      m.forEach(
          (k, v) -> {
            describe(k, b);
            describe(v, b);
          });
    } else if (o instanceof List<?> l) {
      b.append('l').append(l.size()).append(':');
      l.forEach(x -> describe(x, b));
    } else if (o instanceof Number || o instanceof Boolean) {
      String s = o.toString();
      b.append(o instanceof Boolean ? 'b' : 'n').append(s.length()).append(':').append(s);
    } else {
      String s = o.getClass().getName() + "=" + o;
      b.append('o').append(s.length()).append(':').append(s);
    }
  }

  // The format (KeptBytes): the family's bytes (length first), the number of lists, and per list:
  // its ids, then its entries (id and marked text).

  static byte[] encode(byte[] family, List<KeptList> lists, long stamp) {
    KeptBytes.Out out = new KeptBytes.Out(MAGIC, FORMAT, stamp).putBytes(family);
    out.putInt(lists.size());
    for (KeptList l : lists) {
      out.putInt(l.ids.size());
      l.ids.forEach(out::putString);
      out.putInt(l.entries.size());
      for (Marked m : l.entries) {
        out.putString(m.id).putString(m.text);
      }
    }
    return out.finish();
  }

  static List<KeptList> decode(byte[] bytes, byte[] family, long stamp) {
    KeptBytes.In in = KeptBytes.In.open(bytes, MAGIC, FORMAT, stamp);
    if (!Arrays.equals(in.getBytes(), family)) {
      throw new IllegalStateException("another family");
    }
    int n = in.count(MAX_LISTS);
    List<KeptList> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int idCount = in.count(bytes.length / 4);
      List<String> ids = new ArrayList<>(idCount);
      for (int k = 0; k < idCount; k++) {
        String id = in.getString();
        // Written in their natural order, each once: a list found is the list of those ids.
        if (!ids.isEmpty() && ids.get(ids.size() - 1).compareTo(id) >= 0) {
          throw new IllegalStateException("ids out of order");
        }
        ids.add(id);
      }
      int entryCount = in.count(idCount);
      List<Marked> entries = new ArrayList<>(entryCount);
      for (int k = 0; k < entryCount; k++) {
        String id = in.getString();
        String text = in.getString();
        if (!ids.contains(id)) {
          throw new IllegalStateException("an entry for an id not listed");
        }
        checkLinks(InlineFormat.inlines(text));
        entries.add(new Marked(id, text));
      }
      lists.add(new KeptList(List.copyOf(ids), List.copyOf(entries)));
    }
    in.end();
    return lists;
  }

  /** Only the links {@link InlineFormat} makes: http, https and mailto. */
  private static void checkLinks(List<Inline> inlines) {
    for (Inline i : inlines) {
      if (i instanceof Inline.Link l) {
        if (!InlineFormat.linkable(l.target())) {
          throw new IllegalStateException("a link the tool does not make");
        }
        checkLinks(l.content());
      } else if (i instanceof Inline.Emphasis e) {
        checkLinks(e.content());
      } else if (i instanceof Inline.Strong s) {
        checkLinks(s.content());
      }
    }
  }
}
