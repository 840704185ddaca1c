package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a tagged PDF in the logical reading order of its structure tree, the order a screen
 * reader follows: each marked-content reference of each structure element, in tree order, with the
 * glyphs of that marked content on its page. Untagged content (artifacts such as running heads and
 * page numbers) is left out. openhtmltopdf writes a line's plain text before its links and
 * emphasis, so the content stream's order is not the reading order; and sorting glyphs by position
 * would interleave a parallel layout's columns.
 *
 * <pre>{@code String text = TaggedText.of(document);}</pre>
 */
final class TaggedText {
  /** A glyph and the page it is on. */
  record Glyph(PDPage page, TextPosition position) {}

  private final Map<PDPage, Map<Integer, List<TextPosition>>> pages = new HashMap<>();

  TaggedText() {}

  static String of(PDDocument document) throws IOException {
    StringBuilder out = new StringBuilder();
    TaggedText t = new TaggedText();
    for (Glyph g : t.glyphs(root(document), null)) {
      out.append(g.position().getUnicode());
    }
    return out.toString();
  }

  static PDStructureTreeRoot root(PDDocument document) {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      throw new IllegalArgumentException("the PDF has no structure tree");
    }
    return root;
  }

  /** The glyphs of a structure node and its descendants, in tree order. */
  List<Glyph> glyphs(PDStructureNode node, PDPage inherited) throws IOException {
    List<Glyph> out = new ArrayList<>();
    walk(node, inherited, out);
    return out;
  }

  private void walk(PDStructureNode node, PDPage inherited, List<Glyph> out) throws IOException {
    PDPage page = inherited;
    if (node instanceof PDStructureElement e && e.getPage() != null) {
      page = e.getPage();
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, page, out);
      } else if (kid instanceof Integer mcid) {
        append(page, mcid, out);
      } else if (kid instanceof PDMarkedContentReference ref) {
        append(ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), out);
      }
    }
  }

  private void append(PDPage page, int mcid, List<Glyph> out) throws IOException {
    if (page == null) {
      return;
    }
    for (TextPosition p : positions(page, mcid)) {
      out.add(new Glyph(page, p));
    }
  }

  /** The glyphs of one marked content of a page. */
  List<TextPosition> positions(PDPage page, int mcid) throws IOException {
    Map<Integer, List<TextPosition>> marked = pages.get(page);
    if (marked == null) {
      marked = new HashMap<>();
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent mc : extractor.getMarkedContents()) {
        collect(mc, marked);
      }
      pages.put(page, marked);
    }
    return marked.getOrDefault(mcid, List.of());
  }

  private static void collect(PDMarkedContent mc, Map<Integer, List<TextPosition>> marked) {
    List<TextPosition> own = new ArrayList<>();
    positions(mc.getContents(), own, marked);
    if (mc.getMCID() >= 0) {
      marked.computeIfAbsent(mc.getMCID(), k -> new ArrayList<>()).addAll(own);
    }
  }

  private static void positions(
      List<Object> contents, List<TextPosition> own, Map<Integer, List<TextPosition>> marked) {
    for (Object o : contents) {
      if (o instanceof TextPosition p) {
        own.add(p);
      } else if (o instanceof PDMarkedContent inner) {
        if (inner.getMCID() >= 0) {
          collect(inner, marked);
        } else {
          positions(inner.getContents(), own, marked);
        }
      }
    }
  }
}
