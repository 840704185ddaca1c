package org.briefing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {
  @Test
  void eachCallMakesANewEmptyFileReadableByItsOwnerOnly(@TempDir Path dir) throws IOException {
    Path a = TempFiles.create(dir, ".out.html.", ".tmp");
    Path b = TempFiles.create(dir, ".out.html.", ".tmp");

    assertThat(a).isNotEqualTo(b);
    assertThat(a.getParent()).isEqualTo(dir);
    assertThat(a.getFileName().toString())
        .startsWith(".out.html." + ProcessHandle.current().pid() + "-")
        .endsWith(".tmp");
    assertThat(Files.size(a)).isZero();
    assertThat(Files.size(b)).isZero();
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a)))
        .isEqualTo("rw-------");
  }

  @Test
  void aFolderThatCannotBeWrittenIsAnIoError(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("no-such-folder");
    assertThatThrownBy(() -> TempFiles.create(missing, ".x.", ".tmp"))
        .isInstanceOf(IOException.class);
    Path file = Files.writeString(dir.resolve("plain"), "x");
    assertThatThrownBy(() -> TempFiles.create(file, ".x.", ".tmp")).isInstanceOf(IOException.class);
  }

  @Test
  void writeMakesANewFileHoldingTheBytesReadableByItsOwnerOnly(@TempDir Path dir)
      throws IOException {
    byte[] bytes = "Ą, ę — €".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path a = TempFiles.write(dir, ".out.pdf.", ".tmp", bytes);
    Path b = TempFiles.write(dir, ".out.pdf.", ".tmp", new byte[0]);

    assertThat(a).isNotEqualTo(b);
    assertThat(Files.readAllBytes(a)).isEqualTo(bytes);
    assertThat(Files.size(b)).isZero();
    assertThat(a.getFileName().toString()).startsWith(".out.pdf.").endsWith(".tmp");
    assertThatThrownBy(() -> TempFiles.write(dir.resolve("no-such-folder"), ".x.", ".tmp", bytes))
        .isInstanceOf(IOException.class);
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a)))
        .isEqualTo("rw-------");
  }
}
