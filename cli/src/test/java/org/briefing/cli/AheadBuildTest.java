package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.build.BriefingBuild;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.render.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first build of a process prepares its citation processor and renderers on another core
 * ({@code org.briefing.build.Ahead}) while it assembles: its files are the same as a build's that
 * does everything itself.
 */
class AheadBuildTest {

  @Test
  void aFreshProcessFirstBuildWritesTheSameFilesAsABuildWithoutWorkAhead(@TempDir Path tmp)
      throws IOException, InterruptedException {
    Path spec = CliRun.repo().resolve("briefings/full-article.yaml");
    Path log = tmp.resolve("classes.log");
    FreshJvm.build(tmp, "-Xlog:class+load=info:file=" + log, spec, "pdf,html,md");
    String classes = Files.readString(log, StandardCharsets.UTF_8);
    if (Runtime.getRuntime().availableProcessors() > 1) {
      // The work ahead was started (the child JVM sees the same processors): its thread's body, a
      // lambda, is made only when the thread is.
      assertThat(classes).contains("org.briefing.build.Ahead$$Lambda");
    }

    List<Diagnostic> warnings = new ArrayList<>();
    BriefingBuild.Output expected =
        BriefingBuild.of(new Corpora(null).forSpec(spec).corpus(), Formats.installed())
            .withFormats(List.of("pdf", "html", "md"))
            .build(spec, warnings::add);
    assertThat(expected.files()).containsOnlyKeys("pdf", "html", "md");
    for (Map.Entry<String, byte[]> e : expected.files().entrySet()) {
      Path written = tmp.resolve("out").resolve(expected.name() + "." + e.getKey());
      assertThat(Files.readAllBytes(written)).as(e.getKey()).isEqualTo(e.getValue());
    }
  }
}
