package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.diagnostics.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CorpusReader#readText}: a command that reads a corpus file again after the corpus was read
 * (validate's positions, xliff import's in-place edit and read-back, translations' declared
 * languages) gets the corpus read's own checks, whatever the file has become meanwhile.
 */
class CorpusFileReadAgainTest {
  @TempDir Path tmp;

  private String refusal(Path dir, String file) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> CorpusReader.readText(dir, file));
    assertThat(e).as("refused").isNotNull();
    return e.diagnostics().get(0).format();
  }

  @Test
  void aFileInsideTheFolderIsReadAndAMissingOneIsEmpty() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(dir.resolve("article.yaml"), "title: Łódź\n", StandardCharsets.UTF_8);

    assertThat(CorpusReader.readText(dir, "article.yaml")).contains("title: Łódź\n");
    assertThat(CorpusReader.readText(dir, "findings.yaml")).isEmpty();
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsRefusedBeforeItIsOpened() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    Path secret = Files.writeString(tmp.resolve("secret.yaml"), "password: x\n");
    Files.createSymbolicLink(dir.resolve("findings.yaml"), secret);

    assertThat(refusal(dir, "findings.yaml"))
        .contains("findings.yaml")
        .contains("must lie inside the corpus folder");
  }

  @Test
  void aNamedPipeIsRefusedNotOpened() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", dir.resolve("topics.yaml").toString()).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

    assertThat(refusal(dir, "topics.yaml")).contains("not a regular file");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAtTheirLineAndColumn() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    Files.write(
        dir.resolve("article.yaml"), new byte[] {'a', ':', ' ', 'b', '\n', 'c', (byte) 0xA3});

    assertThat(refusal(dir, "article.yaml")).contains("article.yaml:2:2").contains("0xA3");
  }
}
