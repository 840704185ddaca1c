package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.testing.PlainText;

/**
 * Tables whose notes (the note and source lines under them) are not on the page of the table's last
 * row: in the tag tree's reading order, the page of the last glyph of the last row's last cell
 * against the page of the notes' first and last glyph.
 *
 * <pre>{@code List<String> faults = TableNotes.apart(pdf, document);}</pre>
 */
final class TableNotes {
  private TableNotes() {}

  static List<Block.Table> tablesWithNotes(List<Block> blocks) {
    List<Block.Table> found = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Table t && !t.notes().isEmpty() && !t.body().isEmpty()) {
        found.add(t);
      } else if (b instanceof Block.Part p) {
        found.addAll(tablesWithNotes(p.content()));
      } else if (b instanceof Block.Callout c) {
        found.addAll(tablesWithNotes(c.content()));
      }
    }
    return found;
  }

  /** The first 20 characters, without the label keys of badges ("[badge.draft-translation]"). */
  private static String start(String folded) {
    // White space is left out on both sides: lines and badges break it differently in the PDF.
    String text = folded.replaceAll("\\[[a-z][a-z0-9.-]*\\]", "").replaceAll("\\s+", "");
    return text.substring(0, Math.min(20, text.length()));
  }

  static List<String> apart(PDDocument pdf, Document document) throws IOException {
    List<TaggedText.Glyph> glyphs = new TaggedText().glyphs(TaggedText.root(pdf), null);
    StringBuilder text = new StringBuilder();
    List<Integer> glyphAt = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      String folded = SameText.fold(glyphs.get(i).position().getUnicode());
      for (int k = 0; k < folded.length(); k++) {
        if (Character.isWhitespace(folded.charAt(k))) {
          continue;
        }
        text.append(folded.charAt(k));
        glyphAt.add(i);
      }
    }
    List<String> faults = new ArrayList<>();
    int from = 0;
    for (Block.Table t : tablesWithNotes(document.blocks())) {
      List<Block.Cell> cells = t.body().get(t.body().size() - 1).cells();
      // The starts only: a draft translation's mark may follow each item in the PDF.
      String last = start(SameText.fold(PlainText.of(cells.get(cells.size() - 1).content())));
      // The first note only: a draft mark may stand between two notes in the PDF.
      String notes = start(SameText.fold(PlainText.of(t.notes().subList(0, 1))));
      int row = text.indexOf(last, from);
      int note = row < 0 ? -1 : text.indexOf(notes, row + last.length());
      if (row < 0 || note < 0 || last.isEmpty() || notes.isEmpty()) {
        faults.add(
            "table "
                + t.id()
                + ": last row or notes not found in the tagged text (looked for '"
                + last
                + "' then '"
                + notes
                + "')");
        continue;
      }
      // A row is never split across pages, so its first glyph's page is the row's page.
      int rowPage = pdf.getPages().indexOf(glyphs.get(glyphAt.get(row)).page());
      int first = pdf.getPages().indexOf(glyphs.get(glyphAt.get(note)).page());
      if (first != rowPage) {
        faults.add(
            "table %s: last row on page %d, notes from page %d"
                .formatted(t.id(), rowPage + 1, first + 1));
      }
      from = note + notes.length();
    }
    return faults;
  }
}
