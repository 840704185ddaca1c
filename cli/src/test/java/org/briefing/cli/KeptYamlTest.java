package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.cite.KeptBibliographies;
import org.briefing.yaml.ParsedYamlCache;
import org.briefing.yaml.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's cache of parsed corpus files: where it lives, and builds through it. */
class KeptYamlTest {

  @Test
  void livesWhereTheXdgRulesSayAndCanBeTurnedOff() {
    assertThat(KeptYaml.folder(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/h")))
        .isEqualTo(Path.of("/c/briefing/yaml"));
    assertThat(KeptYaml.folder(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/h")))
        .as("a relative XDG_CACHE_HOME is ignored, as the specification says")
        .isEqualTo(Path.of("/h/.cache/briefing/yaml"));
    assertThat(KeptYaml.folder(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/briefing/yaml"));
    assertThat(KeptYaml.folder(Map.of())).isNull();
    assertThat(KeptYaml.rootForThisJar(Map.of("BRIEFING_NO_CACHE", "1", "HOME", "/h"))).isNull();
    // The tests run from target/classes, not a jar: classes that change keep no stamp.
    assertThat(KeptYaml.rootForThisJar(Map.of("HOME", "/h"))).isNull();
  }

  @Test
  void aBuildThroughTheCacheWritesTheSameFilesAndReportsTheSameErrors(@TempDir Path tmp)
      throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(
        spec,
        "title: A note\nsections: [executive-summary, timeline, {type: findings, group-by: topic}]\n");
    CliRun plain = build(spec, tmp.resolve("plain"));
    ParsedYamlCache cache = new ParsedYamlCache(tmp.resolve("cache"), 5);
    YamlLoader.useCache(cache);
    try {
      CliRun first = build(spec, tmp.resolve("first"));
      assertThat(cache.hits()).isZero();
      CliRun second = build(spec, tmp.resolve("second"));

      assertThat(cache.hits()).as("files found kept").isGreaterThanOrEqualTo(5);
      assertThat(first.status()).as(first.toString()).isZero();
      assertThat(second.status()).as(second.toString()).isZero();
      assertThat(second.err()).isEqualTo(plain.err());
      for (String name : names(tmp.resolve("plain"))) {
        assertThat(Files.readAllBytes(tmp.resolve("second").resolve(name)))
            .as(name)
            .isEqualTo(Files.readAllBytes(tmp.resolve("plain").resolve(name)));
      }

      Path findings = corpus.resolve("findings.yaml");
      Files.writeString(
          findings, Files.readString(findings).replaceFirst("\n  - id: ", "\n  - id: F-\u0007"));
      CliRun broken = build(spec, tmp.resolve("broken"));
      YamlLoader.useCache(null);
      CliRun brokenPlain = build(spec, tmp.resolve("broken"));

      assertThat(broken.status()).as(broken.toString()).isEqualTo(2);
      assertThat(broken.err()).isEqualTo(brokenPlain.err()).contains("findings.yaml:");
    } finally {
      YamlLoader.useCache(null);
    }
  }

  @Test
  void keepsTheCorpusFilesButNotTheSpecsThatABatchMayHaveByTheThousand(@TempDir Path tmp)
      throws IOException {
    CliTest.copyCorpus(tmp);
    Path a = Files.writeString(tmp.resolve("a.yaml"), "title: A\nsections: [timeline]\n");
    Path b = Files.writeString(tmp.resolve("b.yaml"), "title: B\nsections: [executive-summary]\n");
    Path folder = tmp.resolve("cache");
    YamlLoader.useCache(new ParsedYamlCache(folder, 6));
    try {
      assertThat(build(a, tmp.resolve("a")).status()).isZero();
      java.util.List<String> kept = entries(folder);
      assertThat(kept).as("the corpus files").hasSizeGreaterThanOrEqualTo(5);

      assertThat(build(b, tmp.resolve("b")).status()).isZero();

      assertThat(entries(folder)).as("another spec, the same corpus").isEqualTo(kept);
    } finally {
      YamlLoader.useCache(null);
    }
  }

  @Test
  void buildsWithTheirReferenceListsKeptWriteTheSameFiles(@TempDir Path tmp) throws IOException {
    CliTest.copyCorpus(tmp);
    Path folder = tmp.resolve("cite");
    for (String style : java.util.List.of("paper", "apa", "chicago-notes-bibliography")) {
      Path spec =
          Files.writeString(
              tmp.resolve(style + ".yaml"),
              "title: A note\nlanguage: bilingual\ncitation-style: "
                  + style
                  + "\nsections: [executive-summary, {type: findings, group-by: topic},"
                  + " references]\n");
      CliRun plain = build(spec, tmp.resolve(style + "-plain"));
      assertThat(plain.status()).as(plain.toString()).isZero();
      KeptBibliographies.use(new KeptBibliographies(folder, 7));
      try {
        CliRun first = build(spec, tmp.resolve(style + "-first"));
        assertThat(entries(folder)).as("lists kept").isNotEmpty();
        CliRun second = build(spec, tmp.resolve(style + "-second"));
        assertThat(second.err()).isEqualTo(first.err()).isEqualTo(plain.err());
        for (String name : names(tmp.resolve(style + "-plain"))) {
          for (String run : java.util.List.of("-first", "-second")) {
            assertThat(Files.readString(tmp.resolve(style + run).resolve(name)))
                .as(style + run + " " + name)
                .isEqualTo(Files.readString(tmp.resolve(style + "-plain").resolve(name)));
          }
        }
      } finally {
        KeptBibliographies.use(null);
      }
    }
  }

  private static java.util.List<String> entries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static CliRun build(Path spec, Path out) {
    return CliRun.of("build", spec.toString(), "-f", "md,html", "-o", out.toString());
  }

  private static java.util.List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      java.util.List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).hasSize(2);
      return names;
    }
  }
}
