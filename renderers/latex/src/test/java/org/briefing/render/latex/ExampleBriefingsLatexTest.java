package org.briefing.render.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Document;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example spec of every paper folder in {@code briefings/}, as LaTeX, compiled with xelatex:
 * it compiles, no character is missing from the fonts, and nothing is set wider than its line by
 * more than a point (a chart's bars and values, a table's columns, a badge). Skipped, with a
 * message, where xelatex is not installed (CI installs it).
 */
class ExampleBriefingsLatexTest {
  @TempDir Path dir;

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    Path root = Path.of("../../briefings");
    add(out, "", root, CorpusReader.readDefault().corpus());
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path paper :
          dirs.filter(d -> Files.isRegularFile(d.resolve("corpus/article.yaml")))
              .sorted()
              .toList()) {
        add(
            out,
            paper.getFileName() + "-",
            paper,
            CorpusReader.read(paper.resolve("corpus")).corpus());
      }
    }
    return out.stream();
  }

  private static void add(List<Arguments> out, String prefix, Path folder, Corpus corpus)
      throws IOException {
    SpecReader reader = SpecReader.of(corpus).withFormats(List.of());
    Assembler assembler = Assembler.of(corpus);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path spec : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        out.add(
            Arguments.of(
                prefix + spec.getFileName().toString().replace(".yaml", ""),
                new Object[] {assembler.assemble(reader.read(spec)).document()}));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void compilesWithNothingWiderThanItsLine(String name, Object[] holder) throws Exception {
    String xelatex = LatexCompileTest.requireEngine("xelatex");
    String log =
        LatexCompileTest.compile(dir, xelatex, name, (Document) holder[0], LatexRenderer.builder());
    assertThat(log).doesNotContain("Missing character");
    assertThat(LatexCompileTest.overfull(log))
        .as("overfull boxes wider than 1pt in %s", name)
        .isEmpty();
  }
}
