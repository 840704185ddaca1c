package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing glossary export} and {@code briefing tm export} end to end. */
class ExchangeCommandsTest {

  @Test
  void glossaryExportWritesTbxOrCsvToStandardOutputOrAFile(@TempDir Path tmp) throws IOException {
    CliRun tbx = CliRun.of("glossary", "export");
    assertThat(tbx.status()).as(tbx.toString()).isZero();
    assertThat(tbx.out())
        .contains(
            "<martif type=\"TBX-Basic\"",
            "<term>small state</term>",
            "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>");

    Path csv = tmp.resolve("glossary.csv");
    CliRun r = CliRun.of("glossary", "export", "-f", "csv", "-o", csv.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).containsPattern("wrote .*glossary.csv \\(\\d+ terms\\)");
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .startsWith(
            "id,term,translation,definition,translated definition,note,translation status,"
                + "translated definition status\r\n")
        .contains("\r\nsmall-state,small state,małe państwo,,,,article,\r\n");

    CliRun bad = CliRun.of("glossary", "export", "-f", "xlsx");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("error: unknown glossary format 'xlsx'");
  }

  @Test
  void aGroupAloneNamesItsSubcommandsAndShowsItsUsage() {
    String[][] groups = {
      {"glossary", "'export'"},
      {"tm", "'export'"},
      {"xliff", "'export' or 'import'"},
      {"translations", "'status'"}
    };
    for (String[] g : groups) {
      CliRun r = CliRun.of(g[0]);
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err())
          .as(g[0])
          .startsWith("briefing " + g[0] + ": say " + g[1])
          .contains("Usage: briefing " + g[0]);
    }
  }

  @Test
  void everyTranslationCommandSharesTheLanguageAndCorpusOptions(@TempDir Path tmp) {
    String[][] commands = {
      {"glossary", "export"},
      {"tm", "export"},
      {"xliff", "export"},
      {"translations", "status"},
      {"xliff", "import", tmp.resolve("x.xlf").toString()}
    };
    for (String[] c : commands) {
      String[] english = java.util.Arrays.copyOf(c, c.length + 2);
      english[c.length] = "-l";
      english[c.length + 1] = "en";
      CliRun r = CliRun.of(english);
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", c)).contains("English is the source language");
      String[] help = java.util.Arrays.copyOf(c, c.length + 1);
      help[c.length] = "--help";
      assertThat(CliRun.of(help).out())
          .as(String.join(" ", c))
          .contains("--language=LANG", "--corpus=DIR");
    }
  }

  @Test
  void tmExportWritesTmx(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("pl.tmx");
    CliRun r = CliRun.of("tm", "export", "-o", file.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).containsPattern("wrote .*pl.tmx \\(\\d+ pairs\\)");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("<tmx version=\"1.4\">");
    assertThat(CliRun.of("tm", "export", "-l", "en").status()).isEqualTo(2);
  }

  @Test
  void aFullStandardOutputIsAnErrorNotASuccess() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
    for (String command : new String[] {"glossary", "tm"}) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  command,
                  "export")
              .redirectOutput(new java.io.File("/dev/full"))
              .redirectError(ProcessBuilder.Redirect.PIPE)
              .start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(command + ": " + err).isEqualTo(2);
      assertThat(err).contains("<standard output>").contains("cannot write");
    }
  }
}
