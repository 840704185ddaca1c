package org.briefing.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The sentences of a briefing's Markdown that the PDF's extracted text lacks.
 *
 * <p>The Markdown is parsed with commonmark-java (GFM tables, footnotes) and each paragraph,
 * heading and table cell is rendered to plain text with its {@link TextContentRenderer}; raw HTML
 * tags and images render as nothing, a link as its text, code as its literal, and a footnote
 * reference ({@code [^fn-1]}) matches the note's number in the PDF; a footnote's own text is
 * checked like any paragraph. Both sides are then folded: whitespace (also no-break and thin
 * spaces), soft hyphens and zero-width spaces are dropped, and typographic quotes become straight
 * ones, so line breaks and the quote style do not matter. A prose sentence must appear as a whole;
 * a table cell's words must appear in order (the PDF lists a cell's items one per line where the
 * Markdown joins them with semicolons, and may give a percentage's unit once in the header).
 *
 * <pre>{@code List<String> missing = SameText.missing(markdown, pdfText);}</pre>
 */
final class SameText {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
          .build();

  /** Where a footnote reference was: the PDF shows the note's number there, the Markdown its id. */
  private static final char NOTE_MARK = '\uE000';

  /**
   * Renders footnote references, raw HTML and images as nothing and a link as its text (the PDF
   * shows the text, not the target); the rest is commonmark's own.
   */
  private static final TextContentRenderer TEXT =
      TextContentRenderer.builder()
          .nodeRendererFactory(
              context ->
                  new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                      return Set.of(
                          FootnoteReference.class,
                          HtmlInline.class,
                          HtmlBlock.class,
                          Image.class,
                          Link.class,
                          Code.class);
                    }

                    @Override
                    public void render(Node node) {
                      if (node instanceof FootnoteReference) {
                        context.getWriter().write(NOTE_MARK);
                      } else if (node instanceof Code code) {
                        context.getWriter().write(code.getLiteral());
                      } else if (node instanceof Link) {
                        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                          context.render(c);
                        }
                      }
                    }
                  })
          .build();

  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\\u201D\\u2019\"')]?)\\s+|\\s*\n\\s*");
  private static final Pattern DROPPED =
      Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u200A\\u202F\\u00AD\\u200B\\u2060\\uFEFF]+");
  private static final Pattern DOUBLE_QUOTES =
      Pattern.compile("[\\u201C\\u201D\\u201E\\u00AB\\u00BB]");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A]");

  /** A percentage: the PDF's tables may give the unit once in the column's header instead. */
  private static final Pattern PERCENT = Pattern.compile("[\\d.,]+%");

  private SameText() {}

  static List<String> missing(String markdown, String pdfText) {
    String pdf = fold(pdfText);
    List<String> missing = new ArrayList<>();
    check(PARSER.parse(markdown), pdf, missing);
    return missing;
  }

  private static void check(Node node, String pdf, List<String> missing) {
    if (node instanceof TableCell) {
      StringBuilder text = new StringBuilder();
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        text.append(TEXT.render(c));
      }
      String cell = text.toString().strip();
      if (!cell.isEmpty() && !inOrder(cell, pdf)) {
        missing.add(cell.replace(String.valueOf(NOTE_MARK), ""));
      }
      return;
    }
    if (node instanceof Paragraph || node instanceof Heading) {
      for (String sentence : SENTENCE_END.split(TEXT.render(node).strip())) {
        if (!sentence.isBlank() && !contains(pdf, fold(sentence))) {
          missing.add(sentence.strip().replace(String.valueOf(NOTE_MARK), ""));
        }
      }
      return;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      check(c, pdf, missing);
    }
  }

  /** Whether the PDF's text has the sentence, with any number where a footnote was referenced. */
  private static boolean contains(String pdf, String sentence) {
    if (sentence.indexOf(NOTE_MARK) < 0) {
      return pdf.contains(sentence);
    }
    StringBuilder regex = new StringBuilder();
    for (String part : sentence.split(String.valueOf(NOTE_MARK), -1)) {
      if (!regex.isEmpty()) {
        regex.append("\\d*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString()).matcher(pdf).find();
  }

  /** Whether the words of a table cell appear in the PDF's text in their order. */
  private static boolean inOrder(String cell, String pdf) {
    if (pdf.contains(fold(cell))) {
      return true;
    }
    int from = 0;
    for (String word : cell.split("\\s+")) {
      String w = fold(word.replace(String.valueOf(NOTE_MARK), ""));
      if (w.endsWith(";")) {
        w = w.substring(0, w.length() - 1); // the PDF lists a cell's items, the Markdown joins them
      }
      if (PERCENT.matcher(w).matches() && !pdf.contains(w)) {
        w = w.substring(0, w.length() - 1);
      }
      int at = pdf.indexOf(w, from);
      if (at < 0) {
        return false;
      }
      from = at + w.length();
    }
    return true;
  }

  static String fold(String s) {
    // A no-break space (Polish typography puts one after "W" in "W bilionach") may be read back
    // from the PDF as a plain space: both are a space here.
    String t = DROPPED.matcher(s.replace('\u00a0', ' ').replace('\u202f', ' ')).replaceAll("");
    t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
    return SINGLE_QUOTES.matcher(t).replaceAll("'");
  }
}
