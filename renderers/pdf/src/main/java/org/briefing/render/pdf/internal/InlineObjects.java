package org.briefing.render.pdf.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Writes small dictionaries and arrays that only one object refers to inside it, instead of as
 * objects of their own: each structure element's kids array and its marked-content and object
 * references, each link's border style and action (its rectangle rounded to a thousandth of a
 * point, as the page content is). A tagged 23-page briefing has about 1,200 of them; as objects
 * each costs a cross-reference entry, an object-stream header and a reference. The content is the
 * same; only where it is written changes.
 *
 * <p>Structure elements also lose what the format lets go without: their optional {@code /Type
 * /StructElem}; each marked-content reference to the element's own page becomes its bare identifier
 * (PDF 32000-1, 14.7.4.2: an integer kid is content on the element's {@code /Pg}), an element
 * without a page taking that of its first reference; and an element none of whose kids is content
 * placed by its page (only other elements, or references naming their own page) loses its {@code
 * /Pg}.
 *
 * <pre>{@code InlineObjects.apply(pdDocument);}</pre>
 */
public final class InlineObjects {
  private static final COSName ACTION = COSName.getPDFName("Action");
  private static final COSName MCR = COSName.getPDFName("MCR");
  private static final COSName OBJR = COSName.getPDFName("OBJR");
  private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");

  private InlineObjects() {}

  public static void apply(PDDocument document) throws IOException {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      inlineKids(root.getCOSObject());
    }
    for (PDPage page : document.getPages()) {
      COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
      if (annots == null) {
        continue;
      }
      for (int i = 0; i < annots.size(); i++) {
        if (annots.getObject(i) instanceof COSDictionary annot) {
          direct(annot.getItem(COSName.BS));
          direct(annot.getItem(COSName.A));
          if (annot.getDictionaryObject(COSName.A) instanceof COSDictionary action
              && ACTION.equals(action.getCOSName(COSName.TYPE))) {
            action.removeItem(COSName.TYPE); // optional in an action
          }
          if (annot.getDictionaryObject(COSName.RECT) instanceof COSArray rect) {
            for (int j = 0; j < rect.size(); j++) {
              if (rect.get(j) instanceof COSFloat f) {
                rect.set(j, ContentCompaction.round(f.floatValue(), 3));
              }
            }
          }
        }
      }
    }
  }

  /** Walks the structure tree from its root, inlining each element's kids array and references. */
  private static void inlineKids(COSDictionary root) {
    Deque<COSDictionary> todo = new ArrayDeque<>();
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    todo.push(root);
    while (!todo.isEmpty()) {
      COSDictionary element = todo.pop();
      if (!seen.add(element)) {
        continue;
      }
      if (STRUCT_ELEM.equals(element.getCOSName(COSName.TYPE))) {
        element.removeItem(COSName.TYPE); // optional in a structure element
      }
      COSBase k = element.getItem(COSName.K);
      COSArray kids;
      if (k instanceof COSArray array) {
        array.setDirect(true);
        kids = array;
      } else {
        kids = new COSArray();
        if (k != null) {
          kids.add(k);
        }
      }
      if (!element.containsKey(COSName.PG) && !hasInteger(kids)) {
        // Name the page of the first plain reference, so that those to it can be bare numbers.
        for (int i = 0; i < kids.size(); i++) {
          if (plainMcr(kids.getObject(i)) != null) {
            element.setItem(COSName.PG, ((COSDictionary) kids.getObject(i)).getItem(COSName.PG));
            break;
          }
        }
      }
      COSBase page = element.getItem(COSName.PG);
      boolean pageUsed = false;
      for (int i = 0; i < kids.size(); i++) {
        COSBase kid = kids.getObject(i);
        COSInteger mcid = plainMcr(kid);
        if (mcid != null
            && page != null
            && samePage(((COSDictionary) kid).getItem(COSName.PG), page)) {
          kids.set(i, mcid);
        }
        pageUsed |= kids.get(i) instanceof COSInteger || lacksPage(kids.getObject(i));
        visitKid(kids.get(i), todo);
      }
      if (k != null && !(k instanceof COSArray)) {
        element.setItem(COSName.K, kids.get(0));
      }
      if (page != null && !pageUsed) {
        element.removeItem(COSName.PG); // no content of the element's own to place on it
      }
    }
  }

  private static boolean hasInteger(COSArray kids) {
    for (int i = 0; i < kids.size(); i++) {
      if (kids.get(i) instanceof COSInteger) {
        return true;
      }
    }
    return false;
  }

  /** A marked-content or object reference that relies on its element's page. */
  private static boolean lacksPage(COSBase kid) {
    if (!(kid instanceof COSDictionary d) || d.containsKey(COSName.PG)) {
      return false;
    }
    COSName type = d.getCOSName(COSName.TYPE);
    return MCR.equals(type) || OBJR.equals(type);
  }

  /**
   * The marked-content identifier of a plain reference to page content ({@code <</Type /MCR /Pg 12
   * 0 R /MCID 3>>}), which a bare integer means on the element's page; null for any other kid.
   */
  private static COSInteger plainMcr(COSBase kid) {
    if (!(kid instanceof COSDictionary d)
        || !MCR.equals(d.getCOSName(COSName.TYPE))
        || !d.containsKey(COSName.PG)
        || !(d.getItem(COSName.MCID) instanceof COSInteger mcid)) {
      return null;
    }
    for (COSName key : d.keySet()) {
      if (!key.equals(COSName.TYPE) && !key.equals(COSName.MCID) && !key.equals(COSName.PG)) {
        return null; // a reference into a form's or another stream's content (/Stm)
      }
    }
    return mcid;
  }

  private static boolean samePage(COSBase a, COSBase b) {
    COSBase x = a instanceof COSObject o ? o.getObject() : a;
    COSBase y = b instanceof COSObject o ? o.getObject() : b;
    return x == y;
  }

  private static void visitKid(COSBase kid, Deque<COSDictionary> todo) {
    COSBase value = kid instanceof COSObject o ? o.getObject() : kid;
    if (!(value instanceof COSDictionary d)) {
      return;
    }
    COSName type = d.getCOSName(COSName.TYPE);
    boolean reference =
        MCR.equals(type)
            || OBJR.equals(type)
            || (type == null && (d.containsKey(COSName.MCID) || d.containsKey(COSName.OBJ)));
    if (reference) {
      direct(kid);
    } else if (type == null || STRUCT_ELEM.equals(type)) {
      todo.push(d);
    }
  }

  /** Marks a dictionary or array, held in place (not through an object reference), as inline. */
  private static void direct(COSBase value) {
    if (value instanceof COSDictionary || value instanceof COSArray) {
      value.setDirect(true);
    }
  }
}
