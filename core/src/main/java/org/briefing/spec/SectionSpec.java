package org.briefing.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.i18n.Language;

/**
 * One section of a briefing, in the order the spec lists them. In a spec a section is written as
 * its kind ({@code - key-points}) or as a mapping with {@code type} and the kind's options.
 */
public sealed interface SectionSpec {

  /** Every section kind, as written in specs, in the order the documentation lists them. */
  List<String> KINDS =
      List.of(
          "key-points",
          "executive-summary",
          "abstract",
          "hypotheses",
          "findings",
          "summary-table",
          "timeline",
          "figure",
          "references",
          "methodology",
          "text");

  /** The kind as written in specs. */
  String kind();

  /**
   * The findings that matter most for the briefing's filters, as a bulleted list.
   *
   * @param limit at most this many
   */
  record KeyPoints(int limit) implements SectionSpec {
    public static final int DEFAULT_LIMIT = 5;

    @Override
    public String kind() {
      return "key-points";
    }
  }

  /** The scope of the briefing and the verdicts on the hypotheses it bears on. */
  record ExecutiveSummary() implements SectionSpec {
    @Override
    public String kind() {
      return "executive-summary";
    }
  }

  /** The article's abstract and keywords. */
  record Abstract() implements SectionSpec {
    @Override
    public String kind() {
      return "abstract";
    }
  }

  /**
   * Each hypothesis with its verdict.
   *
   * @param withFindings whether to list the supporting findings that pass the filters
   */
  record Hypotheses(boolean withFindings) implements SectionSpec {
    @Override
    public String kind() {
      return "hypotheses";
    }
  }

  /**
   * The findings that pass the filters.
   *
   * @param limit at most this many, if given
   */
  record Findings(GroupBy groupBy, Optional<Integer> limit) implements SectionSpec {
    @Override
    public String kind() {
      return "findings";
    }
  }

  /**
   * The article's Table 1, whole or cut down.
   *
   * @param rows row ids to keep (all when empty)
   * @param period keep only effects dated in this period (rows left without effects are dropped)
   */
  record SummaryTable(List<String> rows, Optional<Period> period) implements SectionSpec {
    public SummaryTable {
      rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
      return "summary-table";
    }
  }

  /** The dated events that pass the filters, earliest first. */
  record Timeline() implements SectionSpec {
    @Override
    public String kind() {
      return "timeline";
    }
  }

  /**
   * One figure's data as a chart.
   *
   * @param highlight labels of the bars to highlight
   */
  record Figure(String figure, List<String> highlight) implements SectionSpec {
    public Figure {
      highlight = List.copyOf(highlight);
    }

    @Override
    public String kind() {
      return "figure";
    }
  }

  /** The references cited anywhere in the briefing, and only those. */
  record References() implements SectionSpec {
    @Override
    public String kind() {
      return "references";
    }
  }

  /** The article's paragraphs on method. */
  record Methodology() implements SectionSpec {
    @Override
    public String kind() {
      return "methodology";
    }
  }

  /**
   * Free text the spec's author writes, in Markdown (raw HTML is shown as text, never as markup),
   * in one language or several. A title or body written as a plain string is held under the
   * language it is written in (the section's {@code language}, else the briefing's main language);
   * one written as a mapping by language code is held as written.
   *
   * <pre>{@code
   * Text t = Text.in(Language.EN, "Recommendations", "Keep the **Baltic** focus.");
   * t.written();   // [EN]
   * }</pre>
   *
   * @param title the heading, by language (never empty)
   * @param body the Markdown, by language (never empty)
   */
  record Text(Map<Language, String> title, Map<Language, String> body) implements SectionSpec {
    public Text {
      title = byLanguage(title, "title");
      body = byLanguage(body, "body");
    }

    /** A text written in one language. */
    public static Text in(Language language, String title, String body) {
      return new Text(Map.of(language, title), Map.of(language, body));
    }

    /** The languages the text is written in: those with both a title and a body. */
    public Set<Language> written() {
      Set<Language> both = new java.util.TreeSet<>();
      both.addAll(title.keySet());
      both.retainAll(body.keySet());
      return Collections.unmodifiableSet(both);
    }

    private static Map<Language, String> byLanguage(Map<Language, String> texts, String what) {
      if (texts.isEmpty()) {
        throw new IllegalArgumentException("a text section needs a " + what);
      }
      return Collections.unmodifiableMap(new java.util.TreeMap<>(texts));
    }

    @Override
    public String kind() {
      return "text";
    }
  }
}
