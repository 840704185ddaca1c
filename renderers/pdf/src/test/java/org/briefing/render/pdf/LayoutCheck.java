package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Checks a PDF's layout from PDFBox's text positions and lists every fault found, each naming its
 * page: a glyph outside the page's content box (the 18 mm side margins), a .notdef or replacement
 * glyph, a ligature code point (U+FB00..U+FB06), a line ending with an opening bracket or (in
 * Polish) a one-letter word, glyphs drawn over each other on one line (a cell's text running into
 * the next cell).
 *
 * <pre>{@code List<String> faults = LayoutCheck.faults(pdfBytes, true);}</pre>
 */
final class LayoutCheck {
  /** The side margin of pdf.css, 18 mm, less a little for rounding. */
  private static final float SIDE = 18f / 25.4f * 72f - 1f;

  private static final Pattern POLISH_ONE_LETTER = Pattern.compile("(^|\\s)[aiouwzAIOUWZ]$");

  /** In a bilingual text: the Polish one-letter words that are not also English words. */
  private static final Pattern POLISH_NOT_ENGLISH = Pattern.compile("(^|\\s)[iouwzUWZ]$");

  private static final Pattern OPENING = Pattern.compile("[(\\[„«‘“]$");

  private LayoutCheck() {}

  private record Glyph(int page, float x, float y, float w, String text, int code, boolean zero) {}

  /** What a line may not end with: nothing, Polish, or Polish beside English. */
  enum OneLetter {
    NONE,
    POLISH,
    BILINGUAL
  }

  static List<String> faults(byte[] pdf, OneLetter words) throws IOException {
    List<String> faults = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Glyph> glyphs = new ArrayList<>();
      List<String[]> lines = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions)
                throws IOException {
              for (TextPosition p : positions) {
                glyphs.add(
                    new Glyph(
                        getCurrentPageNo(),
                        p.getXDirAdj(),
                        p.getYDirAdj(),
                        p.getWidthDirAdj(),
                        p.getUnicode(),
                        p.getCharacterCodes().length == 0 ? -1 : p.getCharacterCodes()[0],
                        p.getWidthDirAdj() == 0));
              }
              lines.add(new String[] {String.valueOf(getCurrentPageNo()), text});
              super.writeString(text, positions);
            }
          };
      stripper.setSuppressDuplicateOverlappingText(false);
      stripper.setSortByPosition(true);
      stripper.getText(doc);
      for (Glyph g : glyphs) {
        PDRectangle box = doc.getPage(g.page() - 1).getMediaBox();
        if (g.text() == null || g.text().isBlank()) {
          continue;
        }
        if (g.x() < SIDE || g.x() + g.w() > box.getWidth() - SIDE) {
          faults.add(
              String.format(
                  Locale.ROOT,
                  "page %d: '%s' at x %.1f-%.1f outside the content box",
                  g.page(),
                  g.text(),
                  g.x(),
                  g.x() + g.w()));
        }
        if (g.text().codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
          faults.add("page " + g.page() + ": a ligature code point, " + g.text());
        }
        if (g.text().contains("\uFFFD") || g.code() == 0) {
          faults.add("page " + g.page() + ": a .notdef or replacement glyph");
        }
      }
      for (String[] line : lines) {
        String text = line[1].strip();
        if (OPENING.matcher(text).find()) {
          faults.add("page " + line[0] + ": line ends with an opening bracket: " + text);
        }
        Pattern oneLetter =
            switch (words) {
              case NONE -> null;
              case POLISH -> POLISH_ONE_LETTER;
              case BILINGUAL -> POLISH_NOT_ENGLISH;
            };
        if (oneLetter != null && oneLetter.matcher(text).find()) {
          faults.add("page " + line[0] + ": line ends with a one-letter word: " + text);
        }
      }
      faults.addAll(overlaps(glyphs));
    }
    return faults;
  }

  /** Two glyphs on one baseline that share more than a point of width. */
  private static List<String> overlaps(List<Glyph> glyphs) {
    List<String> out = new ArrayList<>();
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.removeIf(g -> g.text() == null || g.text().isBlank() || g.zero());
    sorted.sort(
        (a, b) ->
            a.page() != b.page()
                ? Integer.compare(a.page(), b.page())
                : a.y() != b.y() ? Float.compare(a.y(), b.y()) : Float.compare(a.x(), b.x()));
    for (int i = 1; i < sorted.size(); i++) {
      Glyph a = sorted.get(i - 1);
      Glyph b = sorted.get(i);
      if (a.page() == b.page()
          && Math.abs(a.y() - b.y()) < 0.5f
          && b.x() >= a.x()
          && a.x() + a.w() - b.x() > 1f) {
        out.add(
            String.format(
                Locale.ROOT,
                "page %d: '%s' and '%s' overlap at x %.1f, y %.1f",
                a.page(),
                a.text(),
                b.text(),
                b.x(),
                b.y()));
      }
    }
    return out;
  }
}
