package org.briefing.render.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * A table's header row, which the engine draws again at the top of each page the table runs on, is
 * read once. The engine tags every copy as the header cells' content, so that a screen reader read
 * a three-page table's head as "English English English Polski Polski Polski". The copies after the
 * table's first page are pagination artifacts, as PDF/UA has repeated content: their marked content
 * is taken out of the structure tree and the parent tree here, and {@link ContentCompaction} writes
 * each such sequence as {@code /Artifact <</Type /Pagination>> BDC}.
 *
 * <pre>{@code
 * Map<Integer, Set<Integer>> copies = RepeatedHeaders.untag(pdDocument);
 * ContentCompaction.apply(pdDocument, copies);
 * }</pre>
 */
public final class RepeatedHeaders {
  private static final COSName TABLE = COSName.getPDFName("Table");
  private static final COSName THEAD = COSName.getPDFName("THead");
  private static final COSName MCR = COSName.getPDFName("MCR");

  private RepeatedHeaders() {}

  /** A marked-content reference: its page's index and its MCID. */
  private record Mark(int page, int mcid) {}

  /**
   * Takes each table head's copies after the first page out of the structure tree; returns, by page
   * index, the MCIDs of the marked content that is now an artifact.
   */
  public static Map<Integer, Set<Integer>> untag(PDDocument document) {
    Map<Integer, Set<Integer>> out = new HashMap<>();
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return out;
    }
    Map<COSDictionary, Integer> pages = pageIndex(document);
    List<COSDictionary> heads = heads(root);
    for (COSDictionary head : heads) {
      List<Mark> marks = new ArrayList<>();
      marks(head, page(head, null), pages, marks, 0);
      int first = marks.stream().mapToInt(Mark::page).min().orElse(-1);
      if (first < 0 || marks.stream().allMatch(m -> m.page() == first)) {
        continue;
      }
      prune(head, page(head, null), pages, (on, mcid) -> on > first, out, 0);
    }
    nullInParentTree(document, root, out);
    return out;
  }

  /** Each MCID's entry of its page's parent-tree array made null: no element holds it now. */
  private static void nullInParentTree(
      PDDocument document, PDStructureTreeRoot root, Map<Integer, Set<Integer>> mcids) {
    COSBase parentTree = root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE);
    for (Map.Entry<Integer, Set<Integer>> e : mcids.entrySet()) {
      PDPage page = document.getPage(e.getKey());
      int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS, -1);
      if (parentTree instanceof COSDictionary tree
          && key >= 0
          && value(tree, key, 0) instanceof COSArray byMcid) {
        for (int mcid : e.getValue()) {
          if (mcid < byMcid.size()) {
            byMcid.set(mcid, COSNull.NULL);
          }
        }
      }
    }
  }

  /**
   * For each cell of a table head, the MCIDs of its marked contents on one page, by page index, for
   * the cells that have more than one there: a cell's text wrapped over lines, or the engine's
   * repaint of the whole head at the same place ({@link ContentCompaction} tells them apart by what
   * they paint). Read after {@link #untag}.
   */
  public static Map<Integer, List<List<Integer>>> cellsWithSeveralMarks(PDDocument document) {
    Map<Integer, List<List<Integer>>> out = new HashMap<>();
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return out;
    }
    Map<COSDictionary, Integer> pages = pageIndex(document);
    List<COSDictionary> heads = heads(root);
    for (COSDictionary head : heads) {
      cells(head, page(head, null), pages, out, 0);
    }
    return out;
  }

  private static void cells(
      COSDictionary element,
      COSDictionary page,
      Map<COSDictionary, Integer> pages,
      Map<Integer, List<List<Integer>>> out,
      int depth) {
    if (depth > 200) {
      return;
    }
    Map<Integer, List<Integer>> byPage = new java.util.TreeMap<>();
    for (COSBase kid : TagTree.kids(element)) {
      COSBase k = TagTree.dereferenced(kid);
      if (k instanceof COSInteger mcid && pages.get(page) != null) {
        byPage.computeIfAbsent(pages.get(page), p -> new ArrayList<>()).add(mcid.intValue());
      } else if (k instanceof COSDictionary d && MCR.equals(d.getCOSName(COSName.TYPE))) {
        Integer p = pages.get(page(d, page));
        if (p != null) {
          byPage.computeIfAbsent(p, x -> new ArrayList<>()).add(d.getInt(COSName.MCID));
        }
      } else if (k instanceof COSDictionary d && d.containsKey(COSName.S)) {
        cells(d, page(d, page), pages, out, depth + 1);
      }
    }
    byPage.forEach(
        (p, mcids) -> {
          if (mcids.size() > 1) {
            out.computeIfAbsent(p, x -> new ArrayList<>()).add(mcids);
          }
        });
  }

  /**
   * Takes marked contents removed from the pages ({@link ContentCompaction}'s repaints, by page
   * index) out of the structure tree and the parent tree.
   */
  public static void forget(PDDocument document, Map<Integer, Set<Integer>> removed) {
    if (removed.isEmpty()) {
      return;
    }
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return;
    }
    Map<COSDictionary, Integer> pages = pageIndex(document);
    List<COSDictionary> heads = heads(root);
    for (COSDictionary head : heads) {
      prune(
          head,
          page(head, null),
          pages,
          (on, mcid) -> removed.getOrDefault(on, Set.of()).contains(mcid),
          new HashMap<>(),
          0);
    }
    nullInParentTree(document, root, removed);
  }

  /** Each page's index, by its dictionary. */
  private static Map<COSDictionary, Integer> pageIndex(PDDocument document) {
    Map<COSDictionary, Integer> pages = new IdentityHashMap<>();
    int index = 0;
    for (PDPage page : document.getPages()) {
      pages.put(page.getCOSObject(), index++);
    }
    return pages;
  }

  /** The {@code THead} elements of every table under the root. */
  private static List<COSDictionary> heads(PDStructureTreeRoot root) {
    List<COSDictionary> heads = new ArrayList<>();
    heads(root.getCOSObject().getDictionaryObject(COSName.K), heads, 0);
    return heads;
  }

  /** The {@code THead} elements of every table. */
  private static void heads(COSBase kids, List<COSDictionary> out, int depth) {
    COSBase k = TagTree.dereferenced(kids);
    if (depth > 200 || k == null) {
      return;
    }
    if (k instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        heads(a.get(i), out, depth + 1);
      }
    } else if (k instanceof COSDictionary e && e.containsKey(COSName.S)) {
      if (TABLE.equals(e.getCOSName(COSName.S))
          && TagTree.dereferenced(e.getItem(COSName.K)) instanceof COSArray tableKids) {
        for (int i = 0; i < tableKids.size(); i++) {
          if (TagTree.dereferenced(tableKids.get(i)) instanceof COSDictionary d
              && THEAD.equals(d.getCOSName(COSName.S))) {
            out.add(d);
          }
        }
      }
      heads(e.getItem(COSName.K), out, depth + 1);
    }
  }

  /** Every marked-content reference under an element, with its page. */
  private static void marks(
      COSDictionary element,
      COSDictionary page,
      Map<COSDictionary, Integer> pages,
      List<Mark> out,
      int depth) {
    if (depth > 200) {
      return;
    }
    for (COSBase kid : TagTree.kids(element)) {
      COSBase k = TagTree.dereferenced(kid);
      if (k instanceof COSInteger mcid && pages.get(page) != null) {
        out.add(new Mark(pages.get(page), mcid.intValue()));
      } else if (k instanceof COSDictionary d && MCR.equals(d.getCOSName(COSName.TYPE))) {
        Integer p = pages.get(page(d, page));
        if (p != null) {
          out.add(new Mark(p, d.getInt(COSName.MCID)));
        }
      } else if (k instanceof COSDictionary d && d.containsKey(COSName.S)) {
        marks(d, page(d, page), pages, out, depth + 1);
      }
    }
  }

  /**
   * Removes from under {@code element} the marked-content references on pages after {@code first}
   * (recording them in {@code out}) and the elements left with no children; whether anything is
   * left of it.
   */
  private static boolean prune(
      COSDictionary element,
      COSDictionary page,
      Map<COSDictionary, Integer> pages,
      java.util.function.BiPredicate<Integer, Integer> taken,
      Map<Integer, Set<Integer>> out,
      int depth) {
    List<COSBase> kept = new ArrayList<>();
    List<COSBase> kids = TagTree.kids(element);
    for (COSBase kid : kids) {
      COSBase k = TagTree.dereferenced(kid);
      Integer on = null;
      int mcid = -1;
      if (k instanceof COSInteger i) {
        on = pages.get(page);
        mcid = i.intValue();
      } else if (k instanceof COSDictionary d && MCR.equals(d.getCOSName(COSName.TYPE))) {
        on = pages.get(page(d, page));
        mcid = d.getInt(COSName.MCID);
      } else if (k instanceof COSDictionary d && d.containsKey(COSName.S) && depth < 200) {
        if (!prune(d, page(d, page), pages, taken, out, depth + 1)) {
          continue;
        }
      }
      if (on != null && mcid >= 0 && taken.test(on, mcid)) {
        out.computeIfAbsent(on, p -> new TreeSet<>()).add(mcid);
        continue;
      }
      kept.add(kid);
    }
    if (kept.size() != kids.size()) {
      if (kept.isEmpty()) {
        element.removeItem(COSName.K);
      } else if (kept.size() == 1) {
        element.setItem(COSName.K, kept.get(0));
      } else {
        COSArray array = new COSArray();
        kept.forEach(array::add);
        element.setItem(COSName.K, array);
      }
    }
    return !kept.isEmpty();
  }

  /** A number tree's value for a key (a page's {@code StructParents}). */
  private static COSBase value(COSDictionary node, int key, int depth) {
    if (depth > 50) {
      return null;
    }
    if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
      for (int i = 0; i + 1 < nums.size(); i += 2) {
        if (nums.getObject(i) instanceof COSInteger n && n.intValue() == key) {
          return nums.getObject(i + 1);
        }
      }
    }
    if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary kid) {
          COSBase v = value(kid, key, depth + 1);
          if (v != null) {
            return v;
          }
        }
      }
    }
    return null;
  }

  /** The page an element or reference names ({@code Pg}), else the one it inherits. */
  private static COSDictionary page(COSDictionary element, COSDictionary inherited) {
    return TagTree.dereferenced(element.getItem(COSName.PG)) instanceof COSDictionary p
        ? p
        : inherited;
  }
}
