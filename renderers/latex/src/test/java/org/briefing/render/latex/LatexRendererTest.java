package org.briefing.render.latex;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.render.Formats;
import org.briefing.render.GoldenFiles;
import org.briefing.render.RendererProvider;
import org.briefing.render.UnsupportedContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexRendererTest {
  private static final LatexRenderer RENDERER = LatexRenderer.builder().build();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          \\          | \\textbackslash{}
          {           | \\{
          }           | \\}
          $           | \\$
          &           | \\&
          #           | \\#
          ^           | \\textasciicircum{}
          _           | \\_
          ~           | \\textasciitilde{}
          %           | \\%
          <           | \\textless{}
          >           | \\textgreater{}
          "           | \\textquotedbl{}
          `           | \\textasciigrave{}
          [           | {[}
          ]           | {]}
          --          | -{}-
          ',,'        | ',{},'
          ${x}        | \\$\\{x\\}
          ą ė Ž       | ą ė Ž
          """)
  void escapesEverySpecialCharacter(String text, String latex) {
    assertThat(LatexWriter.escape(text)).isEqualTo(latex);
  }

  @Test
  void escapesTheRest() {
    assertThat(LatexWriter.escape("'")).isEqualTo("\\textquotesingle{}");
    assertThat(LatexWriter.escape("|")).isEqualTo("\\textbar{}");
    assertThat(LatexWriter.escape("a\u00a0b\nc")).isEqualTo("a~b c");
    String escaped = LatexWriter.escape(SampleDocuments.HOSTILE);
    String withoutEscapes =
        escaped
            .replaceAll("\\\\[a-z]+\\{\\}", "")
            .replaceAll("\\\\[{}$&#%_]", "")
            .replace("{[}", "")
            .replace("{]}", "")
            .replace("-{}", "");
    assertThat(withoutEscapes).doesNotContainPattern("[\\\\{}$&#%_^~<>\"'`|\\[\\]]");
  }

  @Test
  void escapesUrlsForHref() {
    assertThat(LatexWriter.url("https://ex.com/a_b?x=1&y=2#top%20z~t"))
        .isEqualTo("https://ex.com/a_b?x=1\\&y=2\\#top\\%20z~t");
    assertThat(LatexWriter.url("https://ex.com/{a} \\b\"ł"))
        .isEqualTo("https://ex.com/\\%7Ba\\%7D\\%20\\%5Cb\\%22\\%C5\\%82");
  }

  @Test
  void polishDocumentLoadsPolishBabel() {
    assertThat(RENDERER.renderToString(SampleDocuments.polish()))
        .contains("\\usepackage[english,main=polish]{babel}")
        .contains("{\\footnotesize\\sffamily{[}projekt tłumaczenia{]}}")
        .doesNotContain("\\fbox{\\footnotesize")
        .contains("Ciąg dalszy na następnej stronie");
    assertThat(RENDERER.renderToString(SampleDocuments.english()))
        .contains("\\usepackage[polish,main=english]{babel}");
  }

  @Test
  void tableHeadRepeatsOnEveryPage() {
    String tex = RENDERER.renderToString(SampleDocuments.english());
    String longtable = tex.substring(tex.indexOf("\\begin{longtable}"));
    assertThat(longtable).contains("\\endfirsthead").contains("\\endhead").contains("\\toprule");
    assertThat(longtable.substring(0, longtable.indexOf("\\endhead")))
        .contains(
            "\\bfseries Country/\\allowbreak{}organisation & \\bfseries Priorities & \\bfseries Effects\\\\");
  }

  @Test
  void footnotesAndCitations() {
    String tex = RENDERER.renderToString(SampleDocuments.english());
    assertThat(tex)
        .contains("\\footnote{\\label{fn:fn-1}The Baltic region means")
        .contains("(\\hyperref[ref-sturm2022]{Sturm, 2022: 867})")
        .contains("\\phantomsection\\label{ref-sturm2022}Sturm (2022).");
  }

  @Test
  void aDocumentHoldingOnlyATableIsATableAlone() {
    String tex = RENDERER.renderToString(SampleDocuments.tableOnly(Language.PL));
    assertThat(tex).startsWith("% Written by Briefing").contains("\\begin{longtable}");
    assertThat(tex).doesNotContain("\\LARGE");
    assertThat(tex).contains("\\textsuperscript{*}");
  }

  @Test
  void fragmentHasNoPreamble() {
    String tex =
        LatexRenderer.builder()
            .tableFragment(true)
            .build()
            .renderToString(SampleDocuments.english());
    assertThat(tex).doesNotContain("\\documentclass").doesNotContain("\\begin{document}");
    assertThat(tex).contains("\\begin{longtable}").contains("\\end{longtable}");
    assertThat(tex).doesNotContain("\\href").doesNotContain("\\phantomsection");
  }

  @Test
  void tableModeWithoutATableFails() {
    Document noTable =
        new Document(
            SampleDocuments.english().meta(),
            List.of(new Block.Paragraph(List.of(new Inline.Text("x")))));
    assertThatThrownBy(
            () -> LatexRenderer.builder().tableOnly(true).build().renderToString(noTable))
        .isInstanceOf(UnsupportedContentException.class)
        .hasMessageContaining("no table");
  }

  /**
   * Issue 9: a parallel briefing is two paracol columns; a wide row (a table, a figure) leaves the
   * columns and is set at full width, English then Polish, so no longtable sits in a column.
   */
  /** A Polish subtitle under an English title: in Polish (its hyphenation), spaces unbreakable. */
  /**
   * Audit: LaTeX printed neither the audience, nor the series and number, nor the organisation that
   * the HTML masthead shows. They come in the masthead's order, labelled in the briefing's
   * language, escaped.
   */
  @Test
  void titleBlockHoldsTheHtmlMastheadsFrontMatterInTheBriefingsLanguage() {
    for (Language language : List.of(Language.EN, Language.PL)) {
      Meta meta =
          Meta.builder("note", "Note", language)
              .series("Policy notes & papers")
              .number("3/2026")
              .date("3 March 2026")
              .audience("Board #1")
              .branding(
                  java.util.Optional.of(
                      new org.briefing.document.Branding(
                          "Baltic_Institute",
                          java.util.Optional.empty(),
                          java.util.Optional.empty())))
              .build();
      String tex =
          RENDERER.renderToString(
              new Document(meta, List.of(new Block.Paragraph(List.of(new Inline.Text("Body."))))));
      String block = tex.substring(tex.indexOf("\\begin{center}"), tex.indexOf("\\end{center}"));
      boolean pl = language == Language.PL;
      assertThat(block)
          .containsSubsequence(
              "{\\large\\bfseries Baltic\\_Institute\\par}",
              pl
                  ? "Policy notes \\& papers, nr 3/\\allowbreak{}2026\\par"
                  : "Policy notes \\& papers, no. 3/\\allowbreak{}2026\\par",
              "{\\LARGE\\bfseries Note\\par}",
              "3 March 2026\\par",
              pl ? "Przygotowano dla: Board \\#1\\par" : "Prepared for: Board \\#1\\par");
    }
  }

  @Test
  void theTitleBlockSetsEachPartInItsLanguage() {
    assertThat(RENDERER.renderToString(SampleDocuments.parallel()))
        .contains("{\\large \\foreignlanguage{polish}{Strategia Litwy z~24~lutego~2022~r.}\\par}");
  }

  @Test
  void parallelLayoutUsesParacolAndSetsWideRowsAtFullWidth() {
    String tex = RENDERER.renderToString(SampleDocuments.parallel());
    assertThat(tex).contains("\\usepackage{paracol}").doesNotContain("\\LT@");
    String body = tex.substring(tex.indexOf("\\begin{document}"));
    // Headings, paragraph, list, callout: one paracol; then the table and figure rows outside it.
    assertThat(count(body, "\\begin{paracol}{2}")).isEqualTo(1);
    assertThat(count(body, "\\switchcolumn*")).isEqualTo(3);
    int end = body.indexOf("\\end{paracol}");
    assertThat(body.indexOf("\\begin{longtable}")).isGreaterThan(end);
    assertThat(body.indexOf("Table 1.")).isLessThan(body.indexOf("Tabela 1."));
    assertThat(body).contains("91,6\\%", "91.6\\%");
    assertThat(RENDERER.renderToString(paragraphs("No parallel block.")))
        .doesNotContain("\\usepackage{paracol}");
  }

  @Test
  void symbolsTheSerifLacksUseTheFallbackFont() {
    Document d = paragraphs("Check ✓ and ★, Жук, Ωμέγα");
    String tex = RENDERER.renderToString(d);
    assertThat(tex)
        .contains("{\\briefingfallback ✓}", "{\\briefingfallback ★}", "Жук, Ωμέγα")
        .contains("\\setmainfont{DejaVu Serif}")
        .contains("\\PackageError{briefing}{pdflatex cannot typeset U+0416 CYRILLIC CAPITAL LETTER")
        .contains("U+2713 CHECK MARK");
    assertThat(RENDERER.renderToString(SampleDocuments.english())).doesNotContain("\\PackageError");
  }

  /** A document of many paragraphs (several pages) with a free-text sharing marking. */
  static Document marked(String marking) {
    Meta meta =
        Meta.builder("marked", "Marked", Language.EN)
            .marking(
                java.util.Optional.of(
                    new org.briefing.document.Marking(marking, java.util.Optional.empty())))
            .build();
    List<Block> blocks = new java.util.ArrayList<>();
    for (int i = 0; i < 80; i++) {
      blocks.add(
          new Block.Paragraph(
              List.of(new Inline.Text("Paragraph " + i + " of a text long enough for pages."))));
    }
    return new Document(meta, blocks);
  }

  /**
   * The marking stands right in the head and the foot of every page, as TLP 2.0 asks: at 12 pt, or
   * for a long free text at 9 pt in a box whose lines the head's height holds; the page number then
   * at the foot's left.
   */
  @Test
  void theMarkingStandsRightInTheHeadAndTheFootAtItsSize() throws IOException {
    String shortOne = new String(bytes(RENDERER, marked("Internal use only")), UTF_8);
    assertThat(shortOne)
        .contains(
            "\\fancyhead[R]{{\\fontsize{12pt}{14pt}\\selectfont\\bfseries Internal use only}}")
        .contains(
            "\\fancyfoot[R]{{\\fontsize{12pt}{14pt}\\selectfont\\bfseries Internal use only}}")
        .contains("\\fancyfoot[L]{\\thepage}")
        .doesNotContain("fancyhead[C]");
    String text = "Shared with the named recipients only; ".repeat(6).strip();
    String longOne = new String(bytes(RENDERER, marked(text)), UTF_8);
    assertThat(count(longOne, "\\parbox[b]{0.6\\textwidth}{\\raggedleft\\fontsize{9pt}{11pt}"))
        .isEqualTo(2);
    assertThat(longOne)
        .contains(
            "\\usepackage[margin=25mm,headheight=59pt,footskip=69pt,includeheadfoot]{geometry}");
    String none = new String(bytes(RENDERER, paragraphs("x")), UTF_8);
    assertThat(none).contains("\\fancyfoot[C]{\\thepage}").doesNotContain("fancyhead");
  }

  static Document paragraphs(String text) {
    Meta meta = Meta.builder("symbols", "Symbols", Language.EN).build();
    return new Document(meta, List.of(new Block.Paragraph(List.of(new Inline.Text(text)))));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void isRegisteredAsLatex() {
    assertThat(Formats.installed().provider("latex").map(RendererProvider::create))
        .get()
        .satisfies(r -> assertThat(r.extension()).isEqualTo("tex"));
  }

  @Test
  void goldenFiles() throws IOException {
    GoldenFiles.check("sample-en.tex", bytes(RENDERER, SampleDocuments.english()));
    GoldenFiles.check("sample-pl.tex", bytes(RENDERER, SampleDocuments.polish()));
    GoldenFiles.check("table-pl.tex", bytes(RENDERER, SampleDocuments.tableOnly(Language.PL)));
    GoldenFiles.check("parallel.tex", bytes(RENDERER, SampleDocuments.parallel()));
    GoldenFiles.check(
        "table-en-fragment.tex",
        bytes(LatexRenderer.builder().tableFragment(true).build(), SampleDocuments.english()));
  }

  static byte[] bytes(LatexRenderer r, Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.render(d, out);
    return out.toByteArray();
  }
}
