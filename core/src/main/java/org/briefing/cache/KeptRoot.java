package org.briefing.cache;

import java.nio.file.Path;

/**
 * Where this process keeps what it made for later runs ({@code $XDG_CACHE_HOME/briefing}), and the
 * stamp of the tool build that keeps it; set once by the command line, none by default (a library
 * user or a test keeps nothing unless it says where). Each kind of kept entry has a folder of its
 * own in it.
 *
 * <pre>{@code
 * KeptRoot.use(new KeptRoot(Path.of("/home/me/.cache/briefing"), stamp));
 * KeptRoot root = KeptRoot.current(); // null when nothing is kept
 * KeptFolder xmp = root.folder("xmp", ".xt", 64);
 * }</pre>
 *
 * @param dir the folder that holds each kind's folder
 * @param stamp what identifies this build of the tool: an entry kept by another is not used
 */
public record KeptRoot(Path dir, long stamp) {
  private static volatile KeptRoot current;

  /** Makes this process keep entries under {@code root}; null for nowhere. */
  public static void use(KeptRoot root) {
    current = root;
  }

  /** Where this process keeps entries, or null. */
  public static KeptRoot current() {
    return current;
  }

  /** The folder of one kind of entry. */
  public KeptFolder folder(String name, String suffix, int maxFiles) {
    return new KeptFolder(dir.resolve(name), suffix, maxFiles);
  }
}
