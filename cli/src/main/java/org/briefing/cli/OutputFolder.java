package org.briefing.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.files.OutputName;

/**
 * The folder outputs go to. A spec names its outputs, and specs are untrusted: a name follows
 * {@link OutputName}, and the resolved path must stay inside the folder.
 */
final class OutputFolder {
  private final Path root;

  private OutputFolder(Path root) {
    this.root = root;
  }

  /**
   * The folder at {@code dir}; it need not exist yet.
   *
   * @throws InvalidInputException when {@code dir} is something other than a folder (a file, a
   *     device, a symlink)
   */
  static OutputFolder of(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(dir.toString()),
              "the output folder is "
                  + (Files.isSymbolicLink(abs) ? "a symlink" : "not a folder")
                  + "; nothing is written through it",
              "give -o a folder, or a name for a new one"));
    }
    return new OutputFolder(abs);
  }

  /**
   * The nearest of {@code dir} and the folders above it that exists, when that is not a folder (a
   * file, a device, a symlink to nothing): no folder can be made there. Empty when {@code dir} is a
   * folder or can be made.
   */
  /**
   * Refuses {@code dir} when no folder can be made there ({@link #notAFolder}): an error at the
   * path in the way, with {@code hint}.
   */
  static void requireFolderPath(Path dir, String hint) {
    notAFolder(dir)
        .ifPresent(
            p -> {
              throw new org.briefing.diagnostics.InvalidInputException(
                  org.briefing.diagnostics.Diagnostic.error(
                      org.briefing.diagnostics.SourcePosition.file(p.toString()),
                      "not a folder",
                      hint));
            });
  }

  static Optional<Path> notAFolder(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
      }
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(p); // a symlink to nothing
      }
    }
    return Optional.empty();
  }

  Path root() {
    return root;
  }

  /**
   * The path of {@code name.extension} inside the folder.
   *
   * @throws IllegalArgumentException when the name is not a plain file name or would leave the
   *     folder
   */
  Path resolve(String name, String extension) {
    Optional<String> wrong = OutputName.problem(name);
    if (wrong.isPresent()) {
      throw new IllegalArgumentException(
          "output name '" + name + "' " + wrong.get() + "; set 'output:' in the spec");
    }
    Path p = root.resolve(name + "." + extension).normalize();
    if (!p.startsWith(root) || !p.getParent().equals(root)) {
      throw new IllegalArgumentException("output name '" + name + "' leaves the output folder");
    }
    return p;
  }
}
