package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build loads only what its formats need: checked in a fresh JVM with {@code -verbose:class}, on
 * the same class path as the tests (every renderer module on it).
 */
class LazyLoadingTest {
  private static final List<String> PDF = List.of("org.apache.pdfbox.", "org.apache.fontbox.");
  private static final List<String> LAYOUT = List.of("com.openhtmltopdf.");
  private static final List<String> TEMPLATES =
      List.of("gg.jte.", "org.briefing.render.html.internal.template.");
  private static final List<String> DOCX = List.of("org.apache.poi.", "org.docx4j.");

  @Test
  void aMarkdownBuildLoadsNoPdfFontTemplateOrDocxClass(@TempDir Path tmp) throws Exception {
    List<String> loaded = classesLoadedBy(tmp, "md");
    assertThat(loaded).as("the build ran").contains("org.briefing.cli.BuildCommand");
    assertThat(tmp.resolve("out/full-article.md")).exists();
    assertNoneFrom(loaded, PDF);
    assertNoneFrom(loaded, LAYOUT);
    assertNoneFrom(loaded, TEMPLATES);
    assertNoneFrom(loaded, DOCX);
  }

  @Test
  void anHtmlBuildLoadsNoPdfBoxClass(@TempDir Path tmp) throws Exception {
    List<String> loaded = classesLoadedBy(tmp, "html");
    assertThat(tmp.resolve("out/full-article.html")).exists();
    // The check can fail: the HTML build does load the page template and jte's output.
    assertThat(loaded).anyMatch(c -> c.startsWith("gg.jte."));
    assertThat(loaded).contains("org.briefing.render.html.internal.template.JtepageGenerated");
    assertNoneFrom(loaded, PDF);
    assertNoneFrom(loaded, LAYOUT);
    assertNoneFrom(loaded, DOCX);
  }

  /**
   * ICU's message formats (number and plural data) and calendar data are for labels with numbers
   * and for dates written out in a translation language; an English build fills its labels with
   * text and prints dates as the paper writes them.
   */
  @Test
  void anEnglishBuildLoadsNoIcuMessageOrCalendarFormat(@TempDir Path tmp) throws Exception {
    List<String> loaded = classesLoadedBy(tmp, "md");
    // The check can fail: the build does use ICU (word count, number formats of the figure).
    assertThat(loaded).anyMatch(c -> c.startsWith("com.ibm.icu."));
    assertThat(loaded)
        .doesNotContain("com.ibm.icu.text.MessageFormat", "com.ibm.icu.text.DateFormatSymbols");
  }

  /**
   * The paper's own citation style prints in-text citations from the references' labels: a briefing
   * without a reference list never starts citeproc-java or the XML parser it reads CSL with.
   */
  @Test
  void aBriefingWithoutAReferenceListInThePapersStyleLoadsNoCitationProcessor(@TempDir Path tmp)
      throws Exception {
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(
        spec,
        "title: A note\naudience: Staff\nlanguage: en\nsections:\n"
            + "  - executive-summary\n  - {type: hypotheses, with-findings: true}\n",
        StandardCharsets.UTF_8);
    List<String> loaded = classesLoadedBy(tmp, spec, "md");
    // The check can fail: the note cites sources, in the paper's style ("(LRT, 2022a)").
    assertThat(Files.readString(tmp.resolve("out/note.md"), StandardCharsets.UTF_8))
        .containsPattern("\\([^()]+, \\d{4}[a-z]?(: \\d+)?\\)");
    assertThat(loaded).as("the build ran").contains("org.briefing.cite.CitationProcessor");
    // (The verifier may load the interfaces the processor implements; not the engine nor the
    // items.)
    assertThat(loaded)
        .doesNotContain("de.undercouch.citeproc.CSL", "de.undercouch.citeproc.csl.CSLItemData");
    // With the reference list, the same style does go through citeproc-java.
    assertThat(classesLoadedBy(tmp, "md")).contains("de.undercouch.citeproc.CSL");
  }

  private static void assertNoneFrom(List<String> loaded, List<String> prefixes) {
    assertThat(loaded).noneMatch(c -> prefixes.stream().anyMatch(c::startsWith));
  }

  private static List<String> classesLoadedBy(Path tmp, String format)
      throws IOException, InterruptedException {
    return classesLoadedBy(tmp, CliRun.repo().resolve("briefings/full-article.yaml"), format);
  }

  private static List<String> classesLoadedBy(Path tmp, Path specFile, String format)
      throws IOException, InterruptedException {
    List<String> classes = new ArrayList<>();
    // The class log in a file of its own, not interleaved with what the build prints.
    Path log = tmp.resolve("classes.log");
    FreshJvm.build(tmp, "-Xlog:class+load=info:file=" + log, specFile, format);
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // [0.123s][info][class,load] some.Class source: ...
      int at = line.indexOf("[class,load] ");
      if (at >= 0) {
        String rest = line.substring(at + "[class,load] ".length());
        int space = rest.indexOf(' ');
        classes.add(space < 0 ? rest : rest.substring(0, space));
      }
    }
    return classes;
  }
}
