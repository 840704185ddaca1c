package org.briefing.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader never sees half a file: the bytes go to a temporary file in the
 * same folder, which then replaces the target in one rename. An existing file is either kept whole
 * or replaced whole.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      setPermissions(tmp, target);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
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
