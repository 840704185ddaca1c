package org.briefing.render.pdf.internal;

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
 * and an empty {@code TFoot} is removed.
 *
 * <pre>{@code TagTree.tidy(pdDocument);}</pre>
 */
public final class TagTree {
  private static final COSName CAPTION = COSName.getPDFName("Caption");
  private static final COSName TABLE = COSName.getPDFName("Table");
  private static final COSName TFOOT = COSName.getPDFName("TFoot");
  private static final COSName TBODY = COSName.getPDFName("TBody");

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
