package org.briefing.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.briefing.document.Document;
import org.briefing.render.GiveWay;
import org.briefing.render.PictureProblem;
import org.briefing.render.RenderReport;
import org.briefing.render.Renderer;
import org.briefing.render.UnsupportedContentException;
import org.briefing.render.html.HtmlRenderer;
import org.briefing.render.pdf.internal.ChartText;
import org.briefing.render.pdf.internal.ContentCompaction;
import org.briefing.render.pdf.internal.EmbeddedFonts;
import org.briefing.render.pdf.internal.EngineLog;
import org.briefing.render.pdf.internal.EngineOptions;
import org.briefing.render.pdf.internal.EnginePacket;
import org.briefing.render.pdf.internal.FailedPicture;
import org.briefing.render.pdf.internal.InlineObjects;
import org.briefing.render.pdf.internal.PdfMetadata;
import org.briefing.render.pdf.internal.RepeatedHeaders;
import org.briefing.render.pdf.internal.StyleSheets;
import org.briefing.render.pdf.internal.TableLayout;
import org.briefing.render.pdf.internal.TagTree;
import org.briefing.render.pdf.internal.XhtmlFixes;

/**
 * Writes a briefing as a PDF/A-2b and PDF/UA-1 file: the {@link HtmlRenderer} lays the document out
 * as XHTML with print CSS ({@link HtmlRenderer.Mode#XHTML_FOR_PDF}), openhtmltopdf turns it into a
 * tagged PDF with the embedded DejaVu fonts, bookmarks, a clickable table of contents and a running
 * header and footer; then the metadata are rewritten with PDFBox so that the same document always
 * gives the same bytes. Before saving, the page content is compacted ({@link ContentCompaction}).
 *
 * <pre>{@code
 * Renderer pdf = PdfRenderer.builder().build();
 * try (OutputStream out = Files.newOutputStream(Path.of("briefing.pdf"))) {
 *   pdf.render(document, out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Each font is parsed once per JVM, when first used. The same
 * document gives byte-identical PDFs on JDK 17 and JDK 25 (the sRGB profile's header is made the
 * same, {@link #sameProfileOnEveryJdk}); a Java build whose zlib compresses differently may give
 * other bytes, with the same content.
 */
public final class PdfRenderer implements Renderer {
  private static final byte[] MSFT = "MSFT".getBytes(StandardCharsets.US_ASCII);
  private static final HtmlRenderer XHTML =
      HtmlRenderer.builder().mode(HtmlRenderer.Mode.XHTML_FOR_PDF).build();

  /**
   * The output intent's profile: the JDK's sRGB profile, with the primary platform in its header
   * set to {@code MSFT}, the value in the JDK's own profile file. Through the JDK's colour module
   * (as PDFBox's {@link PDOutputIntent} reads a profile), Temurin 25 with its own Little CMS keeps
   * {@code MSFT} and Debian's JDK 17 with the system's writes {@code APPL}; the same briefing's PDF
   * would then differ in those four bytes (and so in its ID) with the JDK that made it. A profile
   * with an ID (the MD5 in bytes 84 to 99, which covers the header) is left as it is.
   */
  static byte[] sameProfileOnEveryJdk(byte[] jdkProfile) {
    byte[] profile = jdkProfile.clone();
    if (profile.length >= 128
        && !Arrays.equals(profile, 40, 44, MSFT, 0, 4)
        && Arrays.equals(profile, 84, 100, new byte[16], 0, 16)) {
      System.arraycopy(MSFT, 0, profile, 40, 4);
    }
    return profile;
  }

  /**
   * Adds the sRGB output intent that PDF/A asks for, its profile compressed once per process
   * ({@link OutputProfile}): made by PDFBox's {@link PDOutputIntent} for each document, reading the
   * profile through the JDK's colour module and compressing it again, it took about a third of a
   * millisecond of every briefing of a batch. The same entries as {@link PDOutputIntent} writes.
   */
  static void addOutputIntent(PDDocument pdf) throws IOException {
    COSStream profile = pdf.getDocument().createCOSStream();
    profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream out = profile.createRawOutputStream()) {
      out.write(OutputProfile.DEFLATED);
    }
    profile.setInt(COSName.N, OutputProfile.COMPONENTS);
    PDOutputIntent intent = new PDOutputIntent(new COSDictionary());
    COSDictionary dictionary = intent.getCOSObject();
    dictionary.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
    dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
    dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    intent.setInfo(SRGB_NAME);
    intent.setOutputCondition(SRGB_NAME);
    intent.setOutputConditionIdentifier(SRGB_NAME);
    intent.setRegistryName("http://www.color.org");
    pdf.getDocumentCatalog().addOutputIntent(intent);
  }

  private static final String SRGB_NAME = "sRGB IEC61966-2.1";

  /** The output intent's profile ({@link #sameProfileOnEveryJdk}), compressed as PDFBox would. */
  private static final class OutputProfile {
    static final int COMPONENTS = 3;
    static final byte[] DEFLATED = deflated();

    private static byte[] deflated() {
      byte[] profile = sameProfileOnEveryJdk(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      COSStream stream = new COSStream();
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(profile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try (InputStream in = stream.createRawInputStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Object streams (PDF 1.5, allowed by PDF/A-2) and a compressed cross-reference stream, 1,000
   * objects to a stream (PDFBox's default is 100): the many small structure elements compress
   * better together.
   */
  private static final CompressParameters COMPRESSION = new CompressParameters(1000);

  static {
    EngineLog.install();
    // Streams are deflated at zlib's default level (6), which PDFBox uses unless its property
    // says otherwise. Level 9, used before, made the full article 1 % smaller (1.3 KB) for twice
    // the compressing time: 24 ms against 12 ms of its 500 KB of streams (docs/performance.md).
  }

  private final String creatorTool;

  private PdfRenderer(Builder b) {
    this.creatorTool = b.creatorTool;
  }

  /**
   * Does once per process, ahead of the first render, what it would do first: initialises this
   * class (the XHTML writer, the colour profile), finds what the metadata needs ({@link
   * PdfMetadata#prepare}) and parses the faces the style sheets draw with ({@link
   * EmbeddedFonts#prepare}).
   */
  public static void prepare() {
    EmbeddedFonts.prepare();
    Objects.requireNonNull(OutputProfile.DEFLATED);
    PdfMetadata.prepare();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public String extension() {
    return "pdf";
  }

  /**
   * Writes the PDF.
   *
   * @throws IllegalArgumentException as {@link HtmlRenderer#renderToString} does for a bad accent
   *     colour or page size
   */
  @Override
  public void render(Document document, OutputStream out) throws IOException {
    renderReporting(document, out);
  }

  /**
   * Writes the PDF and reports its pages after layout and a warning for each character that no
   * shipped font has (printed as its code, such as "[U+1F600]").
   */
  @Override
  public RenderReport renderReporting(Document document, OutputStream out) throws IOException {
    try {
      return draw(document, out);
    } catch (FailedPicture.NotDrawn e) {
      throw FailedPicture.find(
          document, e.reason(), alone -> draw(alone, OutputStream.nullOutputStream()));
    }
  }

  /**
   * Writes the PDF.
   *
   * @throws FailedPicture.NotDrawn when the engine fails to load or draw a picture
   */
  private RenderReport draw(Document document, OutputStream out) throws IOException {
    // A render that is to give way (watch's warm-up) also stops between the steps below; the
    // engine's layout and painting stop within it (GlyphWidths).
    BooleanSupplier stop = GiveWay.current();
    String xhtml = XHTML.renderToString(document);
    GiveWay.check(stop);
    ChartText.prepareAhead(xhtml);
    // The document's ID, hashed from its XHTML on another thread while this one lays it out.
    CompletableFuture<byte[]> contentHash =
        CompletableFuture.supplyAsync(() -> PdfMetadata.contentHash(xhtml));
    XhtmlFixes fixes = XhtmlFixes.apply(xhtml);
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.withW3cDocument(fixes.document(), null);
      EngineOptions.apply(builder, document.meta().language().code());
      builder.withProducer(creatorTool);
      StyleSheets styles = new StyleSheets();
      builder.useNamespaceHandler(styles);
      EmbeddedFonts.Loaded fonts = EmbeddedFonts.register(builder, pdf);
      List<String> warnings = new ArrayList<>(fixes.warnings());
      try (EngineLog.Capture pictures = EngineLog.capture();
          PdfBoxRenderer renderer = engine(() -> TableLayout.layOut(builder, warnings))) {
        styles.keep();
        EnginePacket.skip(renderer, pdf, document.meta().language().code());
        engine(
            () -> {
              renderer.createPDFWithoutClosing();
              return renderer;
            });
        if (!pictures.pictureProblems().isEmpty()) {
          throw new FailedPicture.NotDrawn(pictures.pictureProblems().get(0));
        }
        GiveWay.check(stop);
        TagTree.tidy(pdf);
        Map<Integer, Set<Integer>> headCopies = RepeatedHeaders.untag(pdf);
        addOutputIntent(pdf);
        RepeatedHeaders.forget(
            pdf,
            ContentCompaction.apply(pdf, headCopies, RepeatedHeaders.cellsWithSeveralMarks(pdf)));
        InlineObjects.apply(pdf);
        GiveWay.check(stop);
        PdfMetadata.apply(pdf, document.meta(), contentHash.join(), creatorTool);
        fonts.save(out, COMPRESSION);
        return new RenderReport(OptionalInt.of(pdf.getNumberOfPages()), warnings);
      }
    }
  }

  /**
   * Runs a step of the engine, turning a failure to load or draw a picture (an SVG that Batik or
   * the engine's XML reader cannot take) into the input's error rather than a crash. The corpus and
   * spec checks refuse such pictures first ({@code SelfContainedSvg}); this is what is left.
   */
  private static <T> T engine(EngineStep<T> step) throws IOException {
    try {
      return step.get();
    } catch (RuntimeException e) {
      if (e instanceof UnsupportedContentException
          || e instanceof FailedPicture.NotDrawn
          || !fromPicture(e)) {
        throw e;
      }
      throw new FailedPicture.NotDrawn(PictureProblem.reason(e));
    }
  }

  /** A step of the engine. */
  private interface EngineStep<T> {
    T get() throws IOException;
  }

  /** Whether a failure comes from drawing or loading a picture (its stack passes through it). */
  static boolean fromPicture(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 8; t = t.getCause(), depth++) {
      for (StackTraceElement e : t.getStackTrace()) {
        String c = e.getClassName();
        if (c.startsWith("org.apache.batik.")
            || c.startsWith("com.openhtmltopdf.svgsupport.")
            || c.equals("com.openhtmltopdf.resource.XMLResource")
            || c.startsWith("com.openhtmltopdf.resource.XMLResource$")
            || c.startsWith("com.openhtmltopdf.pdfboxout.PdfBoxSVGReplacedElement")
            || c.startsWith("com.openhtmltopdf.pdfboxout.PdfBoxReplacedElementFactory")
            || c.startsWith("com.openhtmltopdf.pdfboxout.PdfBoxImage")
            || c.startsWith("javax.imageio.")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Configures a {@link PdfRenderer}. */
  public static final class Builder {
    private String creatorTool = "Briefing";

    private Builder() {}

    /** The application named as the PDF's creator (info /Creator and xmp:CreatorTool). */
    public Builder creatorTool(String creatorTool) {
      this.creatorTool = Objects.requireNonNull(creatorTool, "creatorTool");
      return this;
    }

    public PdfRenderer build() {
      return new PdfRenderer(this);
    }
  }
}
