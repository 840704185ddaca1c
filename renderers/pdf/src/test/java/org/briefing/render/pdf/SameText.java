package org.briefing.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a briefing's Markdown that the PDF's extracted text lacks. Both sides are
 * compared without whitespace, so line breaks and hyphen-free wrapping do not matter; Markdown
 * syntax (emphasis, link targets, escapes, headings) is removed first, and table rows are left out
 * (a wrapped cell's text is interleaved with its neighbours' when extracted).
 *
 * <pre>{@code List<String> missing = SameText.missing(markdown, pdfText);}</pre>
 */
final class SameText {
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
  private static final Pattern SYNTAX = Pattern.compile("[*_`#>\\[\\]\\\\|]|\\{#[^}]*\\}");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  private SameText() {}

  static List<String> missing(String markdown, String pdfText) {
    String pdf = squeeze(pdfText);
    List<String> missing = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      String l = line.strip();
      if (l.startsWith("|") || l.startsWith("---") || l.startsWith(":::")) {
        continue;
      }
      String plain = HTML_TAG.matcher(l).replaceAll("");
      plain = SYNTAX.matcher(LINK_TARGET.matcher(plain).replaceAll("]")).replaceAll("");
      plain = plain.replaceFirst("^\\s*(\\d+\\.|[-+])\\s+", "");
      for (String sentence : SENTENCE_END.split(plain)) {
        if (sentence.strip().split("\\s+").length >= 4 && !pdf.contains(squeeze(sentence))) {
          missing.add(sentence.strip());
        }
      }
    }
    return missing;
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u00A0\\u202F\\u00AD]+", "");
  }
}
