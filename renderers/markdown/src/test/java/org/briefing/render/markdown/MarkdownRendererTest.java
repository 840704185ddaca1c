package org.briefing.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.render.Formats;
import org.briefing.render.GoldenFiles;
import org.briefing.render.RendererProvider;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  /** Strings that CommonMark or GFM would read as markup if they were not escaped. */
  static Stream<String> hostile() {
    return Stream.of(
        SampleDocuments.HOSTILE,
        SampleDocuments.POLISH_LETTERS + " " + SampleDocuments.LITHUANIAN_LETTERS,
        "# heading",
        "###### six",
        "> quote",
        "- item",
        "+ item",
        "* item",
        "1. item",
        "1) item",
        "123456789. nine digits",
        "===",
        "---",
        "***",
        "___",
        "    indented code",
        "\ttab",
        "```fence",
        "~~~fence",
        "<div>block html</div>",
        "<!-- comment -->",
        "&amp; &#65; &copy;",
        "[ref]: /url",
        "[^note]",
        "![image](x.png)",
        "http://example.com/a_b_c and www.example.com",
        "<http://autolink.example>",
        "a\\",
        "trailing backslash \\",
        "\\\\|",
        "**strong** __strong__ ~~strike~~",
        "a | b | c",
        "| --- |",
        "$x$ $$y$$",
        "{#id} ${x} %d ^sup");
  }

  private static Document paragraphs(List<Block> blocks) {
    Meta m = SampleDocuments.tableOnly(Language.EN).meta();
    Meta meta = Meta.builder(m.id(), "T", Language.EN).created(m.created()).build();
    return new Document(meta, blocks);
  }

  private static Block.Paragraph para(String text) {
    return new Block.Paragraph(List.of(new Inline.Text(text)));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void textRoundTripsInEveryContext(String text) {
    Block.Table table =
        new Block.Table(
            "t",
            List.of(new Inline.Text(text)),
            List.of(new Block.Row(List.of(new Block.Cell(true, List.of(para(text)))))),
            List.of(new Block.Row(List.of(new Block.Cell(false, List.of(para(text)))))),
            List.of());
    Document d =
        paragraphs(
            List.of(
                para(text),
                new Block.Heading(2, "h", List.of(new Inline.Text(text))),
                new Block.ListBlock(false, List.of(List.of(para(text)))),
                new Block.Quote(List.of(para(text)), List.of()),
                table,
                new Block.Paragraph(
                    List.of(
                        new Inline.Text("x"),
                        new Inline.LineBreak(),
                        new Inline.Text(text),
                        new Inline.NoteRef("n", "1"))),
                new Block.Paragraph(
                    List.of(
                        new Inline.Link("https://example.com/", List.of(new Inline.Text(text))))),
                new Block.Footnote("n", "1", List.of(para(text)))));
    String md = RENDERER.renderToString(d);
    Node root = CommonMarkReader.parse(md);

    List<Paragraph> ps = CommonMarkReader.all(root, Paragraph.class);
    assertThat(CommonMarkReader.plainText(ps.get(0))).as(md).isEqualTo(text);
    assertThat(CommonMarkReader.all(root, Heading.class))
        .extracting(CommonMarkReader::plainText)
        .as(md)
        .containsExactly("T", text);
    assertThat(CommonMarkReader.plainText(CommonMarkReader.all(root, ListItem.class).get(0)))
        .as(md)
        .isEqualTo(text);
    assertThat(CommonMarkReader.plainText(CommonMarkReader.all(root, BlockQuote.class).get(0)))
        .as(md)
        .isEqualTo(text);
    assertThat(CommonMarkReader.all(root, TableCell.class))
        .extracting(CommonMarkReader::plainText)
        .as(md)
        .containsExactly(text.strip(), text.strip());
    assertThat(ps)
        .extracting(CommonMarkReader::plainText)
        .as(md)
        .containsExactly(text, text, text, text, "x\n" + text, text, text);
    assertThat(CommonMarkReader.all(root, StrongEmphasis.class))
        .extracting(CommonMarkReader::plainText)
        .as(md)
        .containsExactly(text.strip());
    assertThat(CommonMarkReader.all(root, Link.class))
        .extracting(CommonMarkReader::plainText)
        .as(md)
        .containsExactly(text);
    assertThat(CommonMarkReader.all(root, FootnoteReference.class)).as(md).hasSize(1);
    assertThat(
            CommonMarkReader.plainText(CommonMarkReader.all(root, FootnoteDefinition.class).get(0)))
        .as(md)
        .isEqualTo(text);
    assertThat(CommonMarkReader.all(root, HtmlBlock.class)).as(md).isEmpty();
    assertThat(CommonMarkReader.all(root, HtmlInline.class))
        .extracting(HtmlInline::getLiteral)
        .as(md)
        .allMatch(h -> h.matches("<a id=\"[A-Za-z0-9_.:-]+\">|</a>"));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void codeRoundTrips(String code) {
    Document d =
        paragraphs(
            List.of(
                new Block.Paragraph(List.of(new Inline.Code(code))),
                new Block.Table(
                    "t",
                    List.of(),
                    List.of(),
                    List.of(
                        new Block.Row(
                            List.of(
                                new Block.Cell(
                                    false,
                                    List.of(
                                        new Block.Paragraph(List.of(new Inline.Code(code)))))))),
                    List.of()),
                new Block.Code(code + "\n" + code)));
    String md = RENDERER.renderToString(d);
    Node root = CommonMarkReader.parse(md);
    assertThat(CommonMarkReader.all(root, org.commonmark.node.Code.class))
        .extracting(org.commonmark.node.Code::getLiteral)
        .as(md)
        .containsExactly(code.replace('\t', '\t'), code);
    assertThat(CommonMarkReader.all(root, org.commonmark.node.FencedCodeBlock.class))
        .extracting(org.commonmark.node.FencedCodeBlock::getLiteral)
        .as(md)
        .containsExactly(code + "\n" + code + "\n");
  }

  @Test
  void aMarkInsideEmphasisIsEmphasisInsideEmphasisNotStrayAsterisks() {
    Document d =
        paragraphs(
            List.of(
                new Block.Paragraph(
                    List.of(
                        new Inline.Text("Source: "),
                        new Inline.Emphasis(
                            List.of(
                                new Inline.Text("A title "),
                                new Inline.Badge("draft-translation"))),
                        new Inline.Text(". Next.")))));
    String md = RENDERER.renderToString(d);
    Node root = CommonMarkReader.parse(md);
    List<Emphasis> em = CommonMarkReader.all(root, Emphasis.class);
    assertThat(em).as(md).hasSize(2);
    assertThat(CommonMarkReader.plainText(em.get(0))).as(md).isEqualTo("A title draft translation");
    assertThat(CommonMarkReader.plainText(em.get(1))).as(md).isEqualTo("draft translation");
    assertThat(CommonMarkReader.all(root, StrongEmphasis.class)).as(md).isEmpty();
    assertThat(CommonMarkReader.plainText(root)).as(md).doesNotContain("*", "_");
  }

  @Test
  void sampleDocumentKeepsEveryTextAndStructure() {
    for (Document doc : List.of(SampleDocuments.english(), SampleDocuments.polish())) {
      String md = RENDERER.renderToString(doc);
      Node root = CommonMarkReader.parse(md);
      String plain = CommonMarkReader.plainText(root);
      for (String t : texts(doc)) {
        assertThat(plain).as("text %s", t).contains(t.replace('\n', ' '));
      }
      // The summary table and the chart's numbers; the parallel block is no table.
      assertThat(CommonMarkReader.all(root, TableBlock.class)).hasSize(2);
      assertThat(CommonMarkReader.all(root, FootnoteDefinition.class)).hasSize(2);
      assertThat(CommonMarkReader.all(root, FootnoteReference.class)).hasSize(2);
      // The only HTML blocks mark the language of the parallel block's halves.
      assertThat(CommonMarkReader.all(root, HtmlBlock.class))
          .extracting(h -> h.getLiteral().strip())
          .containsOnly("<div lang=\"en\">", "<div lang=\"pl\">", "</div>");
      assertThat(CommonMarkReader.all(root, Link.class))
          .extracting(Link::getDestination)
          .contains("#ref-sturm2022", "#table-1");
      assertThat(CommonMarkReader.all(root, HtmlInline.class))
          .extracting(HtmlInline::getLiteral)
          .contains("<a id=\"ref-sturm2022\">", "<a id=\"table-1\">");
      assertThat(CommonMarkReader.all(root, Heading.class).get(0).getLevel()).isEqualTo(1);
      assertThat(md).startsWith("**TLP:AMBER+STRICT**\n\n# ");
    }
  }

  /** A briefing with every front-matter key of a spec, in English or Polish. */
  private static Document withFrontMatter(Language language) {
    Meta meta =
        Meta.builder("note", "Baltic *note*", language)
            .subtitle("For the board")
            .authors(List.of("A. Analyst", "B. Writer"))
            .series("Policy notes")
            .number("3/2026")
            .date("3 March 2026")
            .audience("Board #1")
            .marking(
                java.util.Optional.of(
                    new org.briefing.document.Marking(
                        "TLP:AMBER", org.briefing.document.Marking.Tlp.fromLabel("TLP:AMBER"))))
            .branding(
                java.util.Optional.of(
                    new org.briefing.document.Branding(
                        "Baltic Institute",
                        java.util.Optional.empty(),
                        java.util.Optional.empty())))
            .build();
    return new Document(meta, List.of(para("Body.")));
  }

  /**
   * Audit: Markdown printed neither the audience, nor the series and number, nor the organisation
   * that the HTML masthead shows. They come in the masthead's order, labelled in the briefing's
   * language, escaped.
   */
  @Test
  void frontMatterIsTheHtmlMastheadsInTheBriefingsLanguage() {
    String en = RENDERER.renderToString(withFrontMatter(Language.EN));
    assertThat(en)
        .startsWith(
            "**TLP:AMBER**\n\n**Baltic Institute**\n\nPolicy notes, no. 3/2026\n\n"
                + "# Baltic \\*note\\*\n\n*For the board*\n\nA. Analyst, B. Writer\\\n"
                + "3 March 2026\n\nPrepared for: Board \\#1\n\nBody.");
    String pl = RENDERER.renderToString(withFrontMatter(Language.PL));
    assertThat(pl).contains("Policy notes, nr 3/2026", "Przygotowano dla: Board \\#1");
    assertThat(CommonMarkReader.plainText(CommonMarkReader.parse(en)))
        .contains("Prepared for: Board #1", "Baltic Institute", "Policy notes, no. 3/2026");
  }

  /**
   * Audit: a cell's lines were joined with "; ", a character the paper does not have. A cell's
   * paragraphs, items and line breaks are separated by {@code <br>} (no HTML: a space), and its
   * words are exactly the paper's.
   */
  @Test
  void tableCellLinesAreSeparatedByLineBreaksNotPunctuation() {
    Block.Cell cell =
        new Block.Cell(
            false,
            List.of(
                para("Strengthening military alliance with USA"),
                para("Seeking military assistance package for Ukraine"),
                new Block.ListBlock(false, List.of(List.of(para("one")), List.of(para("two")))),
                new Block.Paragraph(
                    List.of(
                        new Inline.Text("before"),
                        new Inline.LineBreak(),
                        new Inline.Text("after\\")))));
    Block.Table table =
        new Block.Table(
            "t",
            List.of(),
            List.of(new Block.Row(List.of(new Block.Cell(true, List.of(para("Priorities")))))),
            List.of(new Block.Row(List.of(cell))),
            List.of());
    Document d = paragraphs(List.of(table));
    String md = RENDERER.renderToString(d);
    assertThat(md)
        .contains(
            "| Strengthening military alliance with USA<br>Seeking military assistance package"
                + " for Ukraine<br>one<br>two<br>before<br>after\\\\ |")
        .doesNotContain(";");
    List<TableCell> cells = CommonMarkReader.all(CommonMarkReader.parse(md), TableCell.class);
    assertThat(CommonMarkReader.plainText(cells.get(1)))
        .isEqualTo(
            "Strengthening military alliance with USA\nSeeking military assistance package for"
                + " Ukraine\none\ntwo\nbefore\nafter\\");

    String plain = MarkdownRenderer.builder().htmlAnchors(false).build().renderToString(d);
    assertThat(plain)
        .contains(
            "| Strengthening military alliance with USA Seeking military assistance package for"
                + " Ukraine one two before after\\\\ |")
        .doesNotContain(";", "<");
  }

  @Test
  void badgeIsInTheDocumentLanguage() {
    assertThat(RENDERER.renderToString(SampleDocuments.english())).contains("*draft translation*");
    assertThat(RENDERER.renderToString(SampleDocuments.polish())).contains("*projekt tłumaczenia*");
  }

  @Test
  void withoutHtmlAnchorsTheOutputHoldsNoHtml() {
    String md =
        MarkdownRenderer.builder()
            .htmlAnchors(false)
            .build()
            .renderToString(SampleDocuments.english());
    Node root = CommonMarkReader.parse(md);
    assertThat(CommonMarkReader.all(root, HtmlInline.class)).isEmpty();
    assertThat(CommonMarkReader.all(root, HtmlBlock.class)).isEmpty();
    assertThat(CommonMarkReader.plainText(root)).contains("(Sturm, 2022: 867)");
  }

  /**
   * Issue 9: a parallel briefing is real Markdown. Each language's blocks follow each other, marked
   * by language; headings, lists and tables keep their kind (no GFM table holding the briefing).
   */
  @Test
  void parallelLayoutIsRealMarkdownMarkedByLanguage() {
    String md = RENDERER.renderToString(SampleDocuments.parallel());
    Node root = CommonMarkReader.parse(md);
    assertThat(CommonMarkReader.all(root, Heading.class))
        .extracting(Heading::getLevel)
        .containsExactly(1, 2, 2);
    assertThat(CommonMarkReader.all(root, org.commonmark.node.BulletList.class)).hasSize(2);
    // Two summary tables and two charts' numbers, each a table of its own.
    assertThat(CommonMarkReader.all(root, TableBlock.class)).hasSize(4);
    assertThat(CommonMarkReader.all(root, BlockQuote.class)).hasSize(2);
    assertThat(md).doesNotContain("| English |", "| ## ", "| --- | --- |\n| ##");
    assertThat(CommonMarkReader.all(root, HtmlBlock.class))
        .extracting(h -> h.getLiteral().strip())
        .filteredOn(l -> l.startsWith("<div"))
        .containsExactly(
            "<div lang=\"en\">", "<div lang=\"pl\">",
            "<div lang=\"en\">", "<div lang=\"pl\">",
            "<div lang=\"en\">", "<div lang=\"pl\">",
            "<div lang=\"en\">", "<div lang=\"pl\">",
            "<div lang=\"en\">", "<div lang=\"pl\">",
            "<div lang=\"en\">", "<div lang=\"pl\">");
    // The English block comes before its Polish block.
    assertThat(md.indexOf("Table 1.")).isLessThan(md.indexOf("Tabela 1."));
    assertThat(md.indexOf("Tabela 1.")).isLessThan(md.indexOf("Figure 1."));
  }

  @Test
  void parallelLayoutWithoutHtmlNamesTheLanguage() {
    String md =
        MarkdownRenderer.builder()
            .htmlAnchors(false)
            .build()
            .renderToString(SampleDocuments.parallel());
    Node root = CommonMarkReader.parse(md);
    assertThat(CommonMarkReader.all(root, HtmlBlock.class)).isEmpty();
    assertThat(md).contains("*\\[English\\]*", "*\\[Polski\\]*");
    assertThat(CommonMarkReader.all(root, TableBlock.class)).hasSize(4);
  }

  /** Pandoc reads the parallel Markdown with its structure and languages (skipped without it). */
  @Test
  void pandocReadsTheParallelLayout() throws Exception {
    Path md = Files.createTempFile("parallel", ".md");
    try {
      Files.writeString(md, RENDERER.renderToString(SampleDocuments.parallel()));
      Process p;
      try {
        p =
            new ProcessBuilder("pandoc", "-f", "markdown", "-t", "html", md.toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        Assumptions.abort("pandoc is not installed: " + e.getMessage());
        return;
      }
      String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(html).isZero();
      assertThat(count(html, "<table")).isEqualTo(4);
      assertThat(count(html, "<ul>")).isEqualTo(2);
      assertThat(count(html, "<h2")).isEqualTo(2);
      assertThat(count(html, "lang=\"en\"")).isEqualTo(6);
      assertThat(count(html, "lang=\"pl\"")).isEqualTo(6);
      assertThat(html).contains("Tabela 1. Podsumowanie", "91,6%");
    } finally {
      Files.deleteIfExists(md);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void isRegisteredAsMd() {
    assertThat(Formats.installed().provider("md").map(RendererProvider::create))
        .get()
        .satisfies(r -> assertThat(r.extension()).isEqualTo("md"));
  }

  @Test
  void goldenFiles() throws IOException {
    GoldenFiles.check("sample-en.md", bytes(RENDERER, SampleDocuments.english()));
    GoldenFiles.check("sample-pl.md", bytes(RENDERER, SampleDocuments.polish()));
    GoldenFiles.check("table-pl.md", bytes(RENDERER, SampleDocuments.tableOnly(Language.PL)));
    GoldenFiles.check("parallel.md", bytes(RENDERER, SampleDocuments.parallel()));
  }

  private static byte[] bytes(MarkdownRenderer r, Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.render(d, out);
    return out.toByteArray();
  }

  private static List<String> texts(Document d) {
    List<String> all = new ArrayList<>();
    d.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Text node) {
            all.add(node.text());
          }
        });
    return all;
  }
}
