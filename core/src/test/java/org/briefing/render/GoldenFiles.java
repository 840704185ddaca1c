package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file checks for renderer tests: compares output with {@code
 * src/test/resources/golden/<name>} of the module under test, or rewrites that file when the build
 * runs with {@code -Dgolden.update=true} (then review the diff with {@code git diff}).
 *
 * <pre>{@code
 * GoldenFiles.check("sample-en.md", renderToBytes(SampleDocuments.english()));
 * }</pre>
 *
 * <p>Files are compared byte for byte (line ends included); the failure message shows them as UTF-8
 * text.
 */
public final class GoldenFiles {
  /** The system property that switches from checking to rewriting. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  /** Whether this run rewrites golden files instead of checking them. */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"));
  }

  /** Checks {@code actual} against the golden file {@code name}, or rewrites it. */
  public static void check(String name, byte[] actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.write(file, actual);
        return;
      }
      if (!Files.exists(file)) {
        fail(
            "no golden file "
                + file.toAbsolutePath()
                + "; run the tests with -D"
                + UPDATE_PROPERTY
                + "=true to create it, then review it");
      }
      String expected = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertEquals(
          expected,
          new String(actual, StandardCharsets.UTF_8),
          () ->
              "output differs from "
                  + file
                  + "; if the change is intended, rerun with -D"
                  + UPDATE_PROPERTY
                  + "=true and review git diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks UTF-8 text against the golden file {@code name}, or rewrites it. */
  public static void check(String name, String actual) {
    check(name, actual.getBytes(StandardCharsets.UTF_8));
  }
}
