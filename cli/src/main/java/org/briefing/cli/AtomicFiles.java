package org.briefing.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.files.TempFiles;

/**
 * Writes files so that a reader never sees half a file: the bytes go to a temporary file in the
 * same folder, which then replaces the target in one rename. An existing file is either kept whole
 * or replaced whole. A set of files (one briefing's formats) is written to temporary files first
 * and renamed together; when a rename fails, the files already replaced get their old content back.
 * Only regular files are replaced: never a device, a folder or a symlink.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) throws IOException {
    writeSet(Map.of(target, bytes));
  }

  /** Writes every file of {@code files}, all or (as far as the system allows) none. */
  static void writeSet(Map<Path, byte[]> files) throws IOException {
    writeSet(files, new Stale());
  }

  /**
   * {@link #writeSet(Map)}, with the temporary files left by earlier, interrupted writes found by
   * {@code stale}: one listing of each folder for a whole batch, not one per file written.
   */
  static void writeSet(Map<Path, byte[]> files, Stale stale) throws IOException {
    for (Path target : files.keySet()) {
      checkReplaceable(target);
      Files.createDirectories(target.toAbsolutePath().getParent());
      stale.remove(target);
    }
    Map<Path, Path> temps = new LinkedHashMap<>();
    Map<Path, Path> backups = new LinkedHashMap<>();
    List<Path> replaced = new ArrayList<>();
    boolean done = false;
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        Path target = e.getKey();
        Path tmp =
            TempFiles.write(
                target.toAbsolutePath().getParent(),
                "." + target.getFileName() + ".",
                ".tmp",
                e.getValue());
        temps.put(target, tmp);
        setPermissions(tmp, target);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
          Path old = temp(target, ".old");
          backups.put(target, old);
          Files.delete(old);
          // A second name for the old content, made without a moment when the target is missing.
          try {
            Files.createLink(old, target);
          } catch (UnsupportedOperationException | IOException noLinks) {
            Files.copy(target, old, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        move(e.getValue(), e.getKey());
        replaced.add(e.getKey());
        if (replaced.size() < temps.size()) {
          pauseForKillTest();
        }
      }
      done = true;
    } finally {
      if (!done) {
        for (Path target : replaced) {
          Path old = backups.get(target);
          try {
            if (old != null) {
              move(old, target);
            } else {
              Files.deleteIfExists(target);
            }
          } catch (IOException restoreFailed) {
            // the first failure is the one reported; the next build writes the set again
          }
        }
      }
      for (Path p : temps.values()) {
        Files.deleteIfExists(p);
      }
      for (Path p : backups.values()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Test hook for the kill test: with the system property {@value #PAUSE_PROPERTY} set to a file
   * path, the first set of two or more files pauses after its first rename, creates that file to
   * say so, and waits (at most two minutes) for the test to kill the process. It changes nothing
   * that is written, and no option of the tool sets it.
   */
  static final String PAUSE_PROPERTY = "briefing.test.pauseBetweenRenames";

  private static void pauseForKillTest() throws IOException {
    String marker = System.getProperty(PAUSE_PROPERTY);
    if (marker == null || marker.isEmpty()) {
      return;
    }
    Path m = Path.of(marker);
    if (Files.exists(m)) {
      return; // paused once already
    }
    Files.createFile(m);
    try {
      Thread.sleep(120_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Refuses to replace what is not a regular file (a device, a folder, a symlink). */
  static void checkReplaceable(Path target) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(
          "it is "
              + (Files.isSymbolicLink(target)
                  ? "a symlink"
                  : Files.isDirectory(target) ? "a folder" : "a device or other special file")
              + ", not a regular file, and is not replaced");
    }
  }

  /** Temporary and backup files left by a build that was killed while writing this target. */
  /**
   * The temporary files ({@code .NAME.….tmp}, {@code .NAME.….old}) that earlier writes left behind
   * when they were interrupted, removed before their target is written again. Each folder is listed
   * once, when the first file is written to it: a batch writing a thousand briefings into one
   * folder listed it once per file before, a cost that grew with the square of the batch. A file
   * another process makes after that listing is its own write in progress, not a leftover.
   */
  static final class Stale {
    private final Map<Path, NavigableSet<String>> byFolder = new HashMap<>();

    /** Removes the leftovers of {@code target}'s earlier writes. */
    void remove(Path target) throws IOException {
      Path dir = target.toAbsolutePath().getParent();
      NavigableSet<String> names = byFolder.get(dir);
      if (names == null) {
        names = list(dir);
        byFolder.put(dir, names);
      }
      String prefix = "." + target.getFileName() + ".";
      Set<String> mine = names.subSet(prefix, true, prefix + Character.MAX_VALUE, true);
      for (String n : mine) {
        Path p = dir.resolve(n);
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
      mine.clear();
    }

    private static NavigableSet<String> list(Path dir) throws IOException {
      NavigableSet<String> names = new TreeSet<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*")) {
        for (Path p : s) {
          String n = p.getFileName().toString();
          if (n.endsWith(".tmp") || n.endsWith(".old")) {
            names.add(n);
          }
        }
      }
      return names;
    }
  }

  private static Path temp(Path target, String suffix) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    return TempFiles.create(dir, "." + target.getFileName() + ".", suffix);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * A temporary file is created readable by its owner only; the output gets the permissions of the
   * file it replaces, or the usual rw-r--r-- for a new file.
   */
  private static void setPermissions(Path tmp, Path target) throws IOException {
    if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) == null) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }
}
