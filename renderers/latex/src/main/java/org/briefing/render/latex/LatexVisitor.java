package org.briefing.render.latex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.document.Node;
import org.briefing.document.Visitor;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;

/**
 * The per-render state: walks blocks and inlines and lays them out through a {@link LatexWriter}.
 */
final class LatexVisitor implements Visitor {
  /** The length of the longest bar of a figure. */
  /** The longest bar of a chart, as a share of the width beside the labels. */
  private static final BigDecimal BAR_SHARE = new BigDecimal("0.6");

  /** State shared by a render and its nested writers (cells, footnotes). */
  static final class Context {
    final Map<String, Block.Footnote> footnotes;
    final Set<String> placedFootnotes = new HashSet<>();
    final boolean hyperlinks;

    Context(Map<String, Block.Footnote> footnotes, boolean hyperlinks) {
      this.footnotes = footnotes;
      this.hyperlinks = hyperlinks;
    }
  }

  private final LatexWriter writer;
  private final Context context;
  private final Deque<Language> languages = new ArrayDeque<>();

  LatexVisitor(LatexWriter writer, Context context, Language language) {
    this.writer = writer;
    this.context = context;
    this.languages.push(language);
  }

  /** The babel name of a language. */
  static String babel(Language language) {
    // babel names most languages by their English name ("polish", "german", "french").
    return language.englishName().toLowerCase(java.util.Locale.ROOT);
  }

  void blocks(List<? extends Node> nodes) {
    for (Node n : nodes) {
      n.accept(this);
    }
  }

  /** Renders nodes with a compact writer (no blank lines), sharing this render's state. */
  private String compact(List<? extends Node> nodes, Language language) {
    LatexWriter w = LatexWriter.compact();
    new LatexVisitor(w, context, language).blocks(nodes);
    return w.result();
  }

  /** Inlines as LaTeX on one line (a title), each part in its language. */
  String inline(List<? extends Node> nodes) {
    return compact(nodes);
  }

  private String compact(List<? extends Node> nodes) {
    return compact(nodes, languages.peek());
  }

  private Labels labels() {
    return Labels.of(languages.peek());
  }

  private void anchor(String id) {
    if (context.hyperlinks && id != null && !id.isEmpty()) {
      writer.raw("\\phantomsection\\label{" + LatexWriter.id(id) + "}");
    }
  }

  /** The plain text of inlines, escaped, for bookmarks. */
  private static String plain(List<? extends Node> nodes) {
    StringBuilder b = new StringBuilder();
    AbstractVisitor v =
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Text node) {
            b.append(node.text());
          }

          @Override
          public void visit(Inline.Code node) {
            b.append(node.text());
          }

          @Override
          public void visit(Inline.Citation node) {
            b.append(node.plainText());
          }
        };
    for (Node n : nodes) {
      n.accept(v);
    }
    return LatexWriter.escape(b.toString());
  }

  @Override
  public void visit(Block.Heading node) {
    writer.blockStart();
    if (writer.isCompact()) {
      writer.raw("\\textbf{" + compact(node.content()) + "}");
      return;
    }
    String command =
        switch (Math.max(2, node.level())) {
          case 2 -> "section";
          case 3 -> "subsection";
          case 4 -> "subsubsection";
          default -> "paragraph";
        };
    writer.raw("\\" + command + "*{" + compact(node.content()) + "}");
    if (context.hyperlinks && node.id() != null && !node.id().isEmpty()) {
      writer.raw("\\label{" + LatexWriter.id(node.id()) + "}");
    }
    if (node == pairedRight) {
      // Named in the left heading's entry: one bookmark for the row, as in the PDF and HTML.
      return;
    }
    writer.line();
    String entry =
        node == pairedLeft
            ? plain(node.content()) + " / " + plain(pairedRight.content())
            : plain(node.content());
    writer.raw("\\addcontentsline{toc}{" + command + "}{" + entry + "}");
  }

  @Override
  public void visit(Block.Paragraph node) {
    writer.blockStart();
    blocks(node.content());
  }

  @Override
  public void visit(Block.ListBlock node) {
    String env = node.ordered() ? "enumerate" : "itemize";
    writer.blockStart();
    writer.raw("\\begin{" + env + "}");
    for (List<Block> item : node.items()) {
      writer.line();
      writer.raw("\\item ");
      if (item.isEmpty()) {
        writer.raw("\\mbox{}");
      }
      writer.raw(compact(item));
    }
    writer.line();
    writer.raw("\\end{" + env + "}");
  }

  @Override
  public void visit(Block.Table node) {
    table(node);
  }

  /** Writes a table as a longtable whose head repeats on every page, with its notes under it. */
  void table(Block.Table node) {
    int columns = 1;
    for (Block.Row r : node.head()) {
      columns = Math.max(columns, r.cells().size());
    }
    for (Block.Row r : node.body()) {
      columns = Math.max(columns, r.cells().size());
    }
    boolean rowHeaders =
        columns > 1
            && !node.body().isEmpty()
            && node.body().stream()
                .allMatch(r -> !r.cells().isEmpty() && r.cells().get(0).header());
    writer.blockStart();
    anchor(node.id());
    writer.line();
    StringBuilder spec = new StringBuilder();
    for (int i = 0; i < columns; i++) {
      double share = rowHeaders ? (i == 0 ? 0.2 : 0.8 / (columns - 1)) : 1.0 / columns;
      // Rounded down, so that the columns never add up to more than the line (0.267 × 3 + 0.2
      // overran it by half a point); \hspace{0pt} lets TeX hyphenate a cell's first word.
      spec.append(
          String.format(
              Locale.ROOT,
              ">{\\raggedright\\arraybackslash\\hspace{0pt}}p{\\dimexpr%.3f\\linewidth-2\\tabcolsep\\relax}",
              Math.floor(share * 1000) / 1000));
    }
    // Five columns or more are set a size smaller, as journals set wide tables: a number with its
    // unit ("1185,5 USD", bound by a no-break space) must fit a sixth of the line.
    boolean small = columns >= 5;
    if (small) {
      writer.raw("\\begingroup\\small");
      writer.line();
    }
    writer.raw("\\begin{longtable}{" + spec + "}");
    writer.line();
    if (!node.caption().isEmpty()) {
      writer.raw("\\caption*{\\bfseries " + compact(node.caption()) + "}\\\\");
      writer.line();
    }
    String head = rows(node.head(), columns);
    writer.raw("\\toprule\n" + head + (head.isEmpty() ? "" : "\\midrule\n") + "\\endfirsthead\n");
    writer.raw("\\toprule\n" + head + (head.isEmpty() ? "" : "\\midrule\n") + "\\endhead\n");
    writer.raw(
        "\\midrule\n\\multicolumn{"
            + columns
            + "}{r}{\\footnotesize\\itshape "
            + LatexWriter.escape(labels().get("table.continued"))
            + "}\\\\\n\\endfoot\n\\bottomrule\n\\endlastfoot\n");
    writer.raw(rows(node.body(), columns));
    writer.raw(small ? "\\end{longtable}\\endgroup" : "\\end{longtable}");
    if (!node.notes().isEmpty()) {
      writer.blockStart();
      // Ragged right: notes and sources hold long addresses, which a justified small line cannot
      // fit.
      writer.raw("{\\footnotesize\\raggedright " + compact(node.notes()) + "\\par}");
    }
  }

  private String rows(List<Block.Row> rows, int columns) {
    StringBuilder b = new StringBuilder();
    for (Block.Row r : rows) {
      for (int i = 0; i < columns; i++) {
        if (i > 0) {
          b.append(" & ");
        }
        if (i < r.cells().size()) {
          Block.Cell cell = r.cells().get(i);
          String content = compact(cell.content());
          b.append(cell.header() && !content.isEmpty() ? "\\bfseries " + content : content);
        }
      }
      b.append("\\\\\n");
    }
    return b.toString();
  }

  @Override
  public void visit(Block.Figure node) {
    writer.blockStart();
    anchor(node.id());
    writer.raw("\\textbf{" + compact(node.caption()) + "}\\par\\nopagebreak");
    Block.Chart chart = node.chart();
    BigDecimal max = BigDecimal.ZERO;
    for (Block.Series s : chart.series()) {
      for (Block.Value v : s.values()) {
        if (v.number() != null) {
          max = max.max(v.number().abs());
        }
      }
    }
    if (!chart.categories().isEmpty()) {
      writer.line();
      // The bars and values share the line's width left by the labels (tabularx), the longest
      // bar at BAR_SHARE of it, and a long value wraps: in a parallel column, or with a long
      // series name, a fixed length ran past the margin.
      writer.raw("\\begin{tabularx}{\\linewidth}{@{}l>{\\raggedright\\arraybackslash}X@{}}\n");
      for (int c = 0; c < chart.categories().size(); c++) {
        boolean highlight = chart.highlighted().get(c);
        // In its language, marked "not yet translated" when it stands for want of a translation.
        String label = compact(chart.categoryCell(c, languages.peek()));
        for (Block.Series s : chart.series()) {
          Block.Value v = s.values().get(c);
          if (v.number() == null) {
            continue;
          }
          BigDecimal share =
              max.signum() <= 0
                  ? BigDecimal.ZERO
                  : v.number().abs().multiply(BAR_SHARE).divide(max, 3, RoundingMode.HALF_UP);
          String name =
              s.name().isEmpty()
                  ? ""
                  : compact(
                          List.of(Block.Chart.inline(s.name(), s.nameLanguage(), languages.peek())))
                      + ": ";
          String value = name + LatexWriter.escape(chart.withUnit(v));
          String bar = "\\rule{" + share.toPlainString() + "\\linewidth}{1.6ex}";
          writer.raw(
              highlight
                  ? "\\textbf{" + label + "} & " + bar + "~\\textbf{" + value + "}\\\\\n"
                  : label + " & \\textcolor{gray}{" + bar + "}~" + value + "\\\\\n");
        }
      }
      writer.raw("\\end{tabularx}\\par");
    }
    if (!node.source().isEmpty()) {
      writer.line();
      writer.raw("{\\footnotesize\\raggedright " + compact(node.source()) + "\\par}");
    }
  }

  @Override
  public void visit(Block.Image node) {
    writer.blockStart();
    anchor(node.id());
    if (!node.caption().isEmpty()) {
      writer.raw("\\textbf{" + compact(node.caption()) + "}\\par\\nopagebreak");
      writer.line();
    }
    // A LaTeX file is one file: the picture is not embedded; its text alternative stands in.
    writer.raw("\\fbox{\\parbox{0.9\\linewidth}{" + compact(node.alt().content()) + "}}\\par");
    if (!node.source().isEmpty()) {
      writer.line();
      writer.raw("{\\footnotesize\\raggedright " + compact(node.source()) + "\\par}");
    }
  }

  @Override
  public void visit(Block.Callout node) {
    writer.blockStart();
    writer.raw("\\begin{quote}");
    if (!node.title().isEmpty()) {
      writer.raw("\\textbf{" + compact(node.title()) + "}\\par ");
    }
    writer.raw(compact(node.content()));
    writer.raw("\\end{quote}");
  }

  @Override
  public void visit(Block.Quote node) {
    writer.blockStart();
    writer.raw("\\begin{quote}");
    writer.raw(compact(node.content()));
    if (!node.attribution().isEmpty()) {
      writer.raw("\\par\\hfill\\textemdash{} " + compact(node.attribution()));
    }
    writer.raw("\\end{quote}");
  }

  /** Footnotes are typeset where they are referenced ({@link Inline.NoteRef}). */
  @Override
  public void visit(Block.Footnote node) {}

  @Override
  public void visit(Block.Code node) {
    writer.blockStart();
    StringBuilder b = new StringBuilder("{\\ttfamily\\small\\raggedright\\noindent ");
    String[] lines = node.text().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        b.append("\\newline\n");
      }
      String line = LatexWriter.escape(lines[i]).replace(" ", "~");
      b.append(line.isEmpty() ? "\\mbox{}" : line);
    }
    writer.raw(b.append("\\par}").toString());
  }

  @Override
  public void visit(Block.Rule node) {
    writer.blockStart();
    writer.raw("\\noindent\\rule{\\linewidth}{0.4pt}");
  }

  @Override
  public void visit(Block.Part node) {
    writer.blockStart();
    writer.raw("\\begin{otherlanguage}{" + babel(node.language()) + "}");
    languages.push(node.language());
    if (node.title().isPresent() && !writer.isCompact()) {
      String title = LatexWriter.escape(node.title().get());
      writer.line();
      writer.raw("\\section*{" + title + "}");
      if (context.hyperlinks) {
        writer.raw("\\label{" + LatexWriter.id(node.id()) + "}");
      }
      writer.line();
      writer.raw("\\addcontentsline{toc}{section}{" + title + "}");
    } else {
      anchor(node.id());
    }
    blocks(node.content());
    languages.pop();
    writer.blockStart();
    writer.raw("\\end{otherlanguage}");
  }

  /**
   * A parallel row's two headings while the row is written: the left one's contents entry names
   * both ("Key points / Najważniejsze wnioski"), the right one has none of its own.
   */
  private Block.Heading pairedLeft;

  private Block.Heading pairedRight;

  /**
   * Two columns with paracol, row by row ({@code \switchcolumn*} keeps each row's halves level). A
   * wide row (a table, a figure) ends the columns and is set at full width, the left language then
   * the right; the columns start again after it. A longtable never sits inside a column.
   */
  @Override
  public void visit(Block.Parallel node) {
    boolean open = false;
    for (Block.ParallelRow r : node.rows()) {
      if (r.wide()) {
        if (open) {
          writer.blockStart();
          writer.raw("\\end{paracol}");
          open = false;
        }
        inLanguage(node.left(), r.left(), false);
        inLanguage(node.right(), r.right(), false);
        continue;
      }
      writer.blockStart();
      writer.raw(open ? "\\switchcolumn*" : "\\begin{paracol}{2}");
      open = true;
      boolean paired = r.opensWithHeadings();
      pairedLeft = paired ? (Block.Heading) r.left().get(0) : null;
      pairedRight = paired ? (Block.Heading) r.right().get(0) : null;
      inLanguage(node.left(), r.left(), true);
      writer.blockStart();
      writer.raw("\\switchcolumn");
      inLanguage(node.right(), r.right(), true);
    }
    if (open) {
      writer.blockStart();
      writer.raw("\\end{paracol}");
    }
  }

  /** Blocks in a language; ragged right in a narrow column, where justified lines overrun. */
  private void inLanguage(Language language, List<Block> content, boolean column) {
    writer.blockStart();
    writer.raw("\\begin{otherlanguage}{" + babel(language) + "}" + (column ? "\\raggedright" : ""));
    languages.push(language);
    blocks(content);
    languages.pop();
    writer.blockStart();
    writer.raw("\\end{otherlanguage}");
  }

  @Override
  public void visit(Inline.Text node) {
    // Allows a line break after a slash, so that "Country/organisation" and URLs fit narrow
    // columns.
    writer.raw(LatexWriter.escape(node.text()).replace("/", "/\\allowbreak{}"));
  }

  @Override
  public void visit(Inline.Emphasis node) {
    writer.raw("\\emph{" + compact(node.content()) + "}");
  }

  @Override
  public void visit(Inline.Strong node) {
    writer.raw("\\textbf{" + compact(node.content()) + "}");
  }

  @Override
  public void visit(Inline.Code node) {
    writer.raw("\\texttt{" + LatexWriter.escape(node.text()) + "}");
  }

  @Override
  public void visit(Inline.Citation node) {
    StringBuilder b = new StringBuilder(LatexWriter.escape(node.open()));
    for (int i = 0; i < node.items().size(); i++) {
      Inline.Cite item = node.items().get(i);
      if (i > 0) {
        b.append(LatexWriter.escape(node.separator()));
      }
      String text = LatexWriter.escape(item.label());
      b.append(
          context.hyperlinks && item.target().isPresent()
              ? "\\hyperref[" + LatexWriter.id(item.target().get()) + "]{" + text + "}"
              : text);
    }
    writer.raw(b.append(LatexWriter.escape(node.close())).toString());
  }

  @Override
  public void visit(Inline.Link node) {
    String content = compact(node.content());
    if (!context.hyperlinks) {
      writer.raw(content);
    } else if (node.target().startsWith("#")) {
      writer.raw("\\hyperref[" + LatexWriter.id(node.target().substring(1)) + "]{" + content + "}");
    } else {
      writer.raw("\\href{" + LatexWriter.url(node.target()) + "}{" + content + "}");
    }
  }

  @Override
  public void visit(Inline.LangSpan node) {
    writer.raw(
        "\\foreignlanguage{"
            + babel(node.language())
            + "}{"
            + compact(node.content(), node.language())
            + "}");
  }

  @Override
  public void visit(Inline.NoteRef node) {
    Block.Footnote note = context.footnotes.get(node.id());
    String label = "fn:" + LatexWriter.id(node.id());
    if (note == null) {
      // A marker whose note is printed as text, such as the "*" note under a table.
      writer.raw("\\textsuperscript{" + LatexWriter.escape(node.marker()) + "}");
    } else if (context.placedFootnotes.add(node.id())) {
      writer.raw("\\footnote{\\label{" + label + "}" + compact(note.content()) + "}");
    } else {
      writer.raw("\\textsuperscript{\\ref{" + label + "}}");
    }
  }

  @Override
  public void visit(Inline.Badge node) {
    // Breakable bracketed text, not an unbreakable \fbox that runs into the next table column.
    writer.raw(
        "{\\footnotesize\\sffamily{[}"
            + LatexWriter.escape(labels().get(node.labelKey()))
            + "{]}}");
  }

  @Override
  public void visit(Inline.Anchor node) {
    anchor(node.id());
  }

  @Override
  public void visit(Inline.LineBreak node) {
    writer.lineBreak();
  }
}
