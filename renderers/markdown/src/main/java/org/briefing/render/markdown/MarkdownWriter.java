package org.briefing.render.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Writes CommonMark and owns its escaping: {@link #text} escapes every character CommonMark or GFM
 * could read as markup, {@link #raw} writes markup as is. It keeps the line prefixes of block
 * quotes, list items and footnote definitions, and knows when the next character starts a line
 * (where {@code #}, {@code >}, {@code -}, {@code +}, {@code =} and {@code 1.} would start a block).
 *
 * <p>A single-line writer (a heading) turns line ends and block breaks into spaces. A table cell's
 * writer turns them into its line break: {@value #CELL_LINE_BREAK}, which GFM and pandoc read as a
 * line break inside the cell, or a space where no HTML may be written; nothing is added to the
 * cell's words.
 */
final class MarkdownWriter {
  /** A line break inside a GFM table cell, which holds one line of Markdown. */
  static final String CELL_LINE_BREAK = "<br>";

  /** Characters escaped wherever they occur; all are ASCII punctuation, so "\\c" means "c". */
  private static final String ALWAYS_ESCAPED = "\\`*_[]<>|~&$#!";

  /** Characters that start a block at the beginning of a line. */
  private static final String LINE_START_ESCAPED = "#>+-=";

  private final StringBuilder out = new StringBuilder();
  private final boolean singleLine;
  private final boolean tableCell;
  private final String lineBreak;
  private final Deque<Prefix> prefixes = new ArrayDeque<>();
  private final Deque<Boolean> tight = new ArrayDeque<>();
  private boolean atLineStart = true;
  private boolean lastLineBlank = true;
  private boolean pendingBreak;

  private MarkdownWriter(boolean singleLine, boolean tableCell, String lineBreak) {
    this.singleLine = singleLine;
    this.tableCell = tableCell;
    this.lineBreak = lineBreak;
  }

  /** A writer for a whole document. */
  static MarkdownWriter document() {
    return new MarkdownWriter(false, false, "\n");
  }

  /** A writer for one line of inline content (a heading). */
  static MarkdownWriter singleLine() {
    return new MarkdownWriter(true, false, " ");
  }

  /**
   * A writer for the content of a GFM table cell: its paragraphs, list items and line breaks are
   * separated by {@value #CELL_LINE_BREAK} with {@code html}, else by a space.
   */
  static MarkdownWriter tableCell(boolean html) {
    return new MarkdownWriter(true, true, html ? CELL_LINE_BREAK : " ");
  }

  boolean isTableCell() {
    return tableCell;
  }

  /** Writes markup as is. */
  void raw(String markup) {
    if (markup.isEmpty()) {
      return;
    }
    startContent();
    out.append(markup);
    atLineStart = false;
  }

  /** Writes text so that CommonMark reads it back unchanged. */
  void text(String text) {
    if (text.isEmpty()) {
      return;
    }
    boolean lineStart = !singleLine && atLineStart;
    raw(escape(text, lineStart));
  }

  /** Writes inline code as a code span whose fence is longer than any backtick run inside. */
  void codeSpan(String code) {
    String c = code.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    if (c.isEmpty()) {
      return;
    }
    if (tableCell) {
      // GFM splits cells before inline parsing and turns "\|" back into "|", also in code spans.
      c = c.replace("|", "\\|");
    }
    String fence = "`".repeat(longestRun(c, '`') + 1);
    boolean pad =
        !c.isBlank()
            && (c.startsWith("`") || c.endsWith("`") || c.startsWith(" ") || c.endsWith(" "));
    raw(pad ? fence + " " + c + " " + fence : fence + c + fence);
  }

  /** Ends the current line; a single-line writer writes its line break instead. */
  void line() {
    if (singleLine) {
      breakLine();
      return;
    }
    if (atLineStart) {
      out.append(linePrefix().stripTrailing());
    }
    out.append('\n');
    atLineStart = true;
    lastLineBlank = false;
  }

  /** A hard line break inside a paragraph. */
  void hardBreak() {
    if (singleLine) {
      breakLine();
      return;
    }
    raw("\\");
    line();
  }

  /**
   * Starts a block: a blank line after the previous block (a line end in a tight list), nothing at
   * the start of the output or of a fresh list item; a single-line writer's line break.
   */
  void blockStart() {
    if (singleLine) {
      breakLine();
      return;
    }
    if (out.length() == 0) {
      return;
    }
    if (!atLineStart) {
      line();
    }
    if (!prefixesUsed() || lastLineBlank || Boolean.TRUE.equals(tight.peek())) {
      return;
    }
    blankLine();
  }

  /**
   * A single-line writer's line break, written before the next content (never at the start or the
   * end, never twice).
   */
  private void breakLine() {
    pendingBreak = out.length() > 0;
  }

  private void blankLine() {
    StringBuilder p = new StringBuilder();
    for (Iterator<Prefix> it = prefixes.descendingIterator(); it.hasNext(); ) {
      p.append(it.next().rest);
    }
    out.append(p.toString().stripTrailing()).append('\n');
    lastLineBlank = true;
  }

  /**
   * Starts a prefix: {@code first} on the next line written, {@code rest} on the lines after it ("-
   * " and " " for a bullet item, "> " twice for a block quote).
   */
  void pushPrefix(String first, String rest) {
    prefixes.push(new Prefix(first, rest));
  }

  void popPrefix() {
    prefixes.pop();
  }

  /** Whether the blocks of the list being written are separated by line ends only. */
  void pushTight(boolean isTight) {
    tight.push(isTight);
  }

  void popTight() {
    tight.pop();
  }

  /** Starts a list item after the first: a line end in a tight list, else a blank line. */
  void itemStart() {
    if (!Boolean.TRUE.equals(tight.peek())) {
      blockStart();
    } else if (!atLineStart) {
      line();
    }
  }

  String result() {
    return out.toString();
  }

  private boolean prefixesUsed() {
    for (Prefix p : prefixes) {
      if (!p.used) {
        return false;
      }
    }
    return true;
  }

  private void startContent() {
    if (pendingBreak) {
      out.append(lineBreak);
      pendingBreak = false;
    }
    if (singleLine || !atLineStart) {
      return;
    }
    out.append(linePrefix());
    lastLineBlank = false;
  }

  /** The prefixes of the line being started, marking first-line prefixes as used. */
  private String linePrefix() {
    StringBuilder b = new StringBuilder();
    for (Iterator<Prefix> it = prefixes.descendingIterator(); it.hasNext(); ) {
      Prefix p = it.next();
      b.append(p.used ? p.rest : p.first);
      p.used = true;
    }
    return b.toString();
  }

  /**
   * Escapes text: line ends become spaces; {@link #ALWAYS_ESCAPED} characters get a backslash; at
   * the start of a line, leading blanks become character references (they would be stripped or make
   * code) and a block-starting character or an ordered-list number is escaped.
   */
  static String escape(String text, boolean lineStart) {
    String s = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    StringBuilder b = new StringBuilder(s.length() + 16);
    int i = 0;
    if (lineStart) {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        b.append(s.charAt(i) == ' ' ? "&#32;" : "&#9;");
        i++;
      }
      if (i < s.length()) {
        char c = s.charAt(i);
        int digits = i;
        while (digits < s.length()
            && Character.isDigit(s.charAt(digits))
            && s.charAt(digits) < 128) {
          digits++;
        }
        if (LINE_START_ESCAPED.indexOf(c) >= 0) {
          b.append('\\').append(c);
          i++;
        } else if (digits > i
            && digits < s.length()
            && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
          b.append(s, i, digits).append('\\').append(s.charAt(digits));
          i = digits + 1;
        }
      }
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (ALWAYS_ESCAPED.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * A link destination: backslash-escaped where CommonMark would end or misread it, spaces and
   * control characters percent-encoded.
   */
  static String destination(String url) {
    StringBuilder b = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        b.append(String.format("%%%02X", (int) c));
      } else if ("\\()<>`*_[]".indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A link destination for this writer: in a table cell, pipes are escaped too. */
  String linkDestination(String url) {
    String d = destination(url);
    return tableCell ? d.replace("|", "\\|") : d;
  }

  static int longestRun(String s, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static final class Prefix {
    final String first;
    final String rest;
    boolean used;

    Prefix(String first, String rest) {
      this.first = first;
      this.rest = rest;
    }
  }
}
