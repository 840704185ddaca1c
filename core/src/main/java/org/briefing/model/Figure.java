package org.briefing.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.briefing.diagnostics.SourcePosition;

/**
 * A figure of the paper: a chart of numbers the paper gives (bars or a line, one or several
 * series), or a picture with its text alternative.
 *
 * @param number the figure number, empty for data that is not a numbered figure
 * @param unit printed after each value ("%"), may be empty
 * @param source the source line (without the word "Source")
 * @param sourceInferred whether the paper names no source and the corpus infers it: the output says
 *     so
 * @param footnote the footnote that gives the data, if any
 * @param categories the category labels, in order
 * @param series the values, one list per series, one value (or null) per category
 * @param image the picture (for {@link Kind#IMAGE}): its file, relative to the corpus
 * @param alt the text alternative of a picture (required for {@link Kind#IMAGE})
 */
public record Figure(
    String id,
    Optional<Integer> number,
    Kind kind,
    String title,
    String unit,
    String source,
    boolean sourceInferred,
    Optional<Integer> footnote,
    List<String> categories,
    List<Series> series,
    Optional<Picture> image,
    String alt,
    List<String> notes) {
  public Figure {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    notes = List.copyOf(notes);
    unit = unit == null ? "" : unit;
    alt = alt == null ? "" : alt;
  }

  /** How a figure shows itself. */
  public enum Kind {
    BAR,
    LINE,
    IMAGE;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One series of values.
   *
   * @param name the series name, empty for the single series of a one-series chart
   * @param values one value per category, null where the paper gives none
   */
  public record Series(String name, List<BigDecimal> values) {
    public Series {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
  }

  /**
   * A picture file read from the corpus.
   *
   * @param position where the corpus names the file (the value of the figure's {@code image:}), so
   *     that a picture the output cannot draw is reported there
   */
  public record Picture(String file, byte[] bytes, String mediaType, SourcePosition position) {
    public Picture {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Picture p
          && p.file.equals(file)
          && java.util.Arrays.equals(p.bytes, bytes)
          && p.mediaType.equals(mediaType)
          && p.position.equals(position);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(file, java.util.Arrays.hashCode(bytes), mediaType, position);
    }

    @Override
    public String toString() {
      return "Picture["
          + file
          + ", "
          + mediaType
          + ", "
          + bytes.length
          + " bytes, at "
          + position
          + "]";
    }
  }
}
