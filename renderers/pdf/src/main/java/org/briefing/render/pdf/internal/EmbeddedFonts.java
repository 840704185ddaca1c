package org.briefing.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts shipped in this module ({@code fonts/}, with their licence), parsed once per JVM
 * and embedded as subsets. Every family the XHTML's CSS can reach is registered, including the
 * generic names, because the engine fails on an unregistered family.
 *
 * <pre>{@code EmbeddedFonts.register(builder, pdDocument);}</pre>
 *
 * <p>The parsed fonts are shared by every render: FontBox guards its table reads with locks, and a
 * font is bound to a document only when the layout first needs it.
 */
public final class EmbeddedFonts {
  private record Face(String file, int weight, FontStyle style, List<String> families) {}

  private static final List<String> SERIF = List.of("DejaVu Serif", "serif");
  private static final List<String> SANS = List.of("DejaVu Sans", "sans-serif");
  private static final List<String> MONO = List.of("DejaVu Sans Mono", "monospace");

  private static final List<Face> FACES =
      List.of(
          new Face("DejaVuSerif.ttf", 400, FontStyle.NORMAL, SERIF),
          new Face("DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL, SERIF),
          new Face("DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC, SERIF),
          new Face("DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC, SERIF),
          new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL, SANS),
          new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL, SANS),
          new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC, SANS),
          new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC, SANS),
          new Face("DejaVuSansMono.ttf", 400, FontStyle.NORMAL, MONO),
          new Face("DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL, MONO));

  private EmbeddedFonts() {}

  /** Parsed on first use, then kept for the life of the JVM. */
  private static final class Parsed {
    static final List<TrueTypeFont> FONTS = FACES.stream().map(f -> parse(f.file())).toList();
  }

  private static TrueTypeFont parse(String file) {
    try (InputStream in =
        EmbeddedFonts.class.getResourceAsStream("/org/briefing/render/pdf/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing font resource " + file);
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + file, e);
    }
  }

  /** Registers every face with the builder; each is embedded in {@code document} if used. */
  public static void register(PdfRendererBuilder builder, PDDocument document) {
    for (int i = 0; i < FACES.size(); i++) {
      Face face = FACES.get(i);
      TrueTypeFont ttf = Parsed.FONTS.get(i);
      for (String family : face.families()) {
        builder.useFont(new Subset(document, ttf), family, face.weight(), face.style(), true);
      }
    }
  }

  /** Loads the parsed font into the document when the layout first asks for it. */
  private static final class Subset extends PDFontSupplier {
    private final PDDocument document;
    private final TrueTypeFont ttf;
    private PDFont font;

    Subset(PDDocument document, TrueTypeFont ttf) {
      super(null);
      this.document = document;
      this.ttf = ttf;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }
  }
}
