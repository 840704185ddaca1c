package org.briefing.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.briefing.render.PictureProblem;
import org.briefing.render.UnsupportedContentException;

/**
 * A picture's size in pixels, read from its header only (the pixels are never decoded, so a hostile
 * picture cannot make the renderer allocate its full size).
 */
final class PictureSize {
  /** The largest side accepted, in pixels. */
  private static final int MAX_SIDE = 20_000;

  private PictureSize() {}

  /**
   * Width and height in pixels.
   *
   * @throws UnsupportedContentException when the bytes are not a readable picture of that type; its
   *     message says what is wrong after the picture's name
   */
  static int[] of(byte[] data, String mediaType) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
    if (!readers.hasNext()) {
      throw new UnsupportedContentException(
          "is of a type no reader here takes (" + mediaType + ")");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
        throw new UnsupportedContentException(
            "is " + width + "×" + height + " pixels, too large for a Word document");
      }
      return new int[] {width, height};
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnsupportedContentException u) {
        throw u;
      }
      throw new UnsupportedContentException(
          "is not a readable " + mediaType + " file: " + PictureProblem.reason(e));
    } finally {
      reader.dispose();
    }
  }

  /**
   * The size a picture of {@code width} × {@code height} pixels is placed at, in EMU: at 96 pixels
   * an inch, made smaller (keeping its proportions) to fit within {@code maxWidth} × {@code
   * maxHeight} EMU; at least 1 EMU a side.
   */
  static long[] placed(double width, double height, long maxWidth, long maxHeight) {
    long w = Math.round(width * 9525);
    long h = Math.round(height * 9525);
    if (w > maxWidth) {
      h = h * maxWidth / w;
      w = maxWidth;
    }
    if (h > maxHeight) {
      w = w * maxHeight / h;
      h = maxHeight;
    }
    return new long[] {Math.max(1, w), Math.max(1, h)};
  }
}
