package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of every spec key must stay a valid spec. */
class ReadmeTest {

  @Test
  void theSpecExampleInTheReadmeValidates(@TempDir Path tmp) throws IOException {
    String readme = Files.readString(CliRun.repo().resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```yaml", readme.indexOf("Every key, with an example"));
    int end = readme.indexOf("```", start + 7);
    assertThat(start).isPositive();
    // The example extends a spec and embeds a logo that do not exist in the temporary folder.
    String spec =
        readme
            .substring(start + 7, end)
            .lines()
            .filter(l -> !l.startsWith("extends:"))
            .map(l -> l.startsWith("organisation:") ? l.replaceAll(", logo: [^,}]+", "") : l)
            .collect(Collectors.joining("\n"));
    Path file = tmp.resolve("example.yaml");
    Files.writeString(file, spec, StandardCharsets.UTF_8);

    CliRun r = CliRun.of("validate", file.toString());

    assertThat(r.status()).as(r + "\n" + spec).isZero();
  }
}
