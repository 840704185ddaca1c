package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void replacesWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("note.md");
    AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(target, "second".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("second");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions(@TempDir Path dir)
      throws IOException {
    Path fresh = dir.resolve("fresh.html");
    AtomicFiles.write(fresh, new byte[] {1});
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");

    Path kept = dir.resolve("kept.html");
    Files.write(kept, new byte[] {1});
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.write(kept, new byte[] {2});
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsBadInputAndNothingIsWritten(@TempDir Path dir)
      throws IOException {
    Path notAFolder = dir.resolve("out");
    Files.writeString(notAFolder, "a file where the output folder should be");
    String spec = CliRun.repo().resolve("briefings/summary-table.yaml").toString();

    CliRun run = CliRun.of("build", spec, "-o", notAFolder.toString(), "-f", "md");

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains("the output folder is not a folder")
        .doesNotContain("Exception:");
    assertThat(notAFolder).hasContent("a file where the output folder should be");
  }

  @Test
  void outputNamesCannotLeaveTheFolder(@TempDir Path dir) {
    OutputFolder folder = OutputFolder.of(dir);
    assertThat(folder.resolve("nato-madrid", "pdf")).isEqualTo(dir.resolve("nato-madrid.pdf"));
    for (String bad : new String[] {"../x", "a/b", "..", "/etc/passwd", ".hidden", "a\\b"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> folder.resolve(bad, "md"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
