package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds each heading that ends its page with what follows it on a later page, read from the tag
 * tree: a heading is an {@code H}, {@code H1}..{@code H6} or {@code Caption} structure element (a
 * caption only when content of its parent follows it, as a table's caption does), or a lead-in
 * paragraph (all its text bold, a list or a table after it); its page is the page of its marked
 * content's glyphs; what follows is the next marked content in tree order that holds a glyph or
 * belongs to a {@code Figure}.
 *
 * <pre>{@code List<String> faults = LoneHeadings.of(pdDocument);}</pre>
 */
final class LoneHeadings {
  private static final Set<String> HEADINGS =
      Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6", "Caption");

  /** One marked content in tree order: its page, and the heading it belongs to, if any. */
  private record Content(int page, PDStructureElement heading, boolean followed) {}

  private final PDDocument document;
  private final TaggedText text = new TaggedText();
  private final List<Content> contents = new ArrayList<>();

  private LoneHeadings(PDDocument document) {
    this.document = document;
  }

  /** One line per lone heading: its page, its text and the page its next content starts on. */
  static List<String> of(PDDocument document) throws IOException {
    LoneHeadings h = new LoneHeadings(document);
    h.walk(TaggedText.root(document), null, null, false, false);
    List<String> faults = new ArrayList<>();
    for (int i = 0; i < h.contents.size(); i++) {
      Content c = h.contents.get(i);
      if (c.heading() == null || !c.followed()) {
        continue;
      }
      int j = i + 1;
      while (j < h.contents.size() && h.contents.get(j).heading() == c.heading()) {
        j++;
      }
      int last = h.contents.get(j - 1).page();
      if (j < h.contents.size() && h.contents.get(j).page() > last) {
        faults.add(
            "page "
                + (last + 1)
                + ": "
                + c.heading().getStructureType()
                + " \""
                + h.textOf(c.heading())
                + "\" ends the page; what follows starts on page "
                + (h.contents.get(j).page() + 1));
      }
      i = j - 1;
    }
    return faults;
  }

  private void walk(
      PDStructureNode node,
      PDPage inherited,
      PDStructureElement heading,
      boolean followed,
      boolean figure)
      throws IOException {
    PDPage page = inherited;
    if (node instanceof PDStructureElement e) {
      if (e.getPage() != null) {
        page = e.getPage();
      }
      String type = e.getStandardStructureType();
      if (heading == null && HEADINGS.contains(type)) {
        heading = e;
        followed = !"Caption".equals(type) || hasLaterContent(e);
      } else if (heading == null && "P".equals(type) && isLeadIn(e, page)) {
        heading = e;
        followed = true;
      }
      figure |= "Figure".equals(type);
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, page, heading, followed, figure);
      } else if (kid instanceof Integer mcid) {
        add(page, mcid, heading, followed, figure);
      } else if (kid instanceof PDMarkedContentReference ref) {
        add(ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), heading, followed, figure);
      }
    }
  }

  private void add(
      PDPage page, int mcid, PDStructureElement heading, boolean followed, boolean figure)
      throws IOException {
    if (page == null) {
      return;
    }
    List<TextPosition> glyphs = text.positions(page, mcid);
    if (glyphs.stream().anyMatch(g -> !g.getUnicode().isBlank()) || figure) {
      contents.add(new Content(document.getPages().indexOf(page), heading, followed));
    }
  }

  /**
   * Whether a paragraph is a lead-in, a heading in all but name: all its text is bold, and a list
   * or a table follows it.
   */
  private boolean isLeadIn(PDStructureElement p, PDPage page) throws IOException {
    PDStructureNode parent = p.getParent();
    if (parent == null) {
      return false;
    }
    List<Object> kids = parent.getKids();
    PDStructureElement next = null;
    for (int i = 0; i < kids.size() - 1; i++) {
      if (kids.get(i) instanceof PDStructureElement k && k.getCOSObject() == p.getCOSObject()) {
        next = kids.get(i + 1) instanceof PDStructureElement n ? n : null;
      }
    }
    if (next == null || !Set.of("L", "Table").contains(next.getStandardStructureType())) {
      return false;
    }
    List<TaggedText.Glyph> glyphs = text.glyphs(p, page);
    return glyphs.stream().anyMatch(g -> !g.position().getUnicode().isBlank())
        && glyphs.stream()
            .filter(g -> !g.position().getUnicode().isBlank())
            .allMatch(g -> g.position().getFont().getName().contains("Bold"));
  }

  /** Whether the element's parent has a kid after it: a caption above its table or figure. */
  private static boolean hasLaterContent(PDStructureElement e) {
    PDStructureNode parent = e.getParent();
    if (parent == null) {
      return false;
    }
    List<Object> kids = parent.getKids();
    for (int i = 0; i < kids.size(); i++) {
      if (kids.get(i) instanceof PDStructureElement k && k.getCOSObject() == e.getCOSObject()) {
        return i < kids.size() - 1;
      }
    }
    return false;
  }

  private String textOf(PDStructureElement heading) throws IOException {
    StringBuilder out = new StringBuilder();
    for (TaggedText.Glyph g : text.glyphs(heading, heading.getPage())) {
      out.append(g.position().getUnicode());
    }
    String s = out.toString().replaceAll("\\s+", " ").strip();
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
