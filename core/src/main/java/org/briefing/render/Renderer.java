package org.briefing.render;

import java.io.IOException;
import java.io.OutputStream;
import org.briefing.document.Document;

/**
 * Writes a {@link Document} in one format. Implementations are immutable and thread-safe; a
 * renderer escapes everything for its format.
 */
public interface Renderer {

  /** The format name used with {@code -f}, such as "md". */
  String format();

  /** The file extension, without the dot. */
  String extension();

  /**
   * Writes the document.
   *
   * @throws UnsupportedContentException when the document has nothing this format can hold (CSV of
   *     a briefing without a table)
   */
  void render(Document document, OutputStream out) throws IOException;

  /**
   * Writes the document, as {@link #render}, and tells what the rendering learned: the real page
   * count for a paged format and warnings about the output. The default knows nothing beyond {@link
   * #render}.
   */
  default RenderReport renderReporting(Document document, OutputStream out) throws IOException {
    render(document, out);
    return RenderReport.NONE;
  }
}
