package org.briefing.render.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts shipped in this module ({@code fonts/}, with their licence), parsed once per JVM
 * and embedded as subsets. They are unhinted copies ({@code renderers/pdf/tools/dehint-fonts.py}):
 * PDF viewers do not use TrueType hinting, which made up most of each embedded subset. Every family
 * the XHTML's CSS can reach is registered, including the generic names, because the engine fails on
 * an unregistered family.
 *
 * <pre>{@code EmbeddedFonts.register(builder, pdDocument);}</pre>
 *
 * <p>The parsed fonts are shared by every render: FontBox guards its table reads with locks, and a
 * font is bound to a document only when the layout first needs it.
 */
public final class EmbeddedFonts {
  private record Face(String file, int weight, FontStyle style, List<String> families) {}

  /** The families, each with the generic name that reaches it too, and its shipped faces. */
  private static final List<List<String>> FAMILIES =
      List.of(
          List.of("DejaVu Serif", "serif"),
          List.of("DejaVu Sans", "sans-serif"),
          List.of("DejaVu Sans Mono", "monospace"));

  private static final List<Face> SHIPPED =
      List.of(
          new Face("DejaVuSerif.ttf", 400, FontStyle.NORMAL, FAMILIES.get(0)),
          new Face("DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL, FAMILIES.get(0)),
          new Face("DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC, FAMILIES.get(0)),
          new Face("DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC, FAMILIES.get(0)),
          new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL, FAMILIES.get(1)),
          new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL, FAMILIES.get(1)),
          new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC, FAMILIES.get(1)),
          new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC, FAMILIES.get(1)),
          new Face("DejaVuSansMono.ttf", 400, FontStyle.NORMAL, FAMILIES.get(2)),
          new Face("DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL, FAMILIES.get(2)));

  /** The family name under which a family's full faces are registered. */
  private static String full(String family) {
    return family + " Full";
  }

  /**
   * Each shipped face twice: its core face ({@code fonts/core/}, made with the unhinted copies by
   * {@code renderers/pdf/tools/dehint-fonts.py}: Latin, Greek, Cyrillic, punctuation and the common
   * symbols) under the names the style sheets use, then the full face under a name of its own,
   * which the PDF's style sheet lists after the core face as the fallback for any other character
   * ({@link #fallbacks}). PDFBox builds the width of every glyph of a face for each document that
   * uses it; the core faces have a third to a half of the glyphs.
   */
  private static final List<Face> FACES =
      Stream.concat(
              SHIPPED.stream()
                  .map(f -> new Face("core/" + f.file(), f.weight(), f.style(), f.families())),
              SHIPPED.stream()
                  .map(
                      f ->
                          new Face(
                              f.file(), f.weight(), f.style(), List.of(full(f.families().get(0))))))
          .toList();

  /**
   * The families a style sheet lists after {@code family} (one of the shipped families, by its
   * name): its own full faces, then the full sans and the full serif faces.
   */
  public static List<String> fallbacks(String family) {
    Set<String> out = new LinkedHashSet<>();
    out.add(full(family));
    out.add(full(FAMILIES.get(1).get(0)));
    out.add(full(FAMILIES.get(0).get(0)));
    return List.copyOf(out);
  }

  private EmbeddedFonts() {}

  /**
   * Each face is parsed when a document first uses it (or by {@link #prepare}), then kept for the
   * life of the JVM. Each face has a lock of its own, so that a render never waits for the parsing
   * of a face it does not need yet.
   */
  private static final AtomicReferenceArray<TrueTypeFont> PARSED =
      new AtomicReferenceArray<>(FACES.size());

  private static final Object[] LOCKS =
      IntStream.range(0, FACES.size()).mapToObj(i -> new Object()).toArray();

  private static TrueTypeFont parsed(int face) {
    TrueTypeFont font = PARSED.get(face);
    if (font != null) {
      return font;
    }
    synchronized (LOCKS[face]) {
      font = PARSED.get(face);
      if (font == null) {
        font = parse(FACES.get(face).file());
        PARSED.set(face, font);
      }
      return font;
    }
  }

  private static TrueTypeFont parse(String file) {
    try (InputStream in =
        EmbeddedFonts.class.getResourceAsStream("/org/briefing/render/pdf/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing font resource " + file);
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      // PDFBox applies the font's GSUB ligatures (fi, ff, fl), whose glyphs read back as the
      // ligature code points (U+FB00..U+FB06) in copied, searched and spoken text. Letters only.
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + file, e);
    }
  }

  /** The full upright regular faces, in the order a missing glyph is looked for. */
  private static final int[] COVERAGE =
      IntStream.range(SHIPPED.size(), FACES.size())
          .filter(i -> FACES.get(i).weight() == 400 && FACES.get(i).style() == FontStyle.NORMAL)
          .toArray();

  /**
   * The core face of the first of them, the serif body face: made from the full face, it has a
   * subset of its glyphs, and every document draws with it, so a character it has is known without
   * parsing a full face.
   */
  private static final int CORE_BODY = COVERAGE[0] - SHIPPED.size();

  /**
   * Whether a shipped font has a glyph for the code point: the serif body face, or the sans and
   * mono faces that the style sheet names after it as fallbacks. The full faces are parsed only for
   * a character that the core body face lacks.
   */
  public static boolean covers(int codePoint) {
    try {
      if (parsed(CORE_BODY).getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
        return true;
      }
      for (int face : COVERAGE) {
        if (parsed(face).getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
          return true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  /**
   * The faces {@link #prepare} parses, in the order a render first asks for them: the core serif
   * and sans faces, regular, bold and italic, which the style sheets draw body text, headings,
   * captions and emphasis with. The bold italic, monospace and full faces wait for a document that
   * uses them: a full face is drawn with only for a character its core face lacks, and its metrics
   * come from {@link #SHIPPED_METRICS}.
   */
  private static final int[] PREPARED = prepared();

  private static int[] prepared() {
    Set<Integer> out = new LinkedHashSet<>();
    out.add(CORE_BODY);
    record Kind(int weight, FontStyle style) {}
    List<Kind> kinds =
        List.of(
            new Kind(400, FontStyle.NORMAL),
            new Kind(700, FontStyle.NORMAL),
            new Kind(400, FontStyle.ITALIC));
    for (Kind kind : kinds) {
      for (int i = 0; i < SHIPPED.size(); i++) {
        Face face = FACES.get(i);
        boolean mono = face.families().equals(FAMILIES.get(2));
        if (!mono && face.weight() == kind.weight() && face.style() == kind.style()) {
          out.add(i);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Parses ahead, once per process, the faces that almost every document draws with ({@link
   * #PREPARED}); any other face is parsed when first used, as without this.
   */
  public static void prepare() {
    for (int face : PREPARED) {
      parsed(face);
    }
  }

  /**
   * Registers every face with the builder; each is embedded in {@code document} if used, once
   * whichever of its family names the style sheet reaches it by (one font program per face). A face
   * is loaded into the document only to draw with it: its metrics (ascent, descent, line positions)
   * come from {@link #METRICS}, kept for the process.
   */
  public static Loaded register(PdfRendererBuilder builder, PDDocument document) {
    return register(builder, document, METRICS);
  }

  /** {@link #register}, with the engine's font metrics kept in {@code metrics} (for tests). */
  static Loaded register(PdfRendererBuilder builder, PDDocument document, MetricsCache metrics) {
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
    List<Subset> subsets = new ArrayList<>();
    for (int i = 0; i < FACES.size(); i++) {
      Face face = FACES.get(i);
      Subset subset = new Subset(document, i);
      subsets.add(subset);
      for (String family : face.families()) {
        builder.useFont(subset, family, face.weight(), face.style(), true);
      }
    }
    return new Loaded(document, subsets);
  }

  /** The faces registered for one document, and which of them the layout loaded into it. */
  public static final class Loaded {
    private final PDDocument document;
    private final List<Subset> subsets;

    private Loaded(PDDocument document, List<Subset> subsets) {
      this.document = document;
      this.subsets = subsets;
    }

    /** The fonts loaded into the document, each with its face's index. */
    Map<PDType0Font, Integer> fonts() {
      Map<PDType0Font, Integer> out = new LinkedHashMap<>();
      for (Subset s : subsets) {
        if (s.font != null) {
          out.put(s.font, s.face);
        }
      }
      return out;
    }

    /**
     * Saves the document, each face subset to what it draws: with the subset made before for the
     * same face and characters where there is one ({@link KeptSubsets}), by PDFBox otherwise.
     */
    public void save(OutputStream out, CompressParameters compression) throws IOException {
      List<KeptSubsets.Pending> made = KeptSubsets.reuse(document, fonts());
      document.save(out, compression);
      KeptSubsets.keep(made);
    }
  }

  /** The shipped faces' files, in registration order (core faces first; for tests). */
  static List<String> files() {
    return FACES.stream().map(Face::file).toList();
  }

  /** The engine's font metrics of a shipped face, by its file ({@link #SHIPPED_METRICS}). */
  static PdfBoxRawPDFontMetrics shippedMetrics(String file) {
    return SHIPPED_METRICS.get(file);
  }

  /**
   * Each face's metrics as the engine computes them from the face loaded into a document ({@code
   * PdfBoxRawPDFontMetrics.fromPdfBox}), read from {@code fonts/metrics.tsv}, which
   * EmbeddedFontsTest checks against the engine. The engine takes the metrics of every face in an
   * element's family list, the fallbacks' too: without these, a cold process parsed and loaded the
   * six full faces behind the core ones only for their metrics (about 6 MB of parsed tables kept,
   * which every garbage collection of a cold build copied).
   */
  private static final Map<String, PdfBoxRawPDFontMetrics> SHIPPED_METRICS = readMetrics();

  private static Map<String, PdfBoxRawPDFontMetrics> readMetrics() {
    String text;
    try (InputStream in =
        EmbeddedFonts.class.getResourceAsStream("/org/briefing/render/pdf/fonts/metrics.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing font resource metrics.tsv");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font metrics", e);
    }
    Map<String, PdfBoxRawPDFontMetrics> out = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      float[] v = new float[7];
      for (int i = 0; i < v.length; i++) {
        v[i] = Float.parseFloat(f[i + 1]);
      }
      out.put(f[0], new PdfBoxRawPDFontMetrics(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
    }
    return Map.copyOf(out);
  }

  /**
   * The engine's font metrics of each registered face (its key names the family, weight and style),
   * from {@link #SHIPPED_METRICS}, else made the first time a document needs them. The engine takes
   * the line metrics of every face in an element's family list, the fallbacks' too: without this it
   * would load each such face into every document (about a quarter of a millisecond each), even one
   * it never draws with nor embeds, such as the serif italic behind a sans-serif italic.
   */
  private static final MetricsCache METRICS = new MetricsCache();

  static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();
    private final AtomicInteger made = new AtomicInteger();

    MetricsCache() {
      this(true);
    }

    private MetricsCache(boolean shipped) {
      for (Face face : shipped ? FACES : List.<Face>of()) {
        PdfBoxRawPDFontMetrics metrics = SHIPPED_METRICS.get(face.file());
        if (metrics == null) {
          continue;
        }
        for (String family : face.families()) {
          values.put(key(family, face.weight(), face.style()), metrics);
        }
      }
    }

    /** The engine's key (PdfBoxFontResolver.FontDescription) for a face's metrics. */
    private static String key(String family, int weight, FontStyle style) {
      IdentValue ident =
          switch (style) {
            case NORMAL -> IdentValue.NORMAL;
            case ITALIC -> IdentValue.ITALIC;
            case OBLIQUE -> IdentValue.OBLIQUE;
          };
      return "font-metrics2:" + family + ":" + weight + ":" + ident;
    }

    /** A cache that starts empty (for tests). */
    static MetricsCache withoutShippedMetrics() {
      return new MetricsCache(false);
    }

    /** How many metrics the engine had to make by loading a face (for tests). */
    int made() {
      return made.get();
    }

    @Override
    public void put(String key, FSCacheValue value) {
      made.incrementAndGet();
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return values.computeIfAbsent(
          key,
          k -> {
            made.incrementAndGet();
            try {
              return loader.call();
            } catch (Exception e) {
              throw new IllegalStateException("cannot load font metrics " + k, e);
            }
          });
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }
  }

  /** Loads the parsed font into the document when the layout first asks for it. */
  private static final class Subset extends PDFontSupplier {
    private final PDDocument document;
    private final int face;
    private PDType0Font font;

    Subset(PDDocument document, int face) {
      super(null);
      this.document = document;
      this.face = face;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = FastCodes.install(PDType0Font.load(document, parsed(face), true));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }
  }
}
