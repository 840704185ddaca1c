package org.briefing.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The folder outputs go to. A spec names its outputs, and specs are untrusted: a name is a plain
 * file name, and the resolved path must stay inside the folder.
 */
final class OutputFolder {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
  private final Path root;

  OutputFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
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
    if (!NAME.matcher(name).matches() || name.contains("..")) {
      throw new IllegalArgumentException(
          "output name '"
              + name
              + "' is not a plain file name (letters, digits, '.', '_', '-'; no folders)");
    }
    Path p = root.resolve(name + "." + extension).normalize();
    if (!p.startsWith(root) || !p.getParent().equals(root)) {
      throw new IllegalArgumentException("output name '" + name + "' leaves the output folder");
    }
    return p;
  }
}
