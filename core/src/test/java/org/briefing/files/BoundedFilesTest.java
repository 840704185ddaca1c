package org.briefing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedFilesTest {
  @TempDir Path dir;

  private static Diagnostic errorOf(Path file, long max) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> BoundedFiles.readText(file, max, SourcePosition.file("shown.yaml"), "a spec"));
    assertThat(e).as("an error").isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0);
  }

  @Test
  void textWithinTheBoundIsReadAsUtf8() throws Exception {
    Path file = dir.resolve("a.yaml");
    Files.writeString(file, "title: Łódź „x”\n", StandardCharsets.UTF_8);

    String text =
        BoundedFiles.readText(file, Files.size(file), SourcePosition.file("a.yaml"), "a spec");

    assertThat(text).isEqualTo("title: Łódź „x”\n");
  }

  @Test
  void aFileOneByteOverTheBoundIsRefusedWithWhatItMayHold() throws Exception {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, "x".repeat(101));

    Diagnostic d = errorOf(file, 100);

    assertThat(d.position()).hasToString("shown.yaml:1:1");
    assertThat(d.message()).isEqualTo("file is too large");
    assertThat(d.hint()).isEqualTo("a spec holds at most 100 bytes");
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorAtTheirLineAndColumn() throws Exception {
    Path file = dir.resolve("latin2.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xA3});

    Diagnostic d = errorOf(file, 100);

    assertThat(d.position()).hasToString("shown.yaml:2:4");
    assertThat(d.message()).isEqualTo("byte 0xA3 is not UTF-8");
  }

  @Test
  void aNamedPipeIsNeverOpened() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

    // Opening a pipe with no writer would block for ever: the message comes at once instead.
    Diagnostic d = errorOf(fifo, 100);

    assertThat(d.message()).isEqualTo("not a regular file (a device, pipe or socket)");
    assertThat(d.hint()).isEqualTo("a spec must be an ordinary file");
  }

  @Test
  void aMissingFileIsNamed() {
    Diagnostic d = errorOf(dir.resolve("gone.yaml"), 100);

    assertThat(d.message()).contains("gone.yaml").contains("no such file");
  }

  @Test
  void whyAnInputIsNotThereIsSaidInWords() throws Exception {
    Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("nowhere.yaml"));
    Files.createSymbolicLink(dir.resolve("loop1"), dir.resolve("loop2"));
    Files.createSymbolicLink(dir.resolve("loop2"), dir.resolve("loop1"));

    assertThat(BoundedFiles.notThere(dir.resolve("gone.yaml"))).isEqualTo("no such file or folder");
    assertThat(BoundedFiles.notThere(dir.resolve("dangling.yaml")))
        .isEqualTo("a symbolic link to nothing");
    assertThat(BoundedFiles.notThere(dir.resolve("loop1")))
        .startsWith("too many levels of symbolic links")
        .doesNotContain("loop1");
    assertThat(errorOf(dir.resolve("dangling.yaml"), 100).message())
        .endsWith("': a symbolic link to nothing");
    assertThat(errorOf(dir.resolve("loop1"), 100).message())
        .isEqualTo("cannot read the file: " + BoundedFiles.notThere(dir.resolve("loop1")));
  }
}
