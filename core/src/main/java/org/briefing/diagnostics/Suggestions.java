package org.briefing.diagnostics;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" hints for misspelt keys and ids.
 *
 * <p>A candidate the typed text abbreviates is preferred to one merely a few edits away: when the
 * typed text and a candidate have as many dot- or dash-separated parts and each typed part begins
 * its candidate's part ({@code section.intro.title} for {@code section.introduction.title}), that
 * candidate is the suggestion, however many letters the abbreviation leaves out. Otherwise the
 * closest candidate within a small edit distance is.
 */
public final class Suggestions {
  private Suggestions() {}

  /** Fewest letters (separators not counted) a typed text needs to be read as an abbreviation. */
  private static final int ABBREVIATION_MIN_LETTERS = 3;

  /**
   * The candidate that differs only in case, else the one the typed text abbreviates (the closest
   * of them), else the closest within a small edit distance.
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String w = wrong.toLowerCase(Locale.ROOT);
    Optional<String> same = candidates.stream().filter(c -> c.equalsIgnoreCase(wrong)).findFirst();
    if (same.isPresent()) {
      return same;
    }
    Comparator<Object[]> nearest =
        Comparator.comparingInt((Object[] p) -> (int) p[1]).thenComparing(p -> (String) p[0]);
    Optional<String> abbreviated =
        candidates.stream()
            .filter(c -> abbreviates(w, c.toLowerCase(Locale.ROOT)))
            .map(c -> new Object[] {c, distance(w, c.toLowerCase(Locale.ROOT))})
            .min(nearest)
            .map(p -> (String) p[0]);
    if (abbreviated.isPresent()) {
      return abbreviated;
    }
    int limit = Math.max(2, w.length() / 3);
    return candidates.stream()
        .map(c -> new Object[] {c, distance(w, c.toLowerCase(Locale.ROOT))})
        .filter(p -> (int) p[1] <= limit)
        .min(nearest)
        .map(p -> (String) p[0]);
  }

  /** A hint line: "did you mean 'x'?" or null when nothing is close. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> "did you mean '" + c + "'?").orElse(null);
  }

  /**
   * Whether {@code typed} abbreviates {@code candidate}: as many parts separated by '.' or '-',
   * each typed part non-empty and the beginning of the candidate's part, the separators the same.
   * Both are lower case.
   */
  static boolean abbreviates(String typed, String candidate) {
    if (typed.equals(candidate)
        || typed.replaceAll("[.-]", "").length() < ABBREVIATION_MIN_LETTERS) {
      return false;
    }
    String[] t = typed.split("(?=[.-])", -1);
    String[] c = candidate.split("(?=[.-])", -1);
    if (t.length != c.length) {
      return false;
    }
    for (int i = 0; i < t.length; i++) {
      // Every part but the first starts with its separator: "section", ".intro", ".title".
      if (t[i].length() <= (i == 0 ? 0 : 1) || !c[i].startsWith(t[i])) {
        return false;
      }
    }
    return true;
  }

  /** Levenshtein distance with transpositions counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
