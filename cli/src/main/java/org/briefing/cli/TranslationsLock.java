package org.briefing.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;

/**
 * An exclusive lock on a translations file, held from reading the corpus to writing the merged
 * file: a lock file {@code .pl.yaml.lock} beside it, locked across processes, and a lock within
 * this process (file locks do not exclude threads of one process).
 */
final class TranslationsLock implements AutoCloseable {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private TranslationsLock(ReentrantLock local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits for and takes the lock on {@code translations}. */
  static TranslationsLock acquire(Path translations) {
    Path abs = translations.toAbsolutePath().normalize();
    Path file = abs.resolveSibling("." + abs.getFileName() + ".lock");
    ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
    local.lock();
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      // The corpus is untrusted: a lock file that is a link (out of the corpus, or to nothing,
      // which opening would create) or a pipe (which would block the open) is refused, not used.
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        local.unlock();
        throw new InvalidInputException(
            Diagnostic.error(
                SourcePosition.file(file.toString()),
                "the translations file's lock file is not a regular file ("
                    + (Files.isSymbolicLink(file)
                        ? "a symbolic link"
                        : "a folder, device, pipe or socket")
                    + ")",
                "remove it: it is made again as an empty file"));
      }
      channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND,
              LinkOption.NOFOLLOW_LINKS);
      return new TranslationsLock(local, channel, channel.lock());
    } catch (IOException e) {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // the lock was not taken; the first failure is the one to report
      }
      local.unlock();
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(file.toString()),
              "cannot lock the translations file: " + e.getMessage(),
              "check that the translations folder is writable"));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      local.unlock();
    }
  }
}
