package org.briefing.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.briefing.document.Document;
import org.briefing.render.Renderer;
import org.briefing.render.UnsupportedContentException;
import org.briefing.render.docx.internal.WordDocumentWriter;

/**
 * Writes a briefing as a Word document (format {@code docx}) with Apache POI's XWPF.
 *
 * <pre>{@code
 * Renderer docx = DocxRenderer.builder().build();
 * try (OutputStream out = Files.newOutputStream(Path.of("briefing.docx"))) {
 *   docx.render(document, out);
 * }
 * byte[] bytes = DocxRenderer.builder().build().renderToBytes(document);
 * }</pre>
 *
 * <p>Layout choices:
 *
 * <ul>
 *   <li>Every style the document uses is defined in its own {@code styles.xml}, with Word's names
 *       for the built-in ones (Title, Heading 1–3, List Bullet, List Number, Caption, Quote,
 *       footnote text), so Word's navigation pane, outline and screen readers recognise them.
 *       Headings of level 2 (sections) become Heading 1; the title is the Title paragraph.
 *   <li>Lists are Word numbering (bullets and numbers, nested by level); tables are Word tables
 *       whose header rows repeat on every page, header cells and row headers bold; a cell holds as
 *       many paragraphs as the model gives it.
 *   <li>Charts are drawn to PNG (Java2D, with the DejaVu Sans font shipped in this module, so the
 *       picture does not depend on the machine's fonts), with the figure's text alternative as the
 *       picture's description, followed by their numbers as a table. SVG pictures and logos are
 *       drawn to PNG with Batik, at 300 dpi of their size on the page.
 *   <li>Footnotes are Word footnotes with the model's marker; a second reference to the same note
 *       prints its marker linked to the note. Citations link to their reference list entry (a
 *       bookmark) when they have one, else are plain text.
 *   <li>The sharing marking is at the top of the body and in the page header and footer, as TLP 2.0
 *       asks: right-justified, at 12 pt, TLP labels in their colours on black; the footer counts
 *       pages ("Page 1 of 3").
 *   <li>Every run carries its language ({@code w:lang}: en-GB, pl-PL, or the language with its
 *       usual country), so Word checks each language's spelling with the right dictionary.
 *   <li>Side-by-side bilingual blocks are a two-column table; rows holding a table, chart or
 *       picture leave the table and print full width, left language first. A language part starts a
 *       new section on a new page, with its title as Heading 1.
 *   <li>Rebuilding gives the same bytes: the package's entries all carry {@link
 *       org.briefing.document.Meta#created()} as their time, and so do the document properties; ids
 *       are counters, never random.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DocxRenderer implements Renderer {
  /** The format name used with {@code -f}. */
  public static final String FORMAT = "docx";

  private DocxRenderer(Builder builder) {}

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String extension() {
    return "docx";
  }

  /**
   * Writes the document.
   *
   * @throws UnsupportedContentException when the document holds what a Word file cannot (text with
   *     control characters, a picture that is neither a readable PNG, JPEG or GIF nor an SVG Batik
   *     can draw, a bad colour)
   */
  @Override
  public void render(Document document, OutputStream out) throws IOException {
    out.write(renderToBytes(document));
  }

  /** The document as the bytes of a DOCX file. */
  public byte[] renderToBytes(Document document) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    WordDocumentWriter.write(document, bytes);
    return bytes.toByteArray();
  }

  /** Configures a {@link DocxRenderer}. Not thread-safe; the renderer it builds is. */
  public static final class Builder {
    private Builder() {}

    public DocxRenderer build() {
      return new DocxRenderer(this);
    }
  }
}
