package org.briefing.render.pdf.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.briefing.cache.RecentlyUsed;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What the PDF needs beyond the HTML renderer's XHTML, applied to its DOM before layout:
 *
 * <ul>
 *   <li>a style sheet of its own after the HTML one: font fallback (a character the serif lacks is
 *       looked for in DejaVu Sans), long tokens wrapped inside their box, whole list numbers,
 *       contents numbered as a hierarchy ("3.1"), the rules of the classes that {@link TableLayout}
 *       gives a table too wide for the page and a table's notes;
 *   <li>a lead-in paragraph ({@value #LEAD_IN}) with less room left on its page than its line, its
 *       margin and two lines of what it introduces starts the next page in the first layout (the
 *       engine's {@code -fs-page-break-min-height}): {@link TableLayout} would otherwise find it
 *       alone at the page's foot, or with one short item of its list, and lay the whole document
 *       out a second time to move it. (Not for headings: the engine keeps a moved heading's top
 *       margin, which a heading that the page's end pushes over loses, so the pages would change.)
 *   <li>in a parallel bilingual layout, a row that holds a table or a figure is stacked, English
 *       then Polish, each at the full width; in a sequential one, the first language's part starts
 *       on page 1;
 *   <li>link addresses percent-encoded (UTF-8) where a URI may not hold the character as it is;
 *   <li>ligature code points in the text turned into their letters; a character no shipped font has
 *       replaced by its code, "[U+1F600]", and reported in {@link #warnings()}.
 * </ul>
 *
 * <pre>{@code
 * XhtmlFixes fixes = XhtmlFixes.apply(xhtml);
 * builder.withW3cDocument(fixes.document(), null);
 * fixes.warnings().forEach(System.err::println);
 * }</pre>
 */
public final class XhtmlFixes {
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  /** Appended after the HTML renderer's print CSS; it wins by order. */
  static final String CSS =
      """
      p, li, caption, figcaption, h1, h2, h3, h4, h5, h6, dd, dt, blockquote, a,
      .table-notes, .source, .masthead, pre { word-wrap: break-word; }
      td p, th p, td li, th li, td a, th a { word-wrap: normal; }
      td.long-token, th.long-token, td.long-token p, th.long-token p, td.long-token li,
      th.long-token li, td.long-token a, th.long-token a { word-wrap: break-word; }
      ol { padding-left: 22pt; }
      nav.toc ol { padding-left: 0; list-style-type: none; counter-reset: toc; }
      nav.toc ol ol { padding-left: 18pt; }
      nav.toc li { counter-increment: toc; }
      nav.toc li > a::before { content: counters(toc, ".") ". "; }
      .table-notes { page-break-inside: avoid; }
      tr.row-with-notes, div.table-block.table-with-notes { page-break-before: always; }
      .heading-with-next { page-break-before: always; }
      .list-break { page-break-before: always; }
      p.lead-in { -fs-page-break-min-height: 50pt; }
      td p.lead-in, th p.lead-in, div.table-block p.lead-in { -fs-page-break-min-height: 0; }
      .flow-end { margin-bottom: 0 !important; }
      .part.part-first { page-break-before: auto; }
      div.parallel-stack { margin: 8pt 0; }
      div.parallel-stack > p.parallel-lang { font-size: 8.5pt; color: #404040; margin: 0;
        border-bottom: 0.5pt solid #9aa0a6; }
      figure img, figure svg, .chart-svg { max-width: 100%; height: auto; }
      table.fit-smaller { font-size: 7pt; line-height: 1.3; }
      table.fit-smaller th, table.fit-smaller td { padding: 2pt 2.5pt; }
      table.fit-smaller .badge, table.fit-smaller code, table.fit-smaller sup { font-size: 6pt; }
      table.fit-break th, table.fit-break td, table.fit-break th *, table.fit-break td * {
        word-wrap: break-word; }
      """;

  /**
   * The class of a lead-in paragraph, a heading in all but name: its text is one bold run
   * ("Supporting findings") and a list, table or block follows it. {@link TableLayout} keeps it
   * with what follows as it keeps a heading.
   */
  static final String LEAD_IN = "lead-in";

  /** The blocks a lead-in paragraph introduces. */
  private static final Set<String> INTRODUCED = Set.of("ul", "ol", "dl", "table", "div");

  private static final Pattern ONE_FAMILY =
      Pattern.compile("font-family:\\s*\"(DejaVu (?:Serif|Sans Mono|Sans))\"\\s*;");

  /** Characters of a token that no table column is expected to hold on one line. */
  private static final int LONG_TOKEN = 24;

  private final Document document;

  /**
   * For each character no shipped font has, in the order found: the message for the first place it
   * stands, and how many places it stands in (a title stands in the title block, the running head
   * and the document's title: one message, not one per place).
   */
  private final Map<Integer, String> missing = new LinkedHashMap<>();

  private final Map<Integer, Integer> missingPlaces = new HashMap<>();

  private XhtmlFixes(Document document) {
    this.document = document;
  }

  /**
   * Parses the XHTML and applies every fix.
   *
   * @throws IllegalStateException when the XHTML is not well formed (a bug in the HTML renderer)
   */
  public static XhtmlFixes apply(String xhtml) {
    XhtmlFixes fixes = new XhtmlFixes(parse(xhtml));
    fixes.styles();
    fixes.parallelWideBlocks();
    fixes.firstPart();
    fixes.leadIns();
    fixes.links();
    fixes.longTokensInCells();
    fixes.bracketsWithWhatFollows(fixes.document.getDocumentElement());
    fixes.text(fixes.document.getDocumentElement());
    return fixes;
  }

  public Document document() {
    return document;
  }

  /** One message per character no shipped font has, naming it and where it stands. */
  public List<String> warnings() {
    List<String> out = new ArrayList<>(missing.size());
    missing.forEach(
        (cp, first) -> {
          int more = missingPlaces.get(cp) - 1;
          out.add(
              more == 0
                  ? first
                  : first + " (and in " + more + " other place" + (more == 1 ? "" : "s") + ")");
        });
    return out;
  }

  /**
   * The parser, configured once per thread: finding and configuring a factory is a service look-up,
   * and making a parser from it about a twentieth of the parse. Neither is safe to share between
   * threads; a parser is reset after each document.
   */
  private static final ThreadLocal<DocumentBuilder> PARSER =
      ThreadLocal.withInitial(
          () -> {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            try {
              f.setNamespaceAware(true);
              f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
              f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
              f.setExpandEntityReferences(false);
              f.setXIncludeAware(false);
              return f.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
              throw new IllegalStateException("the XML parser lacks a feature: " + e, e);
            }
          });

  private static Document parse(String xhtml) {
    DocumentBuilder b = PARSER.get();
    // A reset parser may have lost these (DocumentBuilder.reset).
    b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    b.setErrorHandler(null);
    try {
      return b.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("the XHTML for the PDF is not well formed: " + e, e);
    } finally {
      b.reset();
    }
  }

  /** The XHTML elements named {@code localName}, in document order. */
  private List<Element> elements(String localName) {
    return elements(List.of(localName)).get(0);
  }

  /**
   * For each local name, the XHTML elements so named, in document order, found in one walk of the
   * document (as {@code getElementsByTagNameNS} would find them, without walking it once a name).
   */
  private List<List<Element>> elements(List<String> localNames) {
    List<List<Element>> out = new ArrayList<>();
    localNames.forEach(name -> out.add(new ArrayList<>()));
    Node n = document.getDocumentElement();
    while (n != null) {
      if (n instanceof Element e && XHTML_NS.equals(e.getNamespaceURI())) {
        int i = localNames.indexOf(e.getLocalName());
        if (i >= 0) {
          out.get(i).add(e);
        }
      }
      n = next(n);
    }
    return out;
  }

  /** The node after {@code n} in document order (its first child, else the next sibling up). */
  private static Node next(Node n) {
    if (n.getFirstChild() != null) {
      return n.getFirstChild();
    }
    for (Node up = n; up != null; up = up.getParentNode()) {
      if (up.getNextSibling() != null) {
        return up.getNextSibling();
      }
    }
    return null;
  }

  /**
   * Whether the element's class attribute names {@code cls}, found in the attribute as it is (no
   * split into an array: the layout asks this of every element several times per page).
   */
  static boolean hasClass(Element e, String cls) {
    String all = e.getAttribute("class");
    for (int at = all.indexOf(cls); at >= 0; at = all.indexOf(cls, at + 1)) {
      int end = at + cls.length();
      if ((at == 0 || isSpace(all.charAt(at - 1)))
          && (end == all.length() || isSpace(all.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** HTML's ASCII whitespace, which separates class names. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** Font fallback in every family the HTML style sheet names, then this renderer's rules. */
  private void styles() {
    List<Element> styles = elements("style");
    if (styles.isEmpty()) {
      return;
    }
    Element style = styles.get(0);
    style.setTextContent(STYLES.get(style.getTextContent(), XhtmlFixes::pdfStyles));
  }

  /**
   * The PDF's style sheet for each of the last few HTML style sheets, by their text: the briefings
   * of a batch or of a watch session share theirs, and rewriting it was about 3 % of a one-page
   * note's render.
   */
  private static final RecentlyUsed<String, String> STYLES = new RecentlyUsed<>(8);

  private static String pdfStyles(String html) {
    Matcher m = ONE_FAMILY.matcher(html);
    StringBuilder css = new StringBuilder();
    while (m.find()) {
      StringBuilder families = new StringBuilder("font-family: \"" + m.group(1) + "\"");
      for (String fallback : EmbeddedFonts.fallbacks(m.group(1))) {
        families.append(", \"").append(fallback).append('"');
      }
      m.appendReplacement(css, Matcher.quoteReplacement(families.append(';').toString()));
    }
    m.appendTail(css);
    css.append('\n').append(CSS);
    return css.toString();
  }

  /**
   * A table, figure or code block beside its translation is squeezed to half the page and may be
   * cut. The parallel layout table is split at such a row: the row's blocks stand after the part
   * before it, the left language then the right, each at the full width under its language label,
   * and the rows after it form a new parallel table with the same column heads.
   */
  private void parallelWideBlocks() {
    for (Element table : elements("table")) {
      if (!hasClass(table, "parallel")) {
        continue;
      }
      List<Element> rows = childRows(table);
      if (rows.stream().noneMatch(XhtmlFixes::isWideRow)) {
        continue;
      }
      List<String> labels = new ArrayList<>();
      for (Element head : childElements(table, "thead")) {
        for (Element tr : childElements(head, "tr")) {
          childElements(tr, "th").forEach(th -> labels.add(th.getTextContent().strip()));
        }
      }
      Node parent = table.getParentNode();
      Element chunk = emptyCopy(table);
      for (Element row : rows) {
        if (!isWideRow(row)) {
          chunkBody(chunk).appendChild(row);
          continue;
        }
        if (chunkBody(chunk).getChildNodes().getLength() > 0) {
          parent.insertBefore(chunk, table);
        }
        chunk = emptyCopy(table);
        List<Element> cells = childElements(row, "td");
        for (int i = 0; i < cells.size(); i++) {
          Element cell = cells.get(i);
          Element block = document.createElementNS(XHTML_NS, "div");
          block.setAttribute("class", "parallel-stack");
          if (cell.hasAttribute("lang")) {
            block.setAttribute("lang", cell.getAttribute("lang"));
          }
          if (i < labels.size() && !labels.get(i).isEmpty()) {
            Element label = document.createElementNS(XHTML_NS, "p");
            label.setAttribute("class", "parallel-lang");
            label.setTextContent(labels.get(i));
            block.appendChild(label);
          }
          while (cell.getFirstChild() != null) {
            block.appendChild(cell.getFirstChild());
          }
          parent.insertBefore(block, table);
        }
      }
      if (chunkBody(chunk).getChildNodes().getLength() > 0) {
        parent.insertBefore(chunk, table);
      }
      parent.removeChild(table);
    }
  }

  /**
   * The parts of a sequential bilingual briefing each start a page, but the first follows the title
   * and contents on page 1 rather than leaving most of it empty.
   */
  private void firstPart() {
    for (List<Element> tagged : elements(List.of("section", "div"))) {
      for (Element e : tagged) {
        if (hasClass(e, "part")) {
          e.setAttribute("class", e.getAttribute("class") + " part-first");
          return;
        }
      }
    }
  }

  /** Marks each lead-in paragraph ({@value #LEAD_IN}). */
  private void leadIns() {
    for (Element p : elements("p")) {
      if (isLeadIn(p)) {
        p.setAttribute("class", (p.getAttribute("class") + " " + LEAD_IN).strip());
      }
    }
  }

  private static boolean isLeadIn(Element p) {
    Element strong = null;
    for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && strong == null && "strong".equals(e.getLocalName())) {
        strong = e;
      } else if (n instanceof Element || !n.getTextContent().isBlank()) {
        return false;
      }
    }
    if (strong == null) {
      return false;
    }
    for (Node n = p.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element next) {
        return INTRODUCED.contains(next.getLocalName());
      }
    }
    return false;
  }

  private static boolean isWideRow(Element row) {
    List<Element> cells = childElements(row, "td");
    return !cells.isEmpty() && cells.stream().anyMatch(XhtmlFixes::holdsWideBlock);
  }

  /** The table's attributes and head, with an empty body. */
  private Element emptyCopy(Element table) {
    Element copy = (Element) table.cloneNode(false);
    copy.removeAttribute("id");
    for (Element head : childElements(table, "thead")) {
      copy.appendChild(head.cloneNode(true));
    }
    copy.appendChild(document.createElementNS(XHTML_NS, "tbody"));
    return copy;
  }

  private static Element chunkBody(Element chunk) {
    List<Element> bodies = childElements(chunk, "tbody");
    return bodies.get(bodies.size() - 1);
  }

  private static List<Element> childRows(Element table) {
    List<Element> rows = new ArrayList<>(childElements(table, "tr"));
    for (Element section : childElements(table, "tbody")) {
      rows.addAll(childElements(section, "tr"));
    }
    return rows;
  }

  private static List<Element> childElements(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean holdsWideBlock(Element cell) {
    for (String tag : List.of("table", "figure", "img", "svg", "pre")) {
      if (cell.getElementsByTagNameNS("*", tag).getLength() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cell holding a token too long for any column (a case number, an address) may break it
   * anywhere; other cells keep their words whole, so that the table's columns keep the width of
   * their longest word.
   */
  private void longTokensInCells() {
    for (List<Element> cells : elements(List.of("td", "th"))) {
      for (Element cell : cells) {
        for (String token : cell.getTextContent().split("\\s+")) {
          if (token.length() > LONG_TOKEN) {
            cell.setAttribute("class", (cell.getAttribute("class") + " long-token").strip());
            break;
          }
        }
      }
    }
  }

  /**
   * An opening bracket at the end of a text, before an element (a citation's link), is moved into
   * that element's first text: the engine may break a line between two inline boxes, and would
   * leave the bracket alone at the line's end.
   */
  private void bracketsWithWhatFollows(Node node) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE
          && n.getNextSibling() instanceof Element next
          && !isStyle(node)) {
        String t = n.getNodeValue();
        int end = t.length();
        while (end > 0 && "([„«“‘".indexOf(t.charAt(end - 1)) >= 0) {
          end--;
        }
        Node first = firstText(next);
        if (end < t.length() && first != null) {
          first.setNodeValue(t.substring(end) + first.getNodeValue());
          n.setNodeValue(t.substring(0, end));
        }
      } else if (n instanceof Element) {
        bracketsWithWhatFollows(n);
      }
    }
  }

  private static Node firstText(Node node) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isEmpty()) {
        return n;
      }
      if (n instanceof Element) {
        Node t = firstText(n);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** Percent-encodes, as UTF-8, what a URI may not hold as it is; an escape already made stays. */
  private void links() {
    for (Element a : elements("a")) {
      if (a.hasAttribute("href")) {
        a.setAttribute("href", encodeUri(a.getAttribute("href")));
      }
    }
  }

  /** The address with every byte outside RFC 3986's characters written as %XX. */
  static String encodeUri(String uri) {
    StringBuilder out = new StringBuilder(uri.length());
    byte[] bytes = uri.strip().getBytes(StandardCharsets.UTF_8);
    HexFormat hex = HexFormat.of().withUpperCase();
    int fragment = -1;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean keep =
          b > 0x20
              && b < 0x7f
              && "\"<>\\^`{|} ".indexOf(b) < 0
              && (b != '%' || isEscape(bytes, i))
              && (b != '#' || fragment < 0);
      if (b == '#' && fragment < 0) {
        fragment = i;
      }
      if (keep) {
        out.append((char) b);
      } else {
        out.append('%').append(hex.toHexDigits((byte) b));
      }
    }
    return out.toString();
  }

  private static boolean isEscape(byte[] bytes, int i) {
    return i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  /** Ligatures to letters; characters no font has to their code, with a warning. */
  private void text(Node node) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        if (!isStyle(node)) {
          String raw = n.getNodeValue();
          String fixed = fixText(raw, node);
          if (fixed != raw) {
            n.setNodeValue(fixed);
          }
        }
      } else if (n instanceof Element e) {
        for (String attr : TEXT_ATTRIBUTES) {
          if (e.hasAttribute(attr)) {
            String raw = e.getAttribute(attr);
            String fixed = ligatures(raw);
            if (fixed != raw) {
              e.setAttribute(attr, fixed);
            }
          }
        }
        text(n);
      }
    }
  }

  private static boolean isStyle(Node node) {
    return "style".equals(node.getLocalName());
  }

  /** The attributes whose text is read out or shown as a tooltip. */
  private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title");

  /**
   * {@code s} with the Latin ligature characters spelt out; {@code s} itself when it has none (most
   * text), so that the caller can tell that nothing changed.
   */
  private static String ligatures(String s) {
    if (!hasLigature(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case 0xFB00 -> out.append("ff");
                case 0xFB01 -> out.append("fi");
                case 0xFB02 -> out.append("fl");
                case 0xFB03 -> out.append("ffi");
                case 0xFB04 -> out.append("ffl");
                case 0xFB05, 0xFB06 -> out.append("st");
                default -> out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static boolean hasLigature(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFB00 && c <= 0xFB06) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with each character that no shipped font has replaced by its code; {@code raw} itself
   * when nothing changed.
   */
  private String fixText(String raw, Node parent) {
    String s = ligatures(raw);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (!shown(cp)) {
        if (out == null) {
          out = new StringBuilder(s.substring(0, i));
        }
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        out.append('[').append(code).append(']');
        if (missingPlaces.merge(cp, 1, Integer::sum) == 1) {
          String name = Character.getName(cp);
          missing.put(
              cp,
              "no shipped font has the character "
                  + code
                  + " ("
                  + (name != null ? name : "unassigned")
                  + "); the PDF shows ["
                  + code
                  + "] in "
                  + where(parent)
                  + ": \""
                  + context(s, i)
                  + "\"");
        }
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += len;
    }
    return out == null ? s : out.toString();
  }

  /**
   * What {@link #shownAfresh} answered for each character of the Basic Multilingual Plane, kept for
   * the process (0: not asked yet, 1: shown, 2: not): a page asks for the same few hundred
   * characters tens of thousands of times, and the answer depends only on the shipped fonts.
   * Threads that race on an entry write the same value.
   */
  private static final byte[] SHOWN = new byte[0x10000];

  private static boolean shown(int cp) {
    if (cp >= SHOWN.length) {
      return shownAfresh(cp);
    }
    byte known = SHOWN[cp];
    if (known == 0) {
      known = shownAfresh(cp) ? (byte) 1 : (byte) 2;
      SHOWN[cp] = known;
    }
    return known == 1;
  }

  /** Layout characters that draw nothing need no glyph. */
  private static boolean shownAfresh(int cp) {
    if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0x00A0) {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT || type == Character.NON_SPACING_MARK && cp >= 0xFE00) {
      return true;
    }
    return EmbeddedFonts.covers(cp);
  }

  private static String context(String s, int i) {
    int from = Math.max(0, i - 30);
    int to = Math.min(s.length(), i + 30);
    return s.substring(from, to).replaceAll("\\s+", " ").strip();
  }

  /** The nearest element with an id that holds the text. */
  private static String where(Node parent) {
    for (Node n = parent; n != null; n = n.getParentNode()) {
      if (n instanceof Element e && e.hasAttribute("id")) {
        return "the element with id '" + e.getAttribute("id") + "'";
      }
    }
    return "the title block";
  }
}
