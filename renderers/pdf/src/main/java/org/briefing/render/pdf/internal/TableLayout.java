package org.briefing.render.pdf.internal;

import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.newtable.TableRowBox;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lays the document out, then looks at the engine's own layout for two faults of tables and lays it
 * out again with a class that corrects each, until none is left:
 *
 * <ul>
 *   <li>A table wider than the column it stands in. The engine gives each column at least the width
 *       of its longest word; when those add up to more than the page, it draws the table past the
 *       page's edge and the columns there are lost. The table is set smaller ({@value #SMALLER}:
 *       text at 7 pt instead of 8.5 pt, narrower padding), and if that is still too wide, its words
 *       may break anywhere ({@value #BREAK}). Words stay whole as long as they fit, and the page
 *       keeps its orientation, running heads and page count. A table too wide even then is named in
 *       a warning.
 *   <li>A table's notes (note and source lines) starting on a later page than its last row. The
 *       engine's own rule for this ({@code page-break-after: avoid}) moves the whole table to a new
 *       page, which leaves most of a page empty before a long table. Here the last row is moved to
 *       the next page instead ({@value #ROW_WITH_NOTES}), under the repeated header; a table that
 *       fits on less than half a page moves whole ({@value #TABLE_WITH_NOTES}).
 *   <li>A heading (h1 to h4, a parallel layout's row of headings, a table's or a figure's caption,
 *       a table's header row, a lead-in paragraph of one bold run before a list or table) whose
 *       next content starts on a later page: the heading ends its page alone. It starts a new page
 *       instead ({@value #HEADING_WITH_NEXT}, on the heading, the parallel row, the table's block
 *       or the figure), unless it already starts its page.
 *   <li>A list (outside a parallel layout's cells) that leaves one short item (of one or two lines)
 *       alone at the foot of a page, or carries one alone onto the next: the break moves before the
 *       item that leaves two on each side (if that item is short too, up to four lines) ({@value
 *       #LIST_BREAK} on it), or, in a list too short for that, before the whole list and the
 *       headings (or lead-in) right before it on its page, when the list's part on that page is up
 *       to four lines (a longer one stays, and the short item stands alone). Typesetters keep a
 *       list's first and last lines as they keep a paragraph's (orphans and widows).
 *   <li>A last page that holds nothing but the bottom margins of the last blocks (the engine makes
 *       one when a table's notes end on a page's last line): those margins are dropped.
 * </ul>
 *
 * <pre>{@code
 * try (PdfBoxRenderer renderer = TableLayout.layOut(builder, warnings)) {
 *   renderer.createPDFWithoutClosing();
 * }
 * }</pre>
 *
 * <p>A document without such a table is laid out once, as before: that layout is the one drawn.
 */
public final class TableLayout {
  /** The class of a table set smaller; {@link XhtmlFixes#CSS} holds the rules of each class. */
  static final String SMALLER = "fit-smaller";

  /** The class of a table whose words may break anywhere. */
  static final String BREAK = "fit-break";

  /** The class of a table's last row that starts a page, so that its notes follow it there. */
  static final String ROW_WITH_NOTES = "row-with-notes";

  /** The class of a short table's block that starts a page, so that its notes follow it there. */
  static final String TABLE_WITH_NOTES = "table-with-notes";

  /** The class of a heading (or its row, table block or figure) that starts a new page. */
  static final String HEADING_WITH_NEXT = "heading-with-next";

  /** The class of a list, or a list's item, that starts a new page (see above). */
  static final String LIST_BREAK = "list-break";

  /** The most lines of a list item that counts as short (see {@link #keepItemsTogether}). */
  private static final int SHORT_ITEM_LINES = 2;

  /** The elements whose next content must be on their page. */
  private static final Set<String> HEADINGS =
      Set.of("h1", "h2", "h3", "h4", "caption", "figcaption", "thead");

  /** The class of the blocks that end the document's flow, whose bottom margins are dropped. */
  static final String FLOW_END = "flow-end";

  /** The engine's units per point (openhtmltopdf's default, 20 dots per point). */
  private static final int DOTS_PER_POINT = 20;

  /**
   * Each pass corrects what the one before left: two steps of width, one of notes and a few of
   * headings (a heading moved to a new page can leave the heading before it alone) suffice.
   */
  private static final int PASSES = 8;

  private TableLayout() {}

  /**
   * A renderer whose layout, already made, has each table inside its column and each table's notes
   * on the page of its last row, as far as the steps above can make it so.
   */
  public static PdfBoxRenderer layOut(PdfRendererBuilder builder, List<String> warnings) {
    PdfBoxRenderer renderer = GlyphWidths.install(builder.buildPdfRenderer());
    try {
      for (int pass = 1; ; pass++) {
        renderer.layout();
        Set<String> tooWide = new LinkedHashSet<>();
        boolean changed = correct(renderer.getRootBox(), tooWide);
        if (!changed || pass == PASSES) {
          for (String table : tooWide) {
            warnings.add(
                "a table is wider than the page even with its text at 7 pt and its words broken"
                    + " anywhere; its right-hand columns are cut off: "
                    + table);
          }
          return renderer;
        }
        renderer.close();
        renderer = GlyphWidths.install(builder.buildPdfRenderer());
      }
    } catch (RuntimeException e) {
      renderer.close();
      throw e;
    }
  }

  /**
   * Adds the class that corrects each fault found in the layout; whether any was added. A table too
   * wide after the last step is added to {@code tooWide}.
   */
  private static boolean correct(BlockBox root, Set<String> tooWide) {
    Map<Element, Box> boxes = new HashMap<>();
    Set<Element> wide = new LinkedHashSet<>();
    walk(root, boxes, wide);
    boolean changed = false;
    for (Element table : wide) {
      String step = XhtmlFixes.hasClass(table, SMALLER) ? BREAK : SMALLER;
      if (XhtmlFixes.hasClass(table, BREAK)) {
        tooWide.add(describe(table));
      } else {
        addClass(table, step);
        changed = true;
      }
    }
    List<PageBox> pages = root.getLayer().getPages();
    for (Map.Entry<Element, Box> e : boxes.entrySet()) {
      if (XhtmlFixes.hasClass(e.getKey(), "table-notes")) {
        changed |= keepNotes(e.getKey(), e.getValue(), boxes, pages);
      }
    }
    if (!changed) {
      for (Map.Entry<Element, Box> e : boxes.entrySet()) {
        String name = e.getKey().getLocalName();
        if (("ul".equals(name) || "ol".equals(name)) && parallelCell(e.getKey()) == null) {
          changed |= keepItemsTogether(e.getKey(), boxes, pages);
        }
      }
    }
    if (!changed) {
      // Headings last: moving a table's last row or a whole table moves what follows it.
      for (Map.Entry<Element, Box> e : boxes.entrySet()) {
        if (HEADINGS.contains(e.getKey().getLocalName())
            || XhtmlFixes.hasClass(e.getKey(), XhtmlFixes.LEAD_IN)) {
          changed |= keepWithNext(e.getKey(), e.getValue(), boxes, pages);
        }
      }
    }
    if (!changed
        && pages.size() > 1
        && contentBottom(root) <= pages.get(pages.size() - 1).getTop()) {
      changed = trailingMargins(root);
    }
    return changed;
  }

  /** The bottom of the lowest line, row or block without children: where the text ends. */
  private static int contentBottom(Box box) {
    int bottom = 0;
    if (box instanceof LineBox
        || box instanceof TableRowBox
        || box instanceof BlockBox && box.getChildCount() == 0 && box.getElement() != null) {
      bottom = box.getAbsY() + box.getHeight();
    }
    if (!(box instanceof LineBox) && !(box instanceof TableRowBox)) {
      for (Box child : box.getChildren()) {
        bottom = Math.max(bottom, contentBottom(child));
      }
    }
    return bottom;
  }

  /**
   * The engine keeps a last page that holds nothing but the bottom margins of the last blocks (a
   * table's notes that end a page's last line): those margins are dropped ({@value #FLOW_END}).
   */
  private static boolean trailingMargins(Box root) {
    boolean changed = false;
    for (Box box = root; box.getChildCount() > 0; ) {
      Box last = box.getChild(box.getChildCount() - 1);
      if (last instanceof LineBox || !(last instanceof BlockBox)) {
        break;
      }
      Element e = last.getElement();
      if (e != null && !XhtmlFixes.hasClass(e, FLOW_END)) {
        addClass(e, FLOW_END);
        changed = true;
      }
      box = last;
    }
    return changed;
  }

  private static void walk(Box box, Map<Element, Box> boxes, Set<Element> wide) {
    Element element = box.getElement();
    if (element != null && !(box instanceof LineBox)) {
      boxes.putIfAbsent(element, box);
    }
    if (box instanceof TableBox table
        && element != null
        && table.getWidth() > table.getContainingBlockWidth() + DOTS_PER_POINT) {
      wide.add(element);
    }
    for (Box child : box.getChildren()) {
      walk(child, boxes, wide);
    }
  }

  /** Moves the last row (or a short table) to the next page when its notes start there. */
  private static boolean keepNotes(
      Element notes, Box notesBox, Map<Element, Box> boxes, List<PageBox> pages) {
    Element block = previousElement(notes);
    Element table = block == null ? null : firstChild(block, "table");
    List<Element> rows = table == null ? List.of() : bodyRows(table);
    if (rows.isEmpty() || XhtmlFixes.hasClass(block, TABLE_WITH_NOTES)) {
      return false;
    }
    Element last = rows.get(rows.size() - 1);
    Box lastBox = boxes.get(last);
    Box blockBox = boxes.get(block);
    if (lastBox == null || blockBox == null || XhtmlFixes.hasClass(last, ROW_WITH_NOTES)) {
      return false;
    }
    int rowPage = page(pages, lastBox.getAbsY());
    if (page(pages, firstLineY(notesBox)) == rowPage) {
      return false;
    }
    PageBox page = pages.get(Math.max(0, rowPage));
    boolean onePage = page(pages, blockBox.getAbsY()) == rowPage;
    boolean atTop = blockBox.getAbsY() <= page.getTop() + DOTS_PER_POINT;
    if (onePage
        && (rows.size() == 1 || blockBox.getHeight() < (page.getBottom() - page.getTop()) / 2)) {
      // Moving a table that already starts a page would only leave that page empty.
      if (atTop) {
        return false;
      }
      addClass(block, TABLE_WITH_NOTES);
      return true;
    }
    Box before = rows.size() > 1 ? boxes.get(rows.get(rows.size() - 2)) : null;
    if (before == null || page(pages, before.getAbsY()) != rowPage) {
      // The last row already starts its page, under the repeated header.
      return false;
    }
    addClass(last, ROW_WITH_NOTES);
    return true;
  }

  /**
   * Moves a page break in a list so that at least two items stand on each side of it: the first
   * break, if it leaves one item above it, goes before the list; the last, if it carries one item
   * alone onto its page, goes before the item before it (or before the list, if that would leave
   * one above). A list that starts its page, or an item already moved, is left as it is.
   */
  private static boolean keepItemsTogether(
      Element list, Map<Element, Box> boxes, List<PageBox> pages) {
    if (XhtmlFixes.hasClass(list, LIST_BREAK)) {
      return false;
    }
    List<Element> items = new java.util.ArrayList<>();
    List<Integer> itemPages = new java.util.ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element li && "li".equals(li.getLocalName()) && boxes.get(li) != null) {
        items.add(li);
        itemPages.add(page(pages, firstLineY(boxes.get(li))));
      }
    }
    int n = items.size();
    if (n < 2 || itemPages.get(0) < 0 || itemPages.get(0).equals(itemPages.get(n - 1))) {
      return false;
    }
    int first = 1;
    while (itemPages.get(first).equals(itemPages.get(0))) {
      first++;
    }
    int last = n - 1;
    while (itemPages.get(last - 1).equals(itemPages.get(n - 1))) {
      last--;
    }
    // Only a short item left alone is moved (a long one is an item like a paragraph, whose lines
    // the engine already keeps two and two), and only by moving short ones: what moves with it to
    // the next page (the item before it, or the list's first items) is at most four lines.
    boolean orphan = first < 2 && lines(boxes.get(items.get(0))) <= SHORT_ITEM_LINES;
    boolean widow =
        n - last < 2
            && lines(boxes.get(items.get(n - 1))) <= SHORT_ITEM_LINES
            && (last - 1 < 2
                ? lines(boxes.get(items.get(0))) + lines(boxes.get(items.get(last - 1)))
                    <= 2 * SHORT_ITEM_LINES
                : lines(boxes.get(items.get(last - 1))) <= 2 * SHORT_ITEM_LINES);
    Element target;
    if (orphan || widow && last - 1 < 2) {
      // The list moves with the headings (and lead-in) right before it on its page.
      target = list;
      for (Element before = previousElement(target);
          before != null
              && (headingsOnly(before) || XhtmlFixes.hasClass(before, XhtmlFixes.LEAD_IN))
              && boxes.get(before) != null
              && page(pages, boxes.get(before).getAbsY()) == itemPages.get(0);
          before = previousElement(target)) {
        target = before;
      }
      Box targetBox = boxes.get(target);
      PageBox page = pages.get(itemPages.get(0));
      if (XhtmlFixes.hasClass(target, LIST_BREAK)
          || targetBox.getAbsY() <= page.getTop() + DOTS_PER_POINT
          || firstLineY(targetBox) <= page.getTop() + 3 * DOTS_PER_POINT) {
        return false;
      }
    } else if (widow) {
      target = items.get(last - 1);
      if (XhtmlFixes.hasClass(target, LIST_BREAK)) {
        return false;
      }
    } else {
      return false;
    }
    addClass(target, LIST_BREAK);
    return true;
  }

  /**
   * Makes a heading start a new page when the content after it starts on a later page than the
   * heading's last line and the heading does not already start its page.
   */
  private static boolean keepWithNext(
      Element heading, Box headingBox, Map<Element, Box> boxes, List<PageBox> pages) {
    Element target = breakTarget(heading);
    // A run of headings with nothing between them (a section's heading, then its first topic's)
    // moves together: the break goes on the first of them on this page, or the one moved first
    // would be left alone at the top of a page of its own.
    for (Element before = previousElement(target);
        before != null
            && headingsOnly(before)
            && boxes.get(before) != null
            && boxes.get(target) != null
            && page(pages, boxes.get(before).getAbsY()) == page(pages, boxes.get(target).getAbsY());
        before = previousElement(target)) {
      target = before;
    }
    Box targetBox = boxes.get(target);
    if (targetBox == null
        || XhtmlFixes.hasClass(target, HEADING_WITH_NEXT)
        || headingBox.getHeight() == 0) {
      return false;
    }
    Box next = nextContent(heading, boxes);
    if (next == null) {
      return false;
    }
    int headingPage = page(pages, headingBox.getAbsY() + headingBox.getHeight() - 1);
    int nextPage = page(pages, firstLineY(next));
    if (headingPage < 0 || nextPage <= headingPage) {
      return false;
    }
    int top = page(pages, targetBox.getAbsY());
    if (top >= 0 && top < headingPage) {
      // The heading's block starts on an earlier page than its last line: it starts its page.
      return false;
    }
    int firstLine = firstLineY(targetBox);
    if (firstLine <= pages.get(headingPage).getTop() + 3 * DOTS_PER_POINT
        || targetBox.getAbsY() <= pages.get(headingPage).getTop() + DOTS_PER_POINT) {
      // Already at the top of its page: a new page would only leave this one empty.
      return false;
    }
    addClass(target, HEADING_WITH_NEXT);
    return true;
  }

  /**
   * Whether an element is a heading, or a parallel layout's row whose cells hold headings and
   * nothing else.
   */
  private static boolean headingsOnly(Element e) {
    if (HEADINGS.contains(e.getLocalName())) {
      return true;
    }
    if (!"tr".equals(e.getLocalName())) {
      return false;
    }
    boolean any = false;
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element cell) {
        if (!XhtmlFixes.hasClass(cell, "parallel-cell")) {
          return false;
        }
        for (Node k = cell.getFirstChild(); k != null; k = k.getNextSibling()) {
          if (k instanceof Element child) {
            if (!HEADINGS.contains(child.getLocalName())) {
              return false;
            }
            any = true;
          }
        }
      }
    }
    return any;
  }

  /**
   * The element that starts a new page for a heading: the row of a parallel layout that holds it,
   * the block of the table it captions or heads, the figure it captions, else the heading itself.
   */
  private static Element breakTarget(Element heading) {
    Element parent = parent(heading);
    if (("caption".equals(heading.getLocalName()) || "thead".equals(heading.getLocalName()))
        && parent != null) {
      Element block = parent(parent);
      return block != null && XhtmlFixes.hasClass(block, "table-block") ? block : parent;
    }
    if ("figcaption".equals(heading.getLocalName()) && parent != null) {
      return parent;
    }
    Element cell = parallelCell(heading);
    Element row = cell == null ? null : parent(cell);
    if (row != null && "tr".equals(row.getLocalName())) {
      // The first row moves with the table, so that the column heads stay above it.
      Element table = parent(parent(row));
      return table != null && bodyRows(table).indexOf(row) == 0 ? table : row;
    }
    return heading;
  }

  /**
   * The box of the first element after the heading that has one: in a parallel row, the next one in
   * the heading's cell or, if none, the next one after the row.
   */
  private static Box nextContent(Element heading, Map<Element, Box> boxes) {
    Element cell = parallelCell(heading);
    if (cell == null) {
      return firstBoxAfter(heading, null, boxes);
    }
    Box inCell = firstBoxAfter(heading, cell, boxes);
    return inCell != null ? inCell : firstBoxAfter(parent(cell), null, boxes);
  }

  /** The cell of a parallel layout's table that holds the element, or null. */
  private static Element parallelCell(Element e) {
    for (Element a = parent(e); a != null; a = parent(a)) {
      if ("td".equals(a.getLocalName()) && XhtmlFixes.hasClass(a, "parallel-cell")) {
        return a;
      }
    }
    return null;
  }

  /** The first element after {@code from}'s subtree, inside {@code within} if given, with a box. */
  private static Box firstBoxAfter(Node from, Node within, Map<Element, Box> boxes) {
    Node n = following(from, within);
    while (n != null) {
      if (n instanceof Element e && boxes.containsKey(e)) {
        return boxes.get(e);
      }
      n = n.getFirstChild() != null ? n.getFirstChild() : following(n, within);
    }
    return null;
  }

  /** The node after {@code n} and its descendants in document order, not leaving {@code within}. */
  private static Node following(Node n, Node within) {
    for (Node a = n; a != null && a != within; a = a.getParentNode()) {
      if (a.getNextSibling() != null) {
        return a.getNextSibling();
      }
    }
    return null;
  }

  private static Element parent(Element e) {
    return e.getParentNode() instanceof Element p ? p : null;
  }

  /** The lines of text in a box (those of nested blocks too). */
  private static int lines(Box box) {
    if (box instanceof LineBox) {
      return 1;
    }
    int count = 0;
    for (Box child : box.getChildren()) {
      count += lines(child);
    }
    return count;
  }

  /** The first line of a box's text, where the engine breaks pages; else the box's top. */
  private static int firstLineY(Box box) {
    for (Box b = box; b.getChildCount() > 0; b = b.getChild(0)) {
      if (b.getChild(0) instanceof LineBox line) {
        return line.getAbsY();
      }
    }
    return box.getAbsY();
  }

  /** The index of the page that holds the layout position {@code y}, or -1. */
  private static int page(List<PageBox> pages, int y) {
    for (int i = 0; i < pages.size(); i++) {
      if (y >= pages.get(i).getTop() && y < pages.get(i).getBottom()) {
        return i;
      }
    }
    return -1;
  }

  private static List<Element> bodyRows(Element table) {
    List<Element> rows = new java.util.ArrayList<>();
    for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "tbody".equals(e.getLocalName())) {
        for (Node r = e.getFirstChild(); r != null; r = r.getNextSibling()) {
          if (r instanceof Element row && "tr".equals(row.getLocalName())) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  private static Element previousElement(Element e) {
    for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
      if (n instanceof Element p) {
        return p;
      }
    }
    return null;
  }

  private static Element firstChild(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static void addClass(Element e, String cls) {
    e.setAttribute("class", (e.getAttribute("class") + " " + cls).strip());
  }

  /** The table's id or, if it has none, the start of its text. */
  private static String describe(Element table) {
    if (table.hasAttribute("id")) {
      return "the table with id '" + table.getAttribute("id") + "'";
    }
    String text = table.getTextContent().replaceAll("\\s+", " ").strip();
    return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
  }
}
