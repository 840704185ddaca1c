package org.briefing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@link RootFolder}: what lies inside its folder, links followed. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class RootFolderTest {
  private static final SourcePosition AT = SourcePosition.file("spec.yaml");

  @Test
  void filesOfAFolderReachedThroughALinkAreInsideWhetherOrNotTheyExist(@TempDir Path tmp)
      throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real/corpus"));
    Files.writeString(real.resolve("topics.yaml"), "topics: []\n");
    Path linked = Files.createSymbolicLink(tmp.resolve("linked"), tmp.resolve("real"));
    Path dir = linked.resolve("corpus");
    RootFolder root = RootFolder.of(dir);

    assertThat(root.resolve(dir, "topics.yaml", AT, "the file"))
        .isEqualTo(dir.resolve("topics.yaml"));
    assertThat(root.resolve(dir, "references.bib", AT, "the file"))
        .isEqualTo(dir.resolve("references.bib"));
    assertThat(root.resolve(dir, "images/missing/chart.png", AT, "the file"))
        .isEqualTo(dir.resolve("images/missing/chart.png"));
  }

  @Test
  void aMissingFileOutsideAndALinkOutAreRefused(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(tmp.resolve("secret.yaml"), "x: 1\n");
    Files.createSymbolicLink(dir.resolve("topics.yaml"), tmp.resolve("secret.yaml"));
    RootFolder root = RootFolder.of(dir);

    assertThatThrownBy(() -> root.resolve(dir, "../missing.yaml", AT, "the file"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outside the root folder");
    assertThatThrownBy(() -> root.resolve(dir, "topics.yaml", AT, "the file"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outside the root folder");
    // A missing file under a link out of the folder is outside too.
    Files.createSymbolicLink(dir.resolve("elsewhere"), tmp);
    assertThatThrownBy(() -> root.resolve(dir, "elsewhere/new.yaml", AT, "the file"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outside the root folder");
  }
}
