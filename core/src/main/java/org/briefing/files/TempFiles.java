package org.briefing.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New files for writing before a rename, as {@link Files#createTempFile(Path, String, String,
 * FileAttribute[])} makes them (created new, never opened through an existing name or link, and
 * readable by the owner only where the file system has POSIX permissions), named by the process and
 * a counter instead of a random number: the JDK's random names start its secure random generator
 * and security providers, about as long in a cold process as writing a briefing's HTML. A name is
 * unpredictable to nobody, which is no matter here: a file is only ever created new, so another
 * process that made the name first makes this one try the next.
 *
 * <pre>{@code Path tmp = TempFiles.create(dir, ".out.html.", ".tmp");}</pre>
 */
public final class TempFiles {
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final int ATTEMPTS = 10_000;

  private TempFiles() {}

  /**
   * Creates a new empty file {@code prefix + <process id>-<n> + suffix} in {@code dir}.
   *
   * @throws IOException when it cannot be created (as {@code Files.createFile} would throw it)
   */
  public static Path create(Path dir, String prefix, String suffix) throws IOException {
    return createWith(dir, prefix, suffix, null);
  }

  /**
   * Creates a new file as {@link #create} does and writes {@code bytes} to it through the same open
   * file (one opening, not two: a batch writes thousands). A file that cannot be written whole is
   * removed.
   *
   * @throws IOException when it cannot be created or written
   */
  public static Path write(Path dir, String prefix, String suffix, byte[] bytes)
      throws IOException {
    return createWith(dir, prefix, suffix, bytes);
  }

  private static Path createWith(Path dir, String prefix, String suffix, byte[] bytes)
      throws IOException {
    long pid = ProcessHandle.current().pid();
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(
                  EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))
            }
            : new FileAttribute<?>[0];
    for (int attempt = 1; ; attempt++) {
      Path p = dir.resolve(prefix + pid + "-" + COUNTER.incrementAndGet() + suffix);
      try {
        if (bytes == null) {
          return Files.createFile(p, attributes);
        }
        // The options Files.createFile opens with, and the bytes written before closing.
        try (SeekableByteChannel out =
            Files.newByteChannel(
                p,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                attributes)) {
          try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
              out.write(b);
            }
          } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(p);
            throw e;
          }
        }
        return p;
      } catch (FileAlreadyExistsException taken) {
        if (attempt >= ATTEMPTS) {
          throw taken;
        }
      }
    }
  }
}
