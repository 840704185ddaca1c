package org.briefing.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;

/**
 * Reads files that may be hostile: only a regular file (checked before it is opened, symlinks
 * followed, so that a device or a named pipe is never opened), and never more than a bound (at most
 * the bound plus one byte are read, whatever the file claims its size is).
 *
 * <pre>{@code byte[] b = BoundedFiles.read(path, 1 << 20, SourcePosition.file(shown), "a spec");}
 * </pre>
 */
public final class BoundedFiles {
  private BoundedFiles() {}

  /**
   * The bytes of a regular file of at most {@code max} bytes.
   *
   * @param what what the file is, for messages ("a spec", "a logo")
   * @throws InvalidInputException when the file is missing, not a regular file, unreadable or too
   *     large
   */
  public static byte[] read(Path file, long max, SourcePosition at, String what) {
    return readIfExists(file, max, at, what)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Diagnostic.error(at, "cannot read '" + file + "': " + notThere(file))));
  }

  /** As {@link #read}, but empty when the file does not exist. */
  public static Optional<byte[]> readIfExists(Path file, long max, SourcePosition at, String what) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.error(at, "cannot read the file: " + reason(e)));
    }
    if (!attrs.isRegularFile()) {
      throw new InvalidInputException(
          Diagnostic.error(
              at,
              "not a regular file ("
                  + (attrs.isDirectory() ? "a folder" : "a device, pipe or socket")
                  + ")",
              what + " must be an ordinary file"));
    }
    if (attrs.size() > max) {
      throw tooLarge(at, what, max);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw tooLarge(at, what, max);
      }
      return Optional.of(bytes);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.error(at, "cannot read the file: " + reason(e)));
    }
  }

  /**
   * The text of a regular file of at most {@code max} bytes, decoded as strict UTF-8 (a malformed
   * byte is an error at its line and column, as {@link StrictUtf8} reports it).
   *
   * @throws InvalidInputException as {@link #read}, or when the bytes are not UTF-8
   */
  public static String readText(Path file, long max, SourcePosition at, String what) {
    return StrictUtf8.decode(read(file, max, at, what), at.path());
  }

  private static InvalidInputException tooLarge(SourcePosition at, String what, long max) {
    return new InvalidInputException(
        Diagnostic.error(at, "file is too large", what + " holds at most " + max + " bytes"));
  }

  /** A short reason for an I/O failure, without Java class names where a word will do. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      // The system's words without the file's name, which the message gives already.
      String r = f.getReason();
      return Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Why a path named as input is neither a file nor a folder that can be read, in words for people:
   * "no such file or folder", "a symbolic link to nothing", "not a file or folder (a device, pipe
   * or socket)", or the system's reason ("too many levels of symbolic links…").
   */
  public static String notThere(Path path) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      return attrs.isRegularFile() || attrs.isDirectory()
          ? "cannot be read"
          : "not a file or folder (a device, pipe or socket)";
    } catch (NoSuchFileException e) {
      return Files.isSymbolicLink(path) ? "a symbolic link to nothing" : "no such file or folder";
    } catch (IOException e) {
      return reason(e);
    }
  }
}
