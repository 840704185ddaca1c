package org.briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  private static final MarkdownText MD =
      MarkdownText.builder().headingLevel(3).idPrefix("note-").build();

  private static Block.Paragraph para(Inline... content) {
    return new Block.Paragraph(List.of(content));
  }

  private static Inline.Text text(String t) {
    return new Inline.Text(t);
  }

  /** Depth of a block tree: quotes and list items count. */
  private static int depth(List<Block> blocks) {
    int deepest = 0;
    for (Block b : blocks) {
      if (b instanceof Block.Quote q) {
        deepest = Math.max(deepest, 1 + depth(q.content()));
      } else if (b instanceof Block.ListBlock l) {
        for (List<Block> item : l.items()) {
          deepest = Math.max(deepest, 1 + depth(item));
        }
      }
    }
    return deepest;
  }

  @Test
  void markdownNestedThousandsDeepIsKeptAsTextBelowTheLimit() {
    // 5,000 nested quotes or lists overflowed the stack (exit 1); deep emphasis likewise.
    for (String opener : List.of("> ", "- ", "1. ")) {
      List<Block> blocks = MD.toBlocks(opener.repeat(5_000) + "deep *words*");
      assertTrue(depth(blocks) <= MarkdownText.MAX_DEPTH, opener);
      assertTrue(
          org.briefing.assemble.Blocks.plainText(blocks).endsWith("deep words"),
          org.briefing.assemble.Blocks.plainText(blocks));
    }
    // Emphasis in emphasis 5,000 deep overflows commonmark-java itself: the text is kept as
    // written, and 20 deep is still emphasis.
    String emphasis = "*a _b ".repeat(5_000) + "x" + " c_ d*".repeat(5_000);
    String plain = org.briefing.assemble.Blocks.plainText(MD.toInlines(emphasis));
    assertTrue(plain.contains("x c_ d*"), "emphasis text kept");
    List<Inline> shallow = MD.toInlines("*a _b ".repeat(10) + "x" + " c_ d*".repeat(10));
    assertTrue(shallow.get(0) instanceof Inline.Emphasis, shallow.get(0).toString());
    // Shallow nesting stays structure.
    assertEquals(3, depth(MD.toBlocks("> > > three deep")));
  }

  @Test
  void headingsAreShiftedUnderTheSection() {
    assertEquals(
        List.of(
            new Block.Heading(3, "note-why-it-matters", List.of(text("Why it matters"))),
            new Block.Heading(4, "note-detail", List.of(text("Detail"))),
            new Block.Heading(3, "note-why-it-matters-2", List.of(text("Why it matters")))),
        MD.toBlocks("# Why it matters\n\n## Detail\n\n# Why it matters\n"));
  }

  @Test
  void inlinesListsQuotesCodeAndRules() {
    List<Block> blocks =
        MD.toBlocks(
            """
            Lithuania *acted* **first**, see `nrg_ind_id` and [Eurostat](https://ec.europa.eu).
            Next line.

            - one
            - two

            1. first

            > quoted

            ---

                code block
            """);
    assertEquals(
        List.of(
            para(
                text("Lithuania "),
                new Inline.Emphasis(List.of(text("acted"))),
                text(" "),
                new Inline.Strong(List.of(text("first"))),
                text(", see "),
                new Inline.Code("nrg_ind_id"),
                text(" and "),
                new Inline.Link("https://ec.europa.eu", List.of(text("Eurostat"))),
                text(". Next line.")),
            new Block.ListBlock(
                false, List.of(List.of(para(text("one"))), List.of(para(text("two"))))),
            new Block.ListBlock(true, List.of(List.of(para(text("first"))))),
            new Block.Quote(List.of(para(text("quoted"))), List.of()),
            new Block.Rule(),
            new Block.Code("code block")),
        blocks);
  }

  @Test
  void scriptBlockBecomesPlainText() {
    assertEquals(
        List.of(para(text("<script>alert('x')</script>"))),
        MD.toBlocks("<script>alert('x')</script>\n"));
  }

  @Test
  void inlineHtmlBecomesPlainText() {
    assertEquals(
        List.of(para(text("Hello <script>alert(1)</script> <b>bold</b> end"))),
        MD.toBlocks("Hello <script>alert(1)</script> <b>bold</b> end\n"));
  }

  @Test
  void unsafeLinksKeepOnlyTheirText() {
    assertEquals(
        List.of(para(text("click me and "), new Inline.Link("#ref-x", List.of(text("here"))))),
        MD.toBlocks("[click me](javascript:alert(1)) and [here](#ref-x)\n"));
  }

  @Test
  void imagesBecomeTheirAltText() {
    assertEquals(List.of(para(text("a chart"))), MD.toBlocks("![a chart](https://x/y.png)\n"));
  }

  @Test
  void textRuleAppliesToText() {
    MarkdownText pl = MarkdownText.builder().textRule(PolishTypography::apply).build();
    assertEquals(
        List.of(para(text("Litwa i\u00a0\u201eUnia\u201d 91.6%"))),
        pl.toBlocks("Litwa i \"Unia\" 91.6%\n"));
  }
}
