package org.briefing.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a picture's first bytes say it is: its media type and, for raster formats, its size in
 * pixels, read from the header without decoding the picture.
 *
 * <pre>{@code
 * ImageHeader h = ImageHeader.of(bytes).orElseThrow();
 * h.mediaType(); // "image/png"
 * h.width();     // 800
 * }</pre>
 *
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}
 * @param width pixels across; 0 for SVG
 * @param height pixels down; 0 for SVG
 */
public record ImageHeader(String mediaType, int width, int height) {
  /** Largest side accepted, in pixels. */
  public static final int MAX_SIDE = 10_000;

  /** Most pixels accepted in one picture. */
  public static final long MAX_PIXELS = 40_000_000L;

  /** The header of a PNG, JPEG or SVG file; empty for anything else or a broken header. */
  public static Optional<ImageHeader> of(byte[] b) {
    if (b.length >= 24
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[12] == 'I'
        && b[13] == 'H'
        && b[14] == 'D'
        && b[15] == 'R') {
      return Optional.of(new ImageHeader("image/png", int32(b, 16), int32(b, 20)));
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
      return jpeg(b);
    }
    String head =
        new String(b, 0, Math.min(b.length, 2048), StandardCharsets.UTF_8)
            .stripLeading()
            .replace("\uFEFF", "");
    if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--"))
        && head.contains("<svg")) {
      return Optional.of(new ImageHeader("image/svg+xml", 0, 0));
    }
    return Optional.empty();
  }

  /** The media type a file name's extension promises, or empty for other extensions. */
  public static Optional<String> mediaTypeOfName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".png")) {
      return Optional.of("image/png");
    }
    if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
      return Optional.of("image/jpeg");
    }
    if (n.endsWith(".svg")) {
      return Optional.of("image/svg+xml");
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a picture named {@code name} holding {@code bytes}, or empty: its type
   * against its name, a raster's size in pixels, an SVG's content ({@link SelfContainedSvg}).
   */
  public static Optional<String> problem(String name, byte[] bytes) {
    Optional<String> promised = mediaTypeOfName(name);
    if (promised.isEmpty()) {
      return Optional.of("is not a PNG, JPEG or SVG file (by its name)");
    }
    Optional<ImageHeader> h = of(bytes);
    if (h.isEmpty() || !h.get().mediaType().equals(promised.get())) {
      return Optional.of(
          "does not hold "
              + promised.get().substring(6).toUpperCase(Locale.ROOT).replace("+XML", "")
              + " data, as its name says");
    }
    ImageHeader i = h.get();
    if (i.mediaType().equals("image/svg+xml")) {
      return SelfContainedSvg.problem(bytes);
    }
    if (!i.mediaType().equals("image/svg+xml")
        && (i.width() <= 0
            || i.height() <= 0
            || i.width() > MAX_SIDE
            || i.height() > MAX_SIDE
            || (long) i.width() * i.height() > MAX_PIXELS)) {
      return Optional.of(
          "is "
              + Integer.toUnsignedString(i.width())
              + " × "
              + Integer.toUnsignedString(i.height())
              + " pixels; at most "
              + MAX_SIDE
              + " a side and "
              + MAX_PIXELS
              + " in all");
    }
    return Optional.empty();
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  /** Walks the JPEG markers to the first start-of-frame, which holds the size. */
  private static Optional<ImageHeader> jpeg(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xff) != 0xFF) {
        return Optional.empty();
      }
      int marker = b[i + 1] & 0xff;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
      boolean frame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        int height = ((b[i + 5] & 0xff) << 8) | (b[i + 6] & 0xff);
        int width = ((b[i + 7] & 0xff) << 8) | (b[i + 8] & 0xff);
        return Optional.of(new ImageHeader("image/jpeg", width, height));
      }
      if (length < 2) {
        return Optional.empty();
      }
      i += 2 + length;
    }
    return Optional.empty();
  }
}
