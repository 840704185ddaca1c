package org.briefing.render.pdf.internal;

import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Lays the document out so that no table is wider than the column it stands in. The engine gives
 * each column at least the width of its longest word; when those widths add up to more than the
 * page, it draws the table past the page's edge and the columns there are lost. Such a table is
 * laid out again, set smaller ({@value #SMALLER}: table text at 7 pt instead of 8.5 pt, narrower
 * cell padding), and if that is still too wide, with its words allowed to break anywhere ({@value
 * #BREAK}). Words are kept whole as long as they fit, and the table keeps the page's orientation,
 * running heads and page count; a table that is too wide even then is reported.
 *
 * <pre>{@code
 * try (PdfBoxRenderer renderer = WideTables.layOut(builder, warnings)) {
 *   renderer.createPDFWithoutClosing();
 * }
 * }</pre>
 *
 * <p>A document without a too-wide table is laid out once, as before: the layout is kept and drawn.
 */
public final class WideTables {
  /** The class of a table set smaller; {@link XhtmlFixes#CSS} holds its rules. */
  static final String SMALLER = "fit-smaller";

  /**
   * The class of a table whose words may break anywhere; {@link XhtmlFixes#CSS} holds its rules.
   */
  static final String BREAK = "fit-break";

  /** The engine's units per point (openhtmltopdf's default, 20 dots per point). */
  private static final int DOTS_PER_POINT = 20;

  private WideTables() {}

  /**
   * A renderer whose layout, already made, has no table wider than its containing block, unless
   * even the last step cannot make it fit (then a warning is added to {@code warnings}).
   */
  public static PdfBoxRenderer layOut(PdfRendererBuilder builder, List<String> warnings) {
    PdfBoxRenderer renderer = builder.buildPdfRenderer();
    try {
      for (String step : List.of(SMALLER, BREAK, "")) {
        renderer.layout();
        List<Element> wide = overflowing(renderer.getRootBox());
        if (wide.isEmpty()) {
          return renderer;
        }
        if (step.isEmpty()) {
          for (Element table : wide) {
            warnings.add(
                "a table is wider than the page even with its text at 7 pt and its words broken"
                    + " anywhere; its right-hand columns are cut off: "
                    + describe(table));
          }
          return renderer;
        }
        for (Element table : wide) {
          table.setAttribute("class", (table.getAttribute("class") + " " + step).strip());
        }
        renderer.close();
        renderer = builder.buildPdfRenderer();
      }
      return renderer;
    } catch (RuntimeException e) {
      renderer.close();
      throw e;
    }
  }

  /** The elements of the tables laid out wider than their containing block, each once. */
  static List<Element> overflowing(Box root) {
    Set<Element> out = new LinkedHashSet<>();
    walk(root, out);
    return new ArrayList<>(out);
  }

  private static void walk(Box box, Set<Element> out) {
    if (box instanceof TableBox table
        && table.getElement() != null
        && table.getWidth() > table.getContainingBlockWidth() + DOTS_PER_POINT) {
      out.add(table.getElement());
    }
    for (Box child : box.getChildren()) {
      walk(child, out);
    }
  }

  /** The table's id or, if it has none, the start of its caption or its text. */
  private static String describe(Element table) {
    if (table.hasAttribute("id")) {
      return "the table with id '" + table.getAttribute("id") + "'";
    }
    String text = table.getTextContent().replaceAll("\\s+", " ").strip();
    return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
  }
}
