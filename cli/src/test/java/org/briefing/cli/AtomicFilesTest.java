package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
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
  void aBatchRemovesEachTargetsLeftoversFoundWhenItBeganAndNoOtherFiles(@TempDir Path dir)
      throws IOException {
    // Left by interrupted writes of two targets, and files that only look alike.
    Path aTmp = Files.writeString(dir.resolve(".a.html.77-1.tmp"), "half");
    Path aOld = Files.writeString(dir.resolve(".a.html.77-2.old"), "old");
    Path bTmp = Files.writeString(dir.resolve(".b.pdf.80-9.tmp"), "half");
    Path other = Files.writeString(dir.resolve(".a.htmlx.tmp"), "not a leftover of a.html");
    Path notes = Files.writeString(dir.resolve(".a.html.notes"), "not a temporary file");
    Files.createDirectory(dir.resolve(".a.html.5-5.tmp"));
    AtomicFiles.Stale stale = new AtomicFiles.Stale();

    AtomicFiles.writeSet(Map.of(dir.resolve("a.html"), bytes("a")), stale);
    assertThat(aTmp).doesNotExist();
    assertThat(aOld).doesNotExist();
    assertThat(bTmp).as("another target's, removed when that one is written").exists();
    // Made after the folder was listed: another process's write in progress, left alone.
    Path inProgress = Files.writeString(dir.resolve(".b.pdf.81-1.tmp"), "writing");

    AtomicFiles.writeSet(Map.of(dir.resolve("b.pdf"), bytes("b")), stale);
    assertThat(bTmp).doesNotExist();
    assertThat(inProgress).exists();
    assertThat(other).exists();
    assertThat(notes).exists();
    assertThat(dir.resolve(".a.html.5-5.tmp")).as("a folder is never removed").isDirectory();
    assertThat(dir.resolve("a.html")).hasContent("a");
    assertThat(dir.resolve("b.pdf")).hasContent("b");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
