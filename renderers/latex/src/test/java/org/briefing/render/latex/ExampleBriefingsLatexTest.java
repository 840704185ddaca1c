package org.briefing.render.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.junit.jupiter.api.Assumptions;
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
  private static final Pattern OVERFULL =
      Pattern.compile("Overfull \\\\hbox \\(([0-9.]+)pt too wide\\)[^\\n]*");

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
    Assumptions.assumeTrue(
        onPath("xelatex"),
        "xelatex is not on the PATH: skipped (Debian: texlive-xetex texlive-latex-extra ...)");
    org.briefing.document.Document document = (org.briefing.document.Document) holder[0];
    Path tex = dir.resolve(name + ".tex");
    Files.write(tex, LatexRendererTest.bytes(LatexRenderer.builder().build(), document));
    Process p =
        new ProcessBuilder(
                "xelatex",
                "-interaction=nonstopmode",
                "-halt-on-error",
                "-no-shell-escape",
                tex.getFileName().toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".console").toFile())
            .start();
    boolean finished = p.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      p.destroyForcibly();
    }
    String log = Files.readString(dir.resolve(name + ".log"), StandardCharsets.ISO_8859_1);
    assertThat(finished).isTrue();
    assertThat(p.exitValue()).as("xelatex exit status for %s", name).isZero();
    assertThat(log).doesNotContain("Missing character");
    List<String> wide = new ArrayList<>();
    Matcher m = OVERFULL.matcher(log);
    while (m.find()) {
      if (Double.parseDouble(m.group(1)) > 1.0) {
        wide.add(m.group());
      }
    }
    assertThat(wide).as("overfull boxes wider than 1pt in %s", name).isEmpty();
  }

  private static boolean onPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
        return true;
      }
    }
    return false;
  }
}
