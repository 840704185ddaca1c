package org.briefing.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;

/**
 * The one folder inside which every file a spec names (extends, logo, includes) must lie, with
 * symlinks followed. A path outside it is refused before anything is opened.
 *
 * <pre>{@code Path logo = RootFolder.of(dir).resolve(specFolder, "logos/a.png", at, "the logo");}
 * </pre>
 */
public final class RootFolder {
  private final Path root;

  private RootFolder(Path root) {
    this.root = root;
  }

  /** The root at {@code dir}, symlinks in it followed when it exists. */
  public static RootFolder of(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    try {
      return new RootFolder(abs.toRealPath());
    } catch (IOException e) {
      return new RootFolder(abs);
    }
  }

  /** The folder. */
  public Path path() {
    return root;
  }

  /**
   * Resolves {@code written} (as a spec writes it) against {@code base}, and checks that the
   * result, symlinks followed, lies inside the root.
   *
   * @param what what the file is, for messages ("the logo", "'extends'")
   * @throws InvalidInputException when the name is not a path or leads outside the root
   */
  public Path resolve(Path base, String written, SourcePosition at, String what) {
    return resolve(
        base,
        written,
        at,
        what,
        "the root is " + root + "; name a file inside it, or widen the root with --root DIR");
  }

  /** As {@link #resolve(Path, String, SourcePosition, String)}, with its own hint. */
  public Path resolve(Path base, String written, SourcePosition at, String what, String hint) {
    Path file;
    try {
      file = base.toAbsolutePath().resolve(written).normalize();
    } catch (InvalidPathException e) {
      throw new InvalidInputException(Diagnostic.error(at, "'" + written + "' is not a file name"));
    }
    if (!real(file).startsWith(root)) {
      throw new InvalidInputException(
          Diagnostic.error(at, what + " '" + written + "' is outside the root folder", hint));
    }
    return file;
  }

  /**
   * The file's path with symlinks followed, as far as it exists: a file that does not exist (yet)
   * is placed in the real path of its nearest existing folder, so that a missing optional file of a
   * folder reached through a link (a corpus under a linked home folder) is inside that folder too.
   */
  private static Path real(Path file) {
    Path existing = file;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return file;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(file));
    } catch (IOException e) {
      return file;
    }
  }
}
