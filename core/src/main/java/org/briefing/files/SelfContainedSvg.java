package org.briefing.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether an SVG picture (a figure's or a logo) is one the renderers may draw: well-formed XML
 * with an {@code <svg>} root in the SVG namespace, that refers to nothing outside itself and runs
 * nothing. A corpus and a spec are untrusted, and an SVG renderer (Batik) would otherwise fetch
 * what such a picture names, run its scripts or fail half-way through a build.
 *
 * <pre>{@code
 * Optional<String> wrong = SelfContainedSvg.problem(bytes);
 * // "refers to 'http://evil/x.css' outside itself (@import, line 1, column 84)"
 * }</pre>
 *
 * <p>The subset accepted:
 *
 * <ul>
 *   <li>no document type declaration (so no DTD and no entities but XML's five), no processing
 *       instruction (such as {@code <?xml-stylesheet?>}), at most {@value #MAX_ELEMENTS} elements
 *       nested at most {@value #MAX_DEPTH} deep;
 *   <li>links ({@code href}, {@code xlink:href}) only to a fragment of the same picture ({@code
 *       #id}), no {@code xml:base};
 *   <li>in attributes and style sheets, {@code url(…)} only as {@code url(#id)}, no {@code
 *       @import}, no backslash escapes in CSS (they could spell either);
 *   <li>no {@code <script>}, {@code <foreignObject>}, {@code <handler>}, no animation elements and
 *       no event-handler attribute ({@code onload}, {@code onclick} …).
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class SelfContainedSvg {
  /** Most elements in one picture. */
  public static final int MAX_ELEMENTS = 200_000;

  /** Deepest nesting of elements. */
  public static final int MAX_DEPTH = 128;

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

  /** Elements that run code, embed another document or change the picture over time. */
  private static final Set<String> REFUSED =
      Set.of(
          "script",
          "foreignObject",
          "handler",
          "animate",
          "animateColor",
          "animateMotion",
          "animateTransform",
          "set",
          "discard",
          // Draws another picture (a fragment of this one or a file); Batik fails on some.
          "feImage");

  private static final SAXParserFactory FACTORY = factory();

  /** An SVG length that draws: a positive number with an optional unit, or a percentage. */
  private static final java.util.regex.Pattern LENGTH =
      java.util.regex.Pattern.compile(
          "\\+?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*(px|pt|pc|mm|cm|in|em|ex|%)?");

  private SelfContainedSvg() {}

  /**
   * What makes {@code bytes} not a self-contained SVG picture, as a phrase that follows "the
   * picture" ("is not well-formed XML: …", "refers to '…' outside itself …"), or empty when it is
   * one.
   */
  public static Optional<String> problem(byte[] bytes) {
    Check check = new Check();
    try {
      SAXParser parser = FACTORY.newSAXParser();
      // The JDK's own depth limit under secure processing differs by release (none on 17, 100 on
      // 25): set above this check's, so that every JDK refuses at the same depth with its message.
      parser.setProperty(
          "http://www.oracle.com/xml/jaxp/properties/maxElementDepth",
          String.valueOf(4 * MAX_DEPTH));
      InputSource in = new InputSource(new ByteArrayInputStream(bytes));
      parser.parse(in, check);
    } catch (Refused r) {
      return Optional.of(r.getMessage());
    } catch (SAXParseException e) {
      if (!check.root && e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
        return Optional.of(
            "has a document type declaration (<!DOCTYPE …>, "
                + where(e.getLineNumber(), e.getColumnNumber())
                + "), which SVG pictures here may not have: remove it");
      }
      return Optional.of(
          "is not a well-formed SVG file: "
              + where(e.getLineNumber(), e.getColumnNumber())
              + ": "
              + plain(e.getMessage()));
    } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
      return Optional.of("is not a well-formed SVG file: " + plain(e.getMessage()));
    }
    if (!check.root) {
      return Optional.of("is not an SVG file: it has no <svg> element");
    }
    return check.references();
  }

  private static SAXParserFactory factory() {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
    }
    return f;
  }

  private static String where(int line, int column) {
    return "line " + line + ", column " + column;
  }

  /** A parser's message, one line and bounded. */
  private static String plain(String message) {
    String m = message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  /** A shortened, printable form of what a picture refers to. */
  private static String shown(String text) {
    StringBuilder b = new StringBuilder();
    text.strip()
        .codePoints()
        .limit(80)
        .forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return b + (text.strip().length() > 80 ? "…" : "");
  }

  /** Stops the parse with the reason a picture is refused. */
  private static final class Refused extends SAXException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Walks the picture, refusing at the first thing outside the subset. */
  private static final class Check extends DefaultHandler {
    private Locator locator;
    private int depth;
    private int elements;
    private boolean root;
    private int inStyle;
    private StringBuilder style = new StringBuilder();

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    /** A reason to refuse, with the place in the picture where the parser stands. */
    private Refused refused(String what) {
      return new Refused(
          locator == null
              ? what
              : what + " (" + where(locator.getLineNumber(), locator.getColumnNumber()) + ")");
    }

    /**
     * The fragments the picture refers to ({@code <use href="#a">}, {@code fill="url(#g)"}), in the
     * order they stand: an element's subtree's references are one run of this list.
     */
    private final List<String> refs = new ArrayList<>();

    /** The elements open around the parser. */
    private final Deque<Frame> open = new ArrayDeque<>();

    /** Each element with an id: its subtree's elements and its run of references. */
    private final Map<String, Frame> byId = new HashMap<>();

    private Frame whole;

    /** An element: its id, and where its subtree's elements and references begin and end. */
    private static final class Frame {
      final String id;
      final int firstElement;
      final int firstRef;
      int elements;
      int endRef;

      Frame(String id, int firstElement, int firstRef) {
        this.id = id;
        this.firstElement = firstElement;
        this.firstRef = firstRef;
      }

      List<String> refs(List<String> all) {
        return all.subList(firstRef, endRef);
      }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      depth++;
      elements++;
      String id = attributes.getValue("id");
      open.push(new Frame(id == null || id.isBlank() ? null : id.strip(), elements, refs.size()));
      if (depth > MAX_DEPTH) {
        throw refused("nests elements more than " + MAX_DEPTH + " deep");
      }
      if (elements > MAX_ELEMENTS) {
        throw refused("has more than " + MAX_ELEMENTS + " elements");
      }
      if (depth == 1) {
        if (!SVG_NS.equals(uri) || !"svg".equals(local)) {
          throw new Refused(
              "is not an SVG file: its root element is <"
                  + qName
                  + ">"
                  + (uri.isEmpty() ? " without the SVG namespace" : " in " + uri)
                  + ", not <svg xmlns=\""
                  + SVG_NS
                  + "\">");
        }
        root = true;
        // The picture's size: Batik refuses a width or height that is no length ("NaN", "-10")
        // half-way through a build, with its own words.
        for (String dimension : List.of("width", "height")) {
          String v = attributes.getValue("", dimension);
          if (v != null && !LENGTH.matcher(v.strip()).matches()) {
            throw refused(
                "has a "
                    + dimension
                    + " '"
                    + shown(v)
                    + "' that is not a length (such as 120, 120px, 3cm or 100%)");
          }
        }
      }
      if (REFUSED.contains(local)) {
        throw refused("holds a <" + qName + "> element, which SVG pictures here may not have");
      }
      for (int i = 0; i < attributes.getLength(); i++) {
        attribute(
            attributes.getURI(i),
            attributes.getLocalName(i),
            attributes.getQName(i),
            attributes.getValue(i));
      }
      if ("style".equals(local)) {
        inStyle++;
      }
    }

    private void attribute(String uri, String local, String qName, String value) throws Refused {
      String name = local.isEmpty() ? qName : local;
      if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
        throw refused("has an event-handler attribute '" + qName + "'");
      }
      if (XMLConstants.XML_NS_URI.equals(uri) && "base".equals(name)) {
        throw refused("sets xml:base, which could send its links elsewhere");
      }
      if ("href".equals(name) && (uri.isEmpty() || XLINK_NS.equals(uri))) {
        if (!fragment(value)) {
          throw refused("refers to '" + shown(value) + "' outside itself, in " + qName);
        }
        refs.add(value.strip().substring(1));
      }
      if ("style".equals(name) && uri.isEmpty()) {
        css(value, qName);
      } else {
        urls(value, qName);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if ("style".equals(local) && inStyle > 0) {
        inStyle--;
        if (inStyle == 0) {
          css(style.toString(), "<style>");
          style = new StringBuilder();
        }
      }
      depth--;
      Frame done = open.pop();
      done.elements = elements - done.firstElement + 1;
      done.endRef = refs.size();
      if (done.id != null) {
        byId.putIfAbsent(done.id, done);
      }
      if (open.isEmpty()) {
        whole = done;
      }
    }

    /**
     * How many elements the picture draws once every reference is followed: a {@code <use>} draws
     * its target's whole subtree again, so a few kilobytes of nested {@code <use>}s can stand for
     * millions of elements, and one that refers to itself or an ancestor never ends (Batik then
     * overflows its stack). Refused beyond {@value #MAX_ELEMENTS}, or at a loop.
     */
    Optional<String> references() {
      if (whole == null) {
        return Optional.empty();
      }
      Map<String, Long> drawn = new HashMap<>();
      Set<String> onPath = new HashSet<>();
      // Depth-first over the ids without recursion: a chain of many ids must not overflow.
      Deque<String> stack = new ArrayDeque<>();
      for (String start : byId.keySet()) {
        if (drawn.containsKey(start)) {
          continue;
        }
        stack.push(start);
        while (!stack.isEmpty()) {
          String id = stack.peek();
          if (drawn.containsKey(id) && !onPath.contains(id)) {
            stack.pop(); // pushed twice, counted already
            continue;
          }
          Frame f = byId.get(id);
          if (onPath.add(id)) {
            for (String r : f.refs(refs)) {
              if (onPath.contains(r)) {
                return Optional.of(
                    "refers to itself: '#" + shown(r) + "' is drawn inside itself, a loop");
              }
              if (byId.containsKey(r) && !drawn.containsKey(r)) {
                stack.push(r);
              }
            }
          } else {
            stack.pop();
            onPath.remove(id);
            long total = f.elements;
            for (String r : f.refs(refs)) {
              total = Math.min(Long.MAX_VALUE / 4, total + drawn.getOrDefault(r, 0L));
            }
            drawn.put(id, total);
          }
        }
      }
      long total = whole.elements;
      for (String r : whole.refs(refs)) {
        total = Math.min(Long.MAX_VALUE / 4, total + drawn.getOrDefault(r, 0L));
      }
      if (total > MAX_ELEMENTS) {
        return Optional.of(
            "draws more than "
                + MAX_ELEMENTS
                + " elements once its references (<use>) are followed");
      }
      return Optional.empty();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inStyle > 0) {
        style.append(ch, start, length);
      }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      throw refused("has a processing instruction <?" + target + "?>");
    }

    /** A style sheet or style attribute: no @import, no escapes, url() only to #ids. */
    private void css(String text, String where) throws Refused {
      if (text.indexOf('\\') >= 0) {
        throw refused("has a backslash escape in its CSS, in " + where);
      }
      if (text.toLowerCase(Locale.ROOT).contains("@import")) {
        throw refused("imports a style sheet from outside itself, @import in " + where);
      }
      if (text.toLowerCase(Locale.ROOT).contains("@font-face")) {
        throw refused(
            "loads a font (@font-face in " + where + "), which SVG pictures here may not");
      }
      urls(text, where);
    }

    /** Every {@code url(…)} in a value must name a fragment of this picture. */
    private void urls(String text, String where) throws Refused {
      String lower = text.toLowerCase(Locale.ROOT);
      for (int at = lower.indexOf("url("); at >= 0; at = lower.indexOf("url(", at + 4)) {
        int end = text.indexOf(')', at);
        String target = text.substring(at + 4, end < 0 ? text.length() : end).strip();
        if (target.startsWith("\"") || target.startsWith("'")) {
          target = target.substring(1);
        }
        if (target.startsWith("#")) {
          String id = target.substring(1);
          int quote = Math.max(id.indexOf('"'), id.indexOf('\''));
          refs.add(quote >= 0 ? id.substring(0, quote) : id);
        }
        if (!target.startsWith("#")) {
          throw refused(
              "refers to 'url("
                  + shown(text.substring(at + 4, end < 0 ? text.length() : end))
                  + ")' outside itself, in "
                  + where);
        }
      }
    }

    private static boolean fragment(String value) {
      String v = value.strip();
      return v.startsWith("#") && v.length() > 1;
    }
  }
}
