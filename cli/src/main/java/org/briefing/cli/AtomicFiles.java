package org.briefing.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
    Path current = null;
    try {
      for (Path target : files.keySet()) {
        current = target;
        checkReplaceable(target);
        Files.createDirectories(target.toAbsolutePath().getParent());
        stale.remove(target);
      }
      current = null;
      replaceAll(files);
    } catch (IOException e) {
      throw failure(current != null ? current : failedTarget(files.keySet(), e), e);
    }
  }

  /** Writes the temporary files and renames them over their targets; see {@link #writeSet}. */
  private static void replaceAll(Map<Path, byte[]> files) throws IOException {
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
      throw new WriteFailure(
          target,
          "it is "
              + (Files.isSymbolicLink(target)
                  ? "a symlink"
                  : Files.isDirectory(target) ? "a folder" : "a device or other special file")
              + ", not a regular file, and is not replaced");
    }
  }

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

  /**
   * A file that could not be written, and why in words for people: its message is {@code
   * "out/note.md: permission denied"}, never the name of a temporary file.
   */
  static final class WriteFailure extends FileSystemException {
    private static final long serialVersionUID = 1L;

    WriteFailure(Path target, String reason) {
      super(target.toString(), null, reason);
    }
  }

  /**
   * Why a write failed, for people: "permission denied", "read-only file system", "no space left on
   * device", "not a directory" (the system's own words where it gives them).
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "something else already has that name";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder that is not empty has that name";
    }
    String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (r == null || r.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return Character.toLowerCase(r.charAt(0)) + r.substring(1);
  }

  /**
   * {@code e} as a failure to write {@code target}: its reason, and the path that failed when that
   * is not the target or one of its temporary files (a folder on the way to it).
   */
  static WriteFailure failure(Path target, IOException e) {
    if (e instanceof WriteFailure w) {
      return w;
    }
    String why = reason(e);
    if (e instanceof FileSystemException f && f.getFile() != null && !isOf(target, f.getFile())) {
      Path failed = Path.of(f.getFile()).toAbsolutePath().normalize();
      boolean folder = target.toAbsolutePath().normalize().startsWith(failed);
      why = (folder ? "cannot make its folder " : "") + f.getFile() + ": " + why;
    }
    WriteFailure w = new WriteFailure(target, why);
    w.initCause(e);
    return w;
  }

  /** The target of a set whose file (itself, its temporary or backup file) {@code e} names. */
  private static Path failedTarget(Iterable<Path> targets, IOException e) {
    Path first = null;
    for (Path t : targets) {
      if (first == null) {
        first = t;
      }
      if (e instanceof FileSystemException f && f.getFile() != null && isOf(t, f.getFile())) {
        return t;
      }
    }
    return first;
  }

  /** Whether {@code file} is {@code target} or one of its temporary files. */
  private static boolean isOf(Path target, String file) {
    Path t = target.toAbsolutePath().normalize();
    Path f = Path.of(file).toAbsolutePath().normalize();
    return f.equals(t)
        || (t.getParent() != null
            && t.getParent().equals(f.getParent())
            && f.getFileName().toString().startsWith("." + t.getFileName() + "."));
  }

  /** Puts a new folder's files in place: see {@link #writeFolder}. */
  interface FolderContent {
    /** Writes the files into {@code folder}, a new empty folder. */
    void writeInto(Path folder) throws IOException;
  }

  /**
   * Makes a folder's content all or nothing: {@code content} writes into a new temporary folder
   * beside {@code dir} (inside it, when {@code dir} is an existing empty folder), which is then
   * renamed into place (or its entries are). When anything fails, or {@code content} throws,
   * everything made is removed again, the missing folders on the way to {@code dir} included.
   *
   * @throws WriteFailure naming the file that could not be written (where it would have been in
   *     {@code dir}) and why
   */
  static void writeFolder(Path dir, FolderContent content) throws IOException {
    Path abs = dir.toAbsolutePath().normalize();
    boolean existed = Files.isDirectory(abs);
    Path parent = existed ? abs : abs.getParent();
    List<Path> made = new ArrayList<>();
    List<Path> moved = new ArrayList<>();
    Path stage = null;
    boolean done = false;
    try {
      List<Path> missing = new ArrayList<>();
      for (Path p = parent; p != null && !Files.isDirectory(p); p = p.getParent()) {
        missing.add(0, p);
      }
      for (Path p : missing) {
        Files.createDirectory(p);
        made.add(p);
      }
      stage = newFolder(parent, "." + abs.getFileName() + ".");
      try {
        content.writeInto(stage);
      } catch (FileSystemException e) {
        throw inPlace(e, stage, abs);
      }
      if (existed) {
        List<Path> entries;
        try (var s = Files.list(stage)) {
          entries = s.sorted().toList();
        }
        for (Path entry : entries) {
          Path to = abs.resolve(entry.getFileName().toString());
          Files.move(entry, to);
          moved.add(to);
        }
        Files.delete(stage);
      } else {
        Files.move(stage, abs, StandardCopyOption.ATOMIC_MOVE);
      }
      stage = null;
      done = true;
    } catch (IOException e) {
      throw failure(abs, e);
    } finally {
      if (!done) {
        for (Path p : moved) {
          deleteTree(p);
        }
        if (stage != null) {
          deleteTree(stage);
        }
        for (int i = made.size() - 1; i >= 0; i--) {
          try {
            Files.deleteIfExists(made.get(i));
          } catch (IOException notEmpty) {
            // another process put something there: its, and kept
          }
        }
      }
    }
  }

  /** A failure inside the temporary folder, named where the file would have been. */
  private static IOException inPlace(FileSystemException e, Path stage, Path dir) {
    if (e.getFile() == null || !Path.of(e.getFile()).startsWith(stage)) {
      return e;
    }
    Path where = dir.resolve(stage.relativize(Path.of(e.getFile())).toString());
    WriteFailure w = new WriteFailure(where, reason(e));
    w.initCause(e);
    return w;
  }

  private static Path newFolder(Path parent, String prefix) throws IOException {
    long pid = ProcessHandle.current().pid();
    for (int i = 1; ; i++) {
      try {
        return Files.createDirectory(parent.resolve(prefix + pid + "-" + i + ".tmp"));
      } catch (FileAlreadyExistsException taken) {
        if (i >= 1000) {
          throw taken;
        }
      }
    }
  }

  private static void deleteTree(Path p) {
    try (var s = Files.walk(p)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // as much as could be removed is removed; the first failure is the one reported
    }
  }
}
