package org.briefing.render.pdf.internal;

import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import java.util.ArrayList;
import java.util.List;
import org.briefing.cache.RecentlyUsed;

/**
 * The engine's XHTML handling, with each {@code <style>} element's style sheet parsed once per
 * process instead of once per document: briefings of one batch share their style sheet, and parsing
 * it was about 4 % of a one-page note's render. The engine already shares its own default style
 * sheet, parsed once, between all documents and threads; a parsed style sheet is not changed by
 * laying a document out with it (the engine numbers its rules again, the same way, for each
 * document).
 *
 * <pre>{@code
 * StyleSheets styles = new StyleSheets();
 * builder.useNamespaceHandler(styles);
 * // ... lay the document out ...
 * styles.keep();
 * }</pre>
 *
 * <p>One instance per document; the kept style sheets are shared by all, the last {@value #KEPT}
 * different ones, by their text.
 */
public final class StyleSheets extends XhtmlNamespaceHandler {
  private static final int KEPT = 8;

  private static final RecentlyUsed<String, Stylesheet> PARSED = new RecentlyUsed<>(KEPT);

  /** The style elements of this document whose sheets the engine parses itself. */
  private final List<StylesheetInfo> parsedHere = new ArrayList<>();

  @Override
  public StylesheetInfo[] getStylesheets(org.w3c.dom.Document doc) {
    StylesheetInfo[] infos = super.getStylesheets(doc);
    for (StylesheetInfo info : infos) {
      if (!info.isInline()) {
        continue;
      }
      Stylesheet sheet = PARSED.get(info.getContent());
      if (sheet == null) {
        parsedHere.add(info);
      } else {
        // Handed over as already parsed: the engine parses only an inline sheet's text and takes
        // any other sheet as it comes. Its address is not used (it resolves to nothing).
        info.setContent(null);
        info.setUri("briefing:style");
        info.setStylesheet(sheet);
      }
    }
    return infos;
  }

  /** After the layout: keeps the style sheets the engine parsed for this document. */
  public void keep() {
    for (StylesheetInfo info : parsedHere) {
      if (info.getStylesheet() != null && info.getContent() != null) {
        PARSED.put(info.getContent(), info.getStylesheet());
      }
    }
    parsedHere.clear();
  }
}
