package org.briefing.render.docx.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.briefing.files.SelfContainedSvg;
import org.briefing.render.PictureProblem;
import org.briefing.render.UnsupportedContentException;

/**
 * Draws an SVG picture (a figure's or a logo) as a PNG for Word, which does not show SVG without a
 * PNG beside it in every version: at {@value #DPI} dots an inch of the size it is placed at in the
 * document, at most {@value #MAX_SIDE} pixels a side.
 *
 * <p>The picture is checked again to be self-contained ({@link SelfContainedSvg}) before Batik
 * reads it, and Batik is told to load nothing outside it and to run nothing. The PNG is written by
 * the JDK's own writer from the pixels alone, as the charts are ({@link ChartPicture}): no time, no
 * text chunks, so the same picture gives the same bytes. Its text is set in the shipped DejaVu Sans
 * ({@link ShippedFontFamily}), not in whatever fonts the machine has.
 *
 * <pre>{@code
 * SvgPicture.Drawn png = SvgPicture.draw(svg, 16 * 360_000L, 24 * 360_000L);
 * }</pre>
 */
final class SvgPicture {
  /** Dots an inch of the picture's size on the page. */
  static final int DPI = 300;

  /** The largest side drawn, in pixels. */
  static final int MAX_SIDE = 4000;

  private static final long EMU_PER_INCH = 914_400;

  /**
   * A drawn picture: its PNG bytes, its size in pixels and the size it is placed at, in EMU.
   *
   * @param widthEmu the width on the page (914,400 an inch)
   * @param heightEmu the height on the page
   */
  record Drawn(byte[] png, int width, int height, long widthEmu, long heightEmu) {}

  private SvgPicture() {}

  /**
   * Draws {@code svg} at its own size (96 user units an inch, as a browser shows it), made smaller
   * to fit within {@code maxWidth} × {@code maxHeight} EMU.
   *
   * @throws UnsupportedContentException when the picture is not a self-contained SVG that Batik can
   *     draw; its message says what is wrong after the picture's name ("could not be drawn: …")
   */
  static Drawn draw(byte[] svg, long maxWidth, long maxHeight) {
    Optional<String> wrong = SelfContainedSvg.problem(svg);
    if (wrong.isPresent()) {
      throw new UnsupportedContentException(wrong.get());
    }
    Rasterizer r = new Rasterizer(maxWidth, maxHeight);
    r.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
    r.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
    r.addTranscodingHint(SVGAbstractTranscoder.KEY_CONSTRAIN_SCRIPT_ORIGIN, Boolean.TRUE);
    r.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOWED_SCRIPT_TYPES, "");
    r.setErrorHandler(Rasterizer.STRICT);
    try {
      r.transcode(new TranscoderInput(new ByteArrayInputStream(svg)), new TranscoderOutput());
    } catch (TranscoderException | RuntimeException e) {
      if (e instanceof UnsupportedContentException u) {
        throw u;
      }
      throw new UnsupportedContentException("could not be drawn: " + PictureProblem.reason(e));
    }
    if (r.image == null) {
      throw new UnsupportedContentException("could not be drawn: it drew nothing");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(r.image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Drawn(
        out.toByteArray(), r.image.getWidth(), r.image.getHeight(), r.widthEmu, r.heightEmu);
  }

  /** Pixels at {@link #DPI} for a length in EMU, at least one. */
  static int pixels(long emu) {
    return (int) Math.max(1, Math.round((double) emu * DPI / EMU_PER_INCH));
  }

  /** Batik's image transcoder, sized by the page and keeping the image in memory. */
  private static final class Rasterizer extends ImageTranscoder {
    /** Fails on Batik's errors instead of printing them; ignores its warnings. */
    static final ErrorHandler STRICT =
        new ErrorHandler() {
          @Override
          public void error(TranscoderException e) throws TranscoderException {
            throw e;
          }

          @Override
          public void fatalError(TranscoderException e) throws TranscoderException {
            throw e;
          }

          @Override
          public void warning(TranscoderException e) {}
        };

    private final long maxWidth;
    private final long maxHeight;
    private long widthEmu;
    private long heightEmu;
    private BufferedImage image;

    Rasterizer(long maxWidth, long maxHeight) {
      this.maxWidth = maxWidth;
      this.maxHeight = maxHeight;
    }

    /** Called with the picture's own size in user units (CSS pixels); sets the size drawn. */
    @Override
    protected void setImageSize(float docWidth, float docHeight) {
      if (!(docWidth > 0) || !(docHeight > 0) || Float.isInfinite(docWidth + docHeight)) {
        throw new UnsupportedContentException(
            "has no size: give its <svg> a width and height, or a viewBox");
      }
      long[] placed = PictureSize.placed(docWidth, docHeight, maxWidth, maxHeight);
      widthEmu = placed[0];
      heightEmu = placed[1];
      double w = pixels(widthEmu);
      double h = pixels(heightEmu);
      double scale = Math.min(1, Math.min(MAX_SIDE / w, MAX_SIDE / h));
      width = (float) Math.max(1, Math.round(w * scale));
      height = (float) Math.max(1, Math.round(h * scale));
    }

    /** Text in the shipped DejaVu Sans, whatever family the picture names. */
    @Override
    protected UserAgent createUserAgent() {
      return new SVGAbstractTranscoderUserAgent() {
        @Override
        public FontFamilyResolver getFontFamilyResolver() {
          return ShippedFontFamily.RESOLVER;
        }
      };
    }

    @Override
    public BufferedImage createImage(int w, int h) {
      return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
      image = img;
    }
  }
}
