package org.briefing.render.pdf.internal;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Writes small dictionaries and arrays that only one object refers to inside it, instead of as
 * objects of their own: each structure element's kids array and its marked-content and object
 * references, each link's border style and action. A tagged 23-page briefing has about 1,200 of
 * them; as objects each costs a cross-reference entry, an object-stream header and a reference. The
 * content is the same; only where it is written changes.
 *
 * <pre>{@code InlineObjects.apply(pdDocument);}</pre>
 */
public final class InlineObjects {
  private static final COSName MCR = COSName.getPDFName("MCR");
  private static final COSName OBJR = COSName.getPDFName("OBJR");
  private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");

  private InlineObjects() {}

  public static void apply(PDDocument document) {
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
      COSBase k = element.getItem(COSName.K);
      if (k instanceof COSArray kids) {
        kids.setDirect(true);
        for (int i = 0; i < kids.size(); i++) {
          visitKid(kids.get(i), todo);
        }
      } else {
        visitKid(k, todo);
      }
    }
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
