package org.briefing.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.Meta;
import org.briefing.document.PageSize;
import org.briefing.i18n.Labels;
import org.briefing.render.Renderer;
import org.briefing.render.UnsupportedContentException;
import org.briefing.render.html.internal.AccentColour;
import org.briefing.render.html.internal.BodyWriter;
import org.briefing.render.html.internal.CssString;
import org.briefing.render.html.internal.Page;
import org.briefing.render.html.internal.PageTemplate;

/**
 * Writes a briefing as one self-contained HTML5 page: CSS inline, charts as inline SVG, the logo as
 * a {@code data:} URI, no script and no external request. The body is rendered first by a Java
 * writer that escapes every text, then put into the page template {@code page.jte} (pandoc-style;
 * compiled to Java by jte when the module is built), which adds the header with the sharing
 * marking, the table of contents and the footer. The contents list the level-2 and level-3 headings
 * and the captioned tables and figures of the document's sections (see {@link BodyWriter}).
 *
 * <pre>{@code
 * Renderer html = HtmlRenderer.builder().build();
 * try (OutputStream out = Files.newOutputStream(Path.of("briefing.html"))) {
 *   html.render(document, out);
 * }
 *
 * // Well-formed XHTML with print CSS and <bookmarks>, for the PDF renderer:
 * String xhtml = HtmlRenderer.builder().mode(HtmlRenderer.Mode.XHTML_FOR_PDF).build()
 *     .renderToString(document);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlRenderer implements Renderer {

  /** What the page is for. */
  public enum Mode {
    /** A web page: responsive, light and dark themes, a print style sheet. */
    HTML5,
    /**
     * Input for openhtmltopdf: well-formed XHTML without named entities, paged-media CSS (page size
     * from {@link Meta#pageSize()}, running header and footer, "page X of Y"), a {@code
     * <bookmarks>} block from the same outline as the contents, and the font families "DejaVu
     * Serif", "DejaVu Sans" and "DejaVu Sans Mono", which the PDF renderer must register.
     */
    XHTML_FOR_PDF
  }

  private static final String SCREEN_CSS = resource("briefing.css");
  private static final String PDF_CSS = resource("pdf.css");
  private static final String PRINT_MARKING_CSS = resource("print-marking.css");
  private static final Pattern PRINT_MARKING_TOKEN =
      Pattern.compile(
          "MARKING_COLOUR|MARKING_BACKGROUND|MARKING_SIZE|MARKING_LINES|MARKING_LINE|MARKING"
              + "|PAGE_LABEL");

  /** A marking up to this long prints on one line at 12 pt (TLP 2.0 asks for 12 pt or more). */
  private static final int MARKING_ONE_LINE = 40;

  /** Characters of a longer marking, at 9 pt, on one line of the narrowest printed page. */
  private static final int MARKING_PER_LINE = 65;

  /** The widest a long marking's box in the PDF's margins is, in mm. */
  private static final int PDF_MARKING_WIDTH_MM = 100;

  /**
   * Characters of a long marking, at 9 pt bold, on one line of its box in the PDF's margins: fewer
   * than fit in most text (about 45), so that the margins sized from them hold it; at 12 pt, three
   * quarters of it.
   */
  private static final int PDF_MARKING_PER_LINE = 40;

  private static final Set<String> LOGO_TYPES_HTML =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml");
  private static final Set<String> LOGO_TYPES_PDF =
      Set.of("image/png", "image/jpeg", "image/svg+xml");

  private final Mode mode;

  private HtmlRenderer(Builder b) {
    this.mode = b.mode;
  }

  /**
   * Loads what every render uses, once per process (the style sheets): done by the first render
   * otherwise.
   */
  public static void prepare() {
    // Nothing more to do: calling this has initialised the class.
  }

  /** A builder; the default mode is {@link Mode#HTML5}. */
  public static Builder builder() {
    return new Builder();
  }

  public Mode mode() {
    return mode;
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return mode == Mode.HTML5 ? "html" : "xhtml";
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    out.write(renderToString(document).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The page as a string.
   *
   * @throws IllegalArgumentException when the branding's accent colour is not {@code #rrggbb} or
   *     the page size is neither A4 nor Letter
   * @throws UnsupportedContentException when the logo is of a type the page cannot show (for the
   *     PDF, anything but PNG, JPEG and SVG)
   */
  public String renderToString(Document document) {
    boolean pdf = mode == Mode.XHTML_FOR_PDF;
    Meta meta = document.meta();
    Labels labels = Labels.of(meta.language());
    AccentColour accent =
        meta.branding()
            .flatMap(Branding::accent)
            .map(AccentColour::parse)
            .orElse(AccentColour.DEFAULT);

    BodyWriter body = new BodyWriter(document, pdf, accent);
    String main = body.render();

    Page.PageLabel page = pageLabel(labels);
    return PageTemplate.render(
        new Page(
            pdf,
            meta.language().code(),
            meta.title(),
            PageTemplate.markup(BodyWriter.titleMarkup(document, meta.titleText(), pdf, accent)),
            line(document, meta.subtitleText(), pdf, accent),
            meta.authors(),
            meta.metadataAuthors(),
            meta.date(),
            meta.subject(),
            meta.keywords(),
            line(document, meta.seriesLine(labels), pdf, accent),
            line(document, meta.audienceLine(labels), pdf, accent),
            meta.marking().map(HtmlRenderer::marking).orElse(null),
            meta.branding().map(b -> brand(b, labels, pdf)).orElse(null),
            labels.get("contents"),
            labels.get("skip-to-content"),
            citationMeta(meta),
            meta.sourceLine().isEmpty()
                ? null
                : PageTemplate.markup(
                    new BodyWriter(
                            new Document(meta, List.of(new Block.Paragraph(meta.sourceLine()))),
                            pdf,
                            accent)
                        .render()),
            page,
            body.outline(),
            PageTemplate.markup(
                pdf
                    ? pdfCss(meta, accent)
                    : screenCss(accent)
                        + meta.marking().map(m -> printMarkingCss(m, page)).orElse("")),
            PageTemplate.markup(main)));
  }

  /**
   * The paper the briefing is made from, as Highwire Press {@code citation_*} tags (what Google
   * Scholar and Zotero read): only the fields the corpus gives.
   */
  static List<Page.CitationTag> citationMeta(Meta meta) {
    List<Page.CitationTag> out = new ArrayList<>();
    meta.paper()
        .ifPresent(
            p -> {
              add(out, "citation_title", p.title());
              p.authors().forEach(a -> add(out, "citation_author", a.name()));
              p.authors().stream()
                  .filter(a -> !a.orcid().isEmpty())
                  .forEach(a -> add(out, "citation_author_orcid", a.orcid()));
              add(out, "citation_publication_date", p.publishedIso());
              add(out, "citation_journal_title", p.journal());
              add(out, "citation_volume", p.volume());
              add(out, "citation_issue", p.issue());
              add(out, "citation_publisher", p.publisher());
              add(out, "citation_technical_report_number", p.reportNumber());
              p.doi().ifPresent(d -> add(out, "citation_doi", d));
              p.url().ifPresent(u -> add(out, "citation_public_url", u));
              add(out, "citation_language", p.language());
            });
    return out;
  }

  private static void add(List<Page.CitationTag> out, String name, String content) {
    if (content != null && !content.isBlank()) {
      out.add(new Page.CitationTag(name, content));
    }
  }

  /** A line of the title block as markup, each part in its language; null for an empty one. */
  private static Page.Markup line(
      Document document, List<Inline> line, boolean pdf, AccentColour accent) {
    return line.isEmpty()
        ? null
        : PageTemplate.markup(BodyWriter.titleMarkup(document, line, pdf, accent));
  }

  private static Page.Marking marking(Marking m) {
    return m.tlp()
        .map(t -> new Page.Marking(t.label(), "tlp " + tlpClass(t)))
        .orElseGet(() -> new Page.Marking(m.text(), "marking-text"));
  }

  private static String tlpClass(Marking.Tlp t) {
    return "tlp-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Page.Brand brand(Branding b, Labels labels, boolean pdf) {
    return b.logo()
        .map(
            logo -> {
              String type = logo.mediaType().toLowerCase(Locale.ROOT).strip();
              if (!LOGO_TYPES_HTML.contains(type)) {
                throw new UnsupportedContentException(
                    "logo must be PNG, JPEG, GIF, WebP or SVG, got media type: " + logo.mediaType(),
                    logo.position());
              }
              // The PDF engine draws PNG and JPEG itself and SVG with Batik; any other type is
              // refused rather than left out of the PDF.
              if (pdf && !LOGO_TYPES_PDF.contains(type)) {
                throw new UnsupportedContentException(
                    "a PDF here holds a PNG, JPEG or SVG logo; got " + type, logo.position());
              }
              return new Page.Brand(
                  b.name(),
                  "data:" + type + ";base64," + Base64.getEncoder().encodeToString(logo.bytes()),
                  labels.get("logo", b.name()));
            })
        .orElseGet(() -> new Page.Brand(b.name(), null, null));
  }

  /** "Page {0} of {1}" split around its two numbers, which the PDF engine's counters fill. */
  private static Page.PageLabel pageLabel(Labels labels) {
    String text = labels.get("page", "\uE000", "\uE001");
    int a = text.indexOf('\uE000');
    int b = text.indexOf('\uE001');
    if (a < 0 || b < a) {
      throw new IllegalStateException("label 'page' must hold {0} before {1}: " + text);
    }
    return new Page.PageLabel(
        text.substring(0, a), text.substring(a + 1, b), text.substring(b + 1));
  }

  private static String screenCss(AccentColour accent) {
    return ":root { --accent: "
        + accent.hex()
        + "; --accent-text: "
        + accent.textOnLight()
        + "; }\n@media (prefers-color-scheme: dark) { :root { --accent-text: "
        + accent.textOnDark()
        + "; } }\n"
        + tlpCss()
        + SCREEN_CSS;
  }

  /**
   * The marking and page number in the margins of every printed page ({@code print-marking.css});
   * the marking's text comes from the spec and is written as an escaped CSS string.
   */
  private static String printMarkingCss(Marking marking, Page.PageLabel page) {
    String text = marking.tlp().map(Marking.Tlp::label).orElse(marking.text());
    int length = length(marking);
    boolean oneLine = length <= MARKING_ONE_LINE;
    Map<String, String> values =
        Map.of(
            "MARKING",
            CssString.quote(text),
            "MARKING_COLOUR",
            marking.tlp().map(Marking.Tlp::colour).orElse("#000000"),
            "MARKING_BACKGROUND",
            marking.tlp().isPresent() ? "#000000" : "#ffffff",
            "MARKING_SIZE",
            oneLine ? "12pt" : "9pt",
            "MARKING_LINE",
            oneLine ? "4.8mm" : "3.6mm",
            "MARKING_LINES",
            String.valueOf(oneLine ? 1 : (length + MARKING_PER_LINE - 1) / MARKING_PER_LINE),
            "PAGE_LABEL",
            CssString.quote(page.before())
                + " counter(page) "
                + CssString.quote(page.middle())
                + " counter(pages) "
                + CssString.quote(page.after()));
    // One pass, so that a value holding a token's name is never replaced again.
    return PRINT_MARKING_TOKEN
        .matcher(PRINT_MARKING_CSS)
        .replaceAll(t -> Matcher.quoteReplacement(values.get(t.group())));
  }

  /**
   * The PDF's print rules ({@code pdf.css}). With a marking, it stands at the head and foot of
   * every page, right, at 12 pt (9 pt for a free text over {@value #MARKING_ONE_LINE} characters,
   * in a box at most {@value #PDF_MARKING_WIDTH_MM} mm wide), and the page number moves to the
   * foot's left; the margins grow when a long marking's estimated lines would not fit in them.
   */
  private static String pdfCss(Meta meta, AccentColour accent) {
    int length = meta.marking().map(HtmlRenderer::length).orElse(0);
    boolean large = length <= MARKING_ONE_LINE;
    int perLine = large ? PDF_MARKING_PER_LINE * 3 / 4 : PDF_MARKING_PER_LINE;
    int lines = (length + perLine - 1) / perLine;
    double size = large ? 12 : 9;
    // Each line 1.25 times the size, with the box's padding and border (3.5 pt); in mm.
    double box = (lines * size * 1.25 + 3.5) * 25.4 / 72;
    return PDF_CSS
            .replace("PAGE_SIZE", pageSize(meta.pageSize()))
            .replace("MARGIN_TOP", millimetres(Math.max(24, 12 + box)))
            .replace("MARGIN_BOTTOM", millimetres(Math.max(22, 10 + box)))
            .replace("FOOT_RIGHT", meta.marking().isEmpty() ? "runningPage" : "runningMarking")
            .replace("MARKING_SIZE", large ? "12pt" : "9pt")
            .replace("MARKING_WIDTH", PDF_MARKING_WIDTH_MM + "mm")
            .replace("ACCENT_TEXT", accent.textOnLight())
            .replace("ACCENT", accent.hex())
        + tlpCss();
  }

  /** The marking's length in characters (code points), a TLP label's being its label's. */
  private static int length(Marking marking) {
    String text = marking.tlp().map(Marking.Tlp::label).orElse(marking.text());
    return text.codePointCount(0, text.length());
  }

  private static String millimetres(double mm) {
    return String.format(Locale.ROOT, "%.1fmm", mm);
  }

  private static String tlpCss() {
    StringBuilder css = new StringBuilder();
    for (Marking.Tlp t : Marking.Tlp.values()) {
      css.append(".marking.")
          .append(tlpClass(t))
          .append(" { color: ")
          .append(t.colour())
          .append("; }\n");
    }
    return css.toString();
  }

  /** The CSS page size for {@link Meta#pageSize()}. */
  static String pageSize(PageSize pageSize) {
    return switch (pageSize) {
      case A4 -> "A4";
      case LETTER -> "letter";
    };
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures an {@link HtmlRenderer}. */
  public static final class Builder {
    private Mode mode = Mode.HTML5;

    private Builder() {}

    /** HTML5 for the web (default) or XHTML for the PDF engine. */
    public Builder mode(Mode mode) {
      this.mode = java.util.Objects.requireNonNull(mode, "mode");
      return this;
    }

    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
