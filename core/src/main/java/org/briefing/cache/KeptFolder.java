package org.briefing.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.files.BoundedFiles;
import org.briefing.files.TempFiles;

/**
 * A folder of entries kept on disk between runs (parsed corpus files, formatted reference lists):
 * an entry is read only if it is a regular file and only up to a bound, written through a temporary
 * file and an atomic rename (a reader in another process sees a whole entry or none), and the
 * oldest are removed once there are more than the folder holds. A folder that cannot be made, read
 * or written is no error: nothing is found, nothing kept.
 *
 * <pre>{@code
 * KeptFolder folder = new KeptFolder(Path.of("/home/me/.cache/briefing/cite"), ".cb", 64);
 * String name = KeptFolder.name(stamp, key, ".cb");
 * byte[] bytes = folder.read(name, 1 << 20); // null when there is none
 * folder.write(name, bytes);
 * }</pre>
 */
public final class KeptFolder {
  private static final String TEMPORARY = ".keep-";

  private final Path dir;
  private final String suffix;
  private final int maxFiles;

  /**
   * @param dir the folder (made when the first entry is written)
   * @param suffix how every entry's name ends
   * @param maxFiles most entries kept
   */
  public KeptFolder(Path dir, String suffix, int maxFiles) {
    if (maxFiles < 1) {
      throw new IllegalArgumentException("maxFiles " + maxFiles);
    }
    this.dir = dir;
    this.suffix = suffix;
    this.maxFiles = maxFiles;
  }

  /**
   * An entry's name: the tool build's stamp (two builds in use keep entries of their own), a CRC-32
   * of what the entry is kept for, and that key's length in bytes. The key itself belongs in the
   * entry, to be compared whole when it is read: names can collide.
   */
  public static String name(long stamp, byte[] key, String suffix) {
    CRC32 crc = new CRC32();
    crc.update(key);
    return Long.toHexString(stamp)
        + "-"
        + Integer.toHexString((int) crc.getValue())
        + "-"
        + Integer.toHexString(key.length)
        + suffix;
  }

  /** CRC-32 of the bytes from {@code from} on (zlib's, native: quick before the JIT has run). */
  public static int crc32(byte[] bytes, int from) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, bytes.length - from);
    return (int) crc.getValue();
  }

  /**
   * The entry's bytes; null when there is no such entry, or it is not a regular file (a named pipe
   * put where an entry would be is not opened), is larger than {@code max}, or cannot be read.
   */
  public byte[] read(String name, long max) {
    Path file = dir.resolve(name);
    try {
      return BoundedFiles.readIfExists(file, max, SourcePosition.file(file.toString()), "")
          .orElse(null);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** Writes the entry (replacing one of that name), then removes the oldest beyond the bound. */
  public boolean write(String name, byte[] bytes) {
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = TempFiles.create(dir, TEMPORARY, ".tmp");
      Files.write(tmp, bytes);
      Files.move(
          tmp,
          dir.resolve(name),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
      prune();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException | RuntimeException ignored) {
          // Left behind; removed with a later prune.
        }
      }
    }
  }

  /** Removes the oldest entries (and stray temporary files) beyond the bound. */
  private void prune() throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
      for (Path p : list) {
        String n = p.getFileName().toString();
        if (n.endsWith(suffix) || n.startsWith(TEMPORARY)) {
          entries.add(p);
        }
        if (entries.size() > 4 * maxFiles) {
          break;
        }
      }
    }
    if (entries.size() <= maxFiles) {
      return;
    }
    Map<Path, FileTime> times = new LinkedHashMap<>();
    for (Path p : entries) {
      try {
        times.put(p, Files.getLastModifiedTime(p));
      } catch (IOException e) {
        // Gone already.
      }
    }
    List<Path> oldestFirst = new ArrayList<>(times.keySet());
    oldestFirst.sort((a, b) -> times.get(a).compareTo(times.get(b)));
    for (int i = 0; i < oldestFirst.size() - maxFiles; i++) {
      Files.deleteIfExists(oldestFirst.get(i));
    }
  }
}
