package org.briefing.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Tidies the structure tree the engine writes, for screen readers: a table's {@code Caption} is
 * moved to be the table's first child (the engine puts it after the table, or after its last row),
 * and an empty {@code TFoot} is removed. In a parallel layout (two languages side by side, laid out
 * as a table whose rows pair the languages' blocks), a row that holds only a heading in each column
 * is joined to the row after it: each heading becomes the first child of the cell below it, so that
 * the reading order is the left language's heading and text, then the right language's, as the HTML
 * page reads, and not both headings, then both texts. (The layout keeps the headings on rows of
 * their own, where the engine lays them out with their text.)
 *
 * <pre>{@code TagTree.tidy(pdDocument);}</pre>
 */
public final class TagTree {
  private static final COSName CAPTION = COSName.getPDFName("Caption");
  private static final COSName TABLE = COSName.getPDFName("Table");
  private static final COSName TFOOT = COSName.getPDFName("TFoot");
  private static final COSName TBODY = COSName.getPDFName("TBody");
  private static final COSName TR = COSName.getPDFName("TR");
  private static final java.util.Set<String> HEADINGS =
      java.util.Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6");

  private TagTree() {}

  public static void tidy(PDDocument document) {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      walk(root.getCOSObject().getDictionaryObject(COSName.K), 0);
    }
  }

  private static void walk(COSBase kids, int depth) {
    if (depth > 200) {
      return;
    }
    if (kids instanceof COSObject o) {
      kids = o.getObject();
    }
    if (kids instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (i + 1 < array.size()
            && array.getObject(i) instanceof COSDictionary t
            && TABLE.equals(t.getCOSName(COSName.S))
            && array.getObject(i + 1) instanceof COSDictionary c
            && CAPTION.equals(c.getCOSName(COSName.S))
            && t.getDictionaryObject(COSName.K) instanceof COSArray tableKids) {
          // The engine puts the caption after the table, beside it: it becomes its first child.
          tableKids.add(0, array.get(i + 1));
          c.setItem(COSName.P, t);
          array.remove(i + 1);
        }
        walk(array.getObject(i), depth + 1);
      }
    } else if (kids instanceof COSDictionary element && element.containsKey(COSName.S)) {
      if (TABLE.equals(element.getCOSName(COSName.S))) {
        table(element);
      }
      walk(element.getDictionaryObject(COSName.K), depth + 1);
    }
  }

  private static void table(COSDictionary table) {
    COSBase k = table.getDictionaryObject(COSName.K);
    if (!(k instanceof COSArray kids)) {
      return;
    }
    COSBase caption = null;
    for (int i = kids.size() - 1; i >= 0; i--) {
      COSBase kid = kids.getObject(i);
      if (!(kid instanceof COSDictionary d)) {
        continue;
      }
      COSName s = d.getCOSName(COSName.S);
      if (CAPTION.equals(s) && caption == null) {
        caption = kids.get(i);
        kids.remove(i);
      } else if (TFOOT.equals(s) && isEmpty(d)) {
        kids.remove(i);
      } else if (TBODY.equals(s) && caption == null) {
        caption = takeCaption(d);
      }
    }
    if (caption != null) {
      kids.add(0, caption);
      COSBase c = caption instanceof COSObject o ? o.getObject() : caption;
      if (c instanceof COSDictionary d) {
        d.setItem(COSName.P, table);
      }
    }
    joinHeadingRows(kids);
    for (int i = 0; i < kids.size(); i++) {
      if (kids.getObject(i) instanceof COSDictionary d
          && TBODY.equals(d.getCOSName(COSName.S))
          && d.getDictionaryObject(COSName.K) instanceof COSArray rows) {
        joinHeadingRows(rows);
      }
    }
  }

  /**
   * Joins each row of {@code rows} whose cells each hold nothing but headings to the row after it,
   * when that row has as many cells: the headings go first into the cells below them, and the row
   * of headings is removed.
   */
  private static void joinHeadingRows(COSArray rows) {
    for (int i = 0; i + 1 < rows.size(); i++) {
      List<COSDictionary> heads = cells(rows.getObject(i));
      List<COSDictionary> below = cells(rows.getObject(i + 1));
      if (heads.isEmpty()
          || heads.size() != below.size()
          || !heads.stream().allMatch(TagTree::onlyHeadings)) {
        continue;
      }
      for (int c = 0; c < heads.size(); c++) {
        List<COSBase> moved = kids(heads.get(c));
        COSArray target = kidsArray(below.get(c));
        for (int k = moved.size() - 1; k >= 0; k--) {
          target.add(0, moved.get(k));
          if (dereferenced(moved.get(k)) instanceof COSDictionary heading) {
            heading.setItem(COSName.P, below.get(c));
          }
        }
      }
      rows.remove(i);
    }
  }

  /** The cells of a row ({@code TR}); empty for anything else or a row with other content. */
  private static List<COSDictionary> cells(COSBase row) {
    List<COSDictionary> out = new ArrayList<>();
    if (!(row instanceof COSDictionary r)
        || !TR.equals(r.getCOSName(COSName.S))
        || !(r.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
      return out;
    }
    for (int i = 0; i < kids.size(); i++) {
      if (!(kids.getObject(i) instanceof COSDictionary cell)
          || !(COSName.getPDFName("TD").equals(cell.getCOSName(COSName.S))
              || COSName.getPDFName("TH").equals(cell.getCOSName(COSName.S)))) {
        return List.of();
      }
      out.add(cell);
    }
    return out;
  }

  /**
   * Whether a cell's children are all heading elements (no marked content of its own, nothing
   * else), at least one.
   */
  private static boolean onlyHeadings(COSDictionary cell) {
    List<COSBase> kids = kids(cell);
    if (kids.isEmpty()) {
      return false;
    }
    for (COSBase kid : kids) {
      if (!(dereferenced(kid) instanceof COSDictionary d)
          || d.getCOSName(COSName.S) == null
          || !HEADINGS.contains(d.getCOSName(COSName.S).getName())) {
        return false;
      }
    }
    return true;
  }

  /**
   * An element's children as written (references kept): its {@code K}, an array or a single child.
   */
  static List<COSBase> kids(COSDictionary element) {
    if (element.getDictionaryObject(COSName.K) instanceof COSArray a) {
      List<COSBase> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        out.add(a.get(i));
      }
      return out;
    }
    COSBase k = element.getItem(COSName.K);
    return k == null ? List.of() : List.of(k);
  }

  /** The object a reference points to; anything else as it is. */
  static COSBase dereferenced(COSBase b) {
    return b instanceof COSObject o ? o.getObject() : b;
  }

  /** A cell's children as an array, made one when the cell has a single child. */
  private static COSArray kidsArray(COSDictionary cell) {
    if (cell.getDictionaryObject(COSName.K) instanceof COSArray a) {
      return a;
    }
    COSBase k = cell.getItem(COSName.K);
    COSArray a = new COSArray();
    if (k != null) {
      a.add(k);
    }
    cell.setItem(COSName.K, a);
    return a;
  }

  /** A caption the engine put inside the table body, taken out of it. */
  private static COSBase takeCaption(COSDictionary body) {
    if (body.getDictionaryObject(COSName.K) instanceof COSArray kids) {
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary d
            && CAPTION.equals(d.getCOSName(COSName.S))) {
          COSBase caption = kids.get(i);
          kids.remove(i);
          return caption;
        }
      }
    }
    return null;
  }

  private static boolean isEmpty(COSDictionary element) {
    COSBase k = element.getDictionaryObject(COSName.K);
    return k == null || k instanceof COSArray a && a.size() == 0;
  }
}
