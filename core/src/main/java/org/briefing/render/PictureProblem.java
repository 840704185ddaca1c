package org.briefing.render;

import java.util.Optional;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.xml.sax.SAXParseException;

/**
 * The error for a picture a format cannot draw or hold: it names the picture (the figure and file
 * it comes from, or the logo), stands where the input names it, says why in the drawing library's
 * own words without its noise, and says what to do.
 *
 * <pre>{@code
 * throw PictureProblem.of(image, "could not be drawn: " + PictureProblem.reason(e));
 * // corpus/figures.yaml:27:12: error: cannot write pdf: the picture of figure 'map'
 * // (images/map.svg) could not be drawn: the attribute "d" of the element <path> is invalid
 * }</pre>
 */
public final class PictureProblem {
  /** What to do about a picture that cannot be drawn. */
  public static final String HINT =
      "correct the picture file (a browser may show what the PDF and Word writers refuse),"
          + " or use a PNG instead";

  private static final int MAX_REASON = 200;

  private PictureProblem() {}

  /**
   * The error for a picture of the document.
   *
   * @param problem what is wrong, said after the picture's name ("could not be drawn: …")
   */
  public static UnsupportedContentException of(Block.Image image, String problem) {
    return image
        .origin()
        .map(
            o ->
                new UnsupportedContentException(
                    o.describe() + " " + problem, Optional.of(o.position()), HINT))
        .orElseGet(
            () ->
                new UnsupportedContentException(
                    "a picture " + problem + " (for \"" + abbreviate(image.altText()) + "\")",
                    Optional.empty(),
                    HINT));
  }

  /**
   * The error for the document's logo, at the spec's {@code logo:} when known.
   *
   * @param problem what is wrong, said after "the logo" ("could not be drawn: …")
   */
  public static UnsupportedContentException ofLogo(Branding.Logo logo, String problem) {
    return new UnsupportedContentException("the logo " + problem, logo.position(), HINT);
  }

  /**
   * Why a drawing library failed, for a person: the message of the innermost cause that has one,
   * without the library's location prefix ({@code null:-1}) or wrapper text, with the line and
   * column of an XML error in the picture; the exception's class only when no cause says anything.
   */
  public static String reason(Throwable failure) {
    Throwable said = null;
    Throwable last = failure;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      last = t;
      if (t.getMessage() != null && !reason(t.getMessage()).isEmpty()) {
        said = t;
      }
    }
    if (said == null) {
      return "the drawing library failed (" + last.getClass().getSimpleName() + ")";
    }
    String text = reason(said.getMessage());
    if (said instanceof SAXParseException x && x.getLineNumber() > 0) {
      text = "line " + x.getLineNumber() + ", column " + x.getColumnNumber() + ": " + text;
    }
    return text;
  }

  /** A library's message made readable: one line, no location prefix, no "Enclosed Exception". */
  public static String reason(String message) {
    String t = message.replaceAll("\\s+", " ").strip();
    // Batik wraps: "null Enclosed Exception: null:-1 The attribute …" (a document URI and line).
    t = t.replaceFirst("^(?:null )?Enclosed Exception: ", "").replaceFirst("^null$", "");
    t = t.replaceFirst("^\\S*:-?\\d+ (?=\\S)", "");
    if (t.length() > 1
        && Character.isUpperCase(t.charAt(0))
        && Character.isLowerCase(t.charAt(1))) {
      t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
    return t.codePointCount(0, t.length()) > MAX_REASON
        ? t.substring(0, t.offsetByCodePoints(0, MAX_REASON)) + "…"
        : t;
  }

  private static String abbreviate(String text) {
    String t = text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?").strip();
    return t.codePointCount(0, t.length()) > 60
        ? t.substring(0, t.offsetByCodePoints(0, 60)) + "…"
        : t;
  }
}
