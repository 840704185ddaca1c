package org.briefing.render.latex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the output with the TeX engines on the PATH; skipped, with a message, where there are
 * none. On Debian the engines and packages come from: texlive-xetex texlive-latex-recommended
 * texlive-fonts-recommended texlive-lang-polish lmodern, texlive-latex-extra (paracol) and
 * fonts-dejavu-core.
 */
class LatexCompileTest {
  @TempDir Path dir;

  private static Optional<String> engine(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String d : path.split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  @Test
  void fullDocumentCompilesWithXelatex() throws Exception {
    String xelatex = requireEngine("xelatex");
    String log = compile(xelatex, "sample-pl", SampleDocuments.polish(), LatexRenderer.builder());
    assertThat(log).doesNotContain("Missing character");
  }

  @Test
  void tableAloneCompilesWithXelatex() throws Exception {
    String xelatex = requireEngine("xelatex");
    String log =
        compile(
            xelatex,
            "table-en",
            SampleDocuments.english(),
            LatexRenderer.builder().tableOnly(true));
    assertThat(log).doesNotContain("Missing character");
  }

  /** Issue 9: a parallel briefing holding a table compiles (paracol; no longtable in a column). */
  @Test
  void parallelDocumentWithATableCompilesWithXelatex() throws Exception {
    String xelatex = requireEngine("xelatex");
    requirePackage("paracol.sty", "texlive-latex-extra");
    String log = compile(xelatex, "parallel", SampleDocuments.parallel(), LatexRenderer.builder());
    assertThat(log).doesNotContain("Missing character");
    assertThat(overfull(log)).as("overfull boxes wider than 1pt").isEmpty();
  }

  /** A long free-text marking in the head and foot fits them: no box overfull, no head too low. */
  @Test
  void aLongMarkingInTheHeadAndFootCompilesWithXelatex() throws Exception {
    String xelatex = requireEngine("xelatex");
    String log =
        compile(
            xelatex,
            "marked",
            LatexRendererTest.marked("Shared with the named recipients only; ".repeat(6).strip()),
            LatexRenderer.builder());
    assertThat(log)
        .doesNotContain("\\headheight is too small")
        .doesNotContain("\\footskip is too small");
    assertThat(overfull(log)).as("overfull boxes wider than 1pt").isEmpty();
  }

  /** Issue 9 item 7: Cyrillic, Greek and symbols survive under xelatex (DejaVu fonts). */
  @Test
  void cyrillicGreekAndSymbolsSurviveXelatex() throws Exception {
    String xelatex = requireEngine("xelatex");
    String log =
        compile(
            xelatex,
            "symbols",
            LatexRendererTest.paragraphs("Жук Ωμέγα ✓ ✗ ★ ☐ ⚠ → €"),
            LatexRenderer.builder());
    assertThat(log).doesNotContain("Missing character");
  }

  /** Issue 9 item 7: pdflatex stops with an error that names the character it cannot print. */
  @Test
  void pdflatexNamesTheCharacterItCannotPrint() throws Exception {
    String pdflatex = requireEngine("pdflatex");
    Path tex = dir.resolve("cyrillic.tex");
    Files.write(
        tex,
        LatexRendererTest.bytes(
            LatexRenderer.builder().build(), LatexRendererTest.paragraphs("Жук")));
    Process p =
        new ProcessBuilder(
                pdflatex,
                "-interaction=nonstopmode",
                "-halt-on-error",
                "-no-shell-escape",
                "cyrillic.tex")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("cyrillic.console").toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isNotZero();
    // TeX wraps log lines at 79 characters.
    assertThat(
            Files.readString(dir.resolve("cyrillic.log"), StandardCharsets.ISO_8859_1)
                .replace("\n", ""))
        .contains("pdflatex cannot typeset U+0416 CYRILLIC CAPITAL LETTER ZHE");
  }

  /** The widths of "Overfull \hbox (N pt too wide)" lines above 1pt. */
  static java.util.List<String> overfull(String log) {
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Overfull \\\\[hv]box \\(([0-9.]+)pt too wide\\)[^\\n]*")
            .matcher(log);
    while (m.find()) {
      if (Double.parseDouble(m.group(1)) > 1.0) {
        out.add(m.group());
      }
    }
    return out;
  }

  @Test
  void fullDocumentCompilesWithPdflatex() throws Exception {
    String pdflatex = requireEngine("pdflatex");
    compile(pdflatex, "sample-en", SampleDocuments.english(), LatexRenderer.builder());
  }

  @Test
  void tableAloneDocumentCompilesWithPdflatex() throws Exception {
    String pdflatex = requireEngine("pdflatex");
    compile(pdflatex, "table-pl", SampleDocuments.tableOnly(Language.PL), LatexRenderer.builder());
  }

  /** Skips, with a message, where kpsewhich does not find a LaTeX package file. */
  private static void requirePackage(String file, String debianPackage) throws Exception {
    Process p = new ProcessBuilder("kpsewhich", file).redirectErrorStream(true).start();
    String found = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assumeTrue(
        p.waitFor() == 0 && !found.isEmpty(),
        file
            + " is not installed: LaTeX compile test skipped (Debian: apt-get install "
            + debianPackage
            + ")");
  }

  static String requireEngine(String name) {
    Optional<String> e = engine(name);
    assumeTrue(
        e.isPresent(),
        name
            + " is not on the PATH: LaTeX compile test skipped (Debian: apt-get install"
            + " texlive-xetex texlive-latex-recommended texlive-fonts-recommended"
            + " texlive-lang-polish lmodern)");
    return e.get();
  }

  private String compile(String engine, String name, Document document, LatexRenderer.Builder b)
      throws IOException, InterruptedException {
    return compile(dir, engine, name, document, b);
  }

  /** Writes the document into {@code dir}, compiles it, checks the run succeeded; its log. */
  static String compile(
      Path dir, String engine, String name, Document document, LatexRenderer.Builder b)
      throws IOException, InterruptedException {
    Path tex = dir.resolve(name + ".tex");
    Files.write(tex, LatexRendererTest.bytes(b.build(), document));
    Process p =
        new ProcessBuilder(
                engine,
                "-interaction=nonstopmode",
                "-halt-on-error",
                "-no-shell-escape",
                tex.getFileName().toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            // Not NAME.out: hyperref reads its bookmarks from that file.
            .redirectOutput(dir.resolve(name + ".console").toFile())
            .start();
    // A safety net against a TeX run waiting for input, not a performance limit.
    boolean finished = p.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      p.destroyForcibly();
    }
    Path logFile = dir.resolve(name + ".log");
    String log =
        Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.ISO_8859_1) : "";
    assertThat(finished).as("%s finished", engine).isTrue();
    assertThat(p.exitValue()).as("%s exit status; log:%n%s", engine, tail(log)).isZero();
    assertThat(dir.resolve(name + ".pdf")).isNotEmptyFile();
    return log;
  }

  private static String tail(String log) {
    return log.length() > 3000 ? log.substring(log.length() - 3000) : log;
  }
}
