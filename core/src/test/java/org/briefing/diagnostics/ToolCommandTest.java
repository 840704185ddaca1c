package org.briefing.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolCommandTest {

  @Test
  void namesAFolderCorpusAndNotTheBuiltInOne() {
    assertThat(ToolCommand.of("table", "debt", "-f", "csv").corpus(Optional.empty()).text())
        .isEqualTo("./briefing table debt -f csv");
    assertThat(
            ToolCommand.of("table", "debt", "-f", "csv")
                .corpus(Optional.of("papers/crs/corpus"))
                .text())
        .isEqualTo("./briefing table debt -f csv --corpus papers/crs/corpus");
    assertThat(ToolCommand.of("build").path("-note.yaml").text())
        .isEqualTo("./briefing build ./-note.yaml");
  }

  /**
   * A command starts with the path the launcher was started by, as the user typed it, so that it
   * runs as printed from a folder other than the tool's; a bare name gets {@code ./}, and a path
   * the shell would split is quoted.
   */
  @Test
  void startsWithThePathTheToolWasStartedBy() {
    try {
      System.setProperty(ToolCommand.PROGRAM_PROPERTY, "../tools/briefing");
      assertThat(ToolCommand.of("list", "tables").text())
          .isEqualTo("../tools/briefing list tables");
      System.setProperty(ToolCommand.PROGRAM_PROPERTY, "/opt/my tools/briefing");
      assertThat(ToolCommand.of("list", "tables").text())
          .isEqualTo("'/opt/my tools/briefing' list tables");
      System.setProperty(ToolCommand.PROGRAM_PROPERTY, "briefing");
      assertThat(ToolCommand.of("list").text()).isEqualTo("./briefing list");
    } finally {
      System.clearProperty(ToolCommand.PROGRAM_PROPERTY);
    }
    assertThat(ToolCommand.of("list").text()).isEqualTo("./briefing list");
  }

  /** Every word, however odd, reads back the same in a shell, and prints without escapes. */
  @Test
  void aShellReadsEachWordBack() throws IOException, InterruptedException {
    for (String w :
        List.of(
            "plain/path-1.yaml",
            "a b",
            "it's",
            "$HOME `x` \"q\" \\ * ? ~ ! # & | ; < > ( ) { }",
            "zażółć/корпус",
            "line\nend\ttab",
            "esc\u001B[31m",
            "bidi\u202Eevil",
            "emoji \uD83D\uDE00 ok")) {
      String quoted = ToolCommand.word(w);
      assertThat(Diagnostic.printable(quoted)).as(quoted).isEqualTo(quoted);
      Process p =
          new ProcessBuilder("bash", "-c", "printf %s " + quoted).redirectErrorStream(true).start();
      String back = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      assertThat(back).as(quoted).isEqualTo(w);
    }
  }
}
