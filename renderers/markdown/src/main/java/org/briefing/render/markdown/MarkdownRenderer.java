package org.briefing.render.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.briefing.document.Document;
import org.briefing.render.Renderer;

/**
 * Writes a {@link Document} as CommonMark with GitHub's table and footnote extensions (format
 * {@code md}, UTF-8, LF line ends).
 *
 * <pre>{@code
 * Renderer md = MarkdownRenderer.builder().build();
 * md.render(document, out);
 * String text = MarkdownRenderer.builder().htmlAnchors(false).build().renderToString(document);
 * }</pre>
 *
 * <p>Layout choices:
 *
 * <ul>
 *   <li>The front matter of the HTML masthead, in its order and the briefing's language: the
 *       marking, the organisation's name, the series and number, the title as the one level-1
 *       heading, the subtitle, authors and date, "Prepared for: " the audience, the source line.
 *   <li>Text is escaped so that CommonMark reads it back as the same text: markup characters get a
 *       backslash, block-starting characters at a line start too, and leading blanks become
 *       character references. Line ends inside text become spaces.
 *   <li>Tables are GFM pipe tables: one header row (further head rows become bold body rows); body
 *       row headers are bold; a GFM cell holds one line, so the paragraphs, items and line breaks
 *       of a cell are separated by {@code <br>} (which GFM and pandoc read as a line break), or by
 *       a space with {@link Builder#htmlAnchors(boolean)} off; no character is added to the cell's
 *       words. Pipes are escaped.
 *   <li>Footnotes use GFM footnote syntax, {@code [^id]} and {@code [^id]: text}; a note reference
 *       without a footnote block in the document (a table's marker note, printed under the table)
 *       prints its marker.
 *   <li>A {@link org.briefing.document.Block.Parallel} block stays real Markdown: each row's left
 *       blocks, then its right blocks, each group in a {@code <div lang="…">} (read by CommonMark,
 *       GFM and pandoc, which keeps the language); without HTML anchors a "*[English]*" line marks
 *       the language instead. Headings, lists and tables keep their kind.
 *   <li>Figures are their caption, their numbers as a list (the highlighted bars bold) and their
 *       source line; Markdown has no chart.
 *   <li>Callouts and quotes are block quotes; a language span is plain text (Markdown has no way to
 *       mark a language); badges print their label in the surrounding language.
 *   <li>Ids: CommonMark has no syntax for them. With {@link Builder#htmlAnchors(boolean)} on (the
 *       default) headings, tables, figures and {@link org.briefing.document.Inline.Anchor}s get an
 *       empty {@code <a id="…"></a>} (with the {@code <div lang>}s and the {@code <br>}s in table
 *       cells, the only raw HTML written), its id restricted to {@code [A-Za-z0-9_.:-]}, and
 *       citations link to {@code #ref-<refId>}. Off, the output holds no HTML at all and citations
 *       are plain "(label)" text.
 *   <li>Of the branding only the organisation's name is written: Markdown has no place for a logo
 *       or a colour.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer implements Renderer {
  /** The format name used with {@code -f}. */
  public static final String FORMAT = "md";

  private final boolean htmlAnchors;

  private MarkdownRenderer(Builder builder) {
    this.htmlAnchors = builder.htmlAnchors;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    out.write(renderToString(document).getBytes(StandardCharsets.UTF_8));
  }

  /** The document as Markdown text. */
  public String renderToString(Document document) {
    MarkdownWriter writer = MarkdownWriter.document();
    MarkdownVisitor.render(document, writer, htmlAnchors);
    return writer.result();
  }

  /** Configures a {@link MarkdownRenderer}. Not thread-safe; the renderer it builds is. */
  public static final class Builder {
    private boolean htmlAnchors = true;

    private Builder() {}

    /**
     * Whether to write ids as empty {@code <a id>} elements and link citations to them (default
     * true); false writes no HTML at all.
     */
    public Builder htmlAnchors(boolean htmlAnchors) {
      this.htmlAnchors = htmlAnchors;
      return this;
    }

    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
