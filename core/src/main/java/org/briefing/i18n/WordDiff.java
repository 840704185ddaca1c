package org.briefing.i18n;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word diff of two texts, written as {@code git diff --word-diff} does: removed words as {@code
 * [-old words-]}, added ones as {@code {+new words+}}, the rest as it is. The diff itself comes
 * from java-diff-utils (Myers' algorithm) over the white-space separated words.
 *
 * <pre>{@code
 * WordDiff.of("Lithuania closed the border", "Lithuania opened the border")
 * // "Lithuania [-closed-] {+opened+} the border"
 * }</pre>
 */
public final class WordDiff {
  /** One run of words: kept, removed or added. */
  public record Part(Kind kind, String text) {}

  /** What happened to a run of words. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  private WordDiff() {}

  /** The runs of words from before to after, in order. */
  public static List<Part> parts(String before, String after) {
    List<String> a = words(before);
    List<String> b = words(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Part> parts = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int from = d.getSource().getPosition();
      if (from > at) {
        parts.add(new Part(Kind.SAME, String.join(" ", a.subList(at, from))));
      }
      if (!d.getSource().getLines().isEmpty()) {
        parts.add(new Part(Kind.REMOVED, String.join(" ", d.getSource().getLines())));
      }
      if (!d.getTarget().getLines().isEmpty()) {
        parts.add(new Part(Kind.ADDED, String.join(" ", d.getTarget().getLines())));
      }
      at = from + d.getSource().size();
    }
    if (at < a.size()) {
      parts.add(new Part(Kind.SAME, String.join(" ", a.subList(at, a.size()))));
    }
    return parts;
  }

  /** The diff as one line: {@code kept [-removed-] {+added+} kept}. */
  public static String of(String before, String after) {
    List<String> out = new ArrayList<>();
    for (Part p : parts(before, after)) {
      out.add(
          switch (p.kind()) {
            case SAME -> p.text();
            case REMOVED -> "[-" + p.text() + "-]";
            case ADDED -> "{+" + p.text() + "+}";
          });
    }
    return String.join(" ", out);
  }

  private static List<String> words(String text) {
    String s = text.strip();
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\s+"));
  }
}
