package org.briefing.render.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.document.Node;
import org.briefing.document.Visitor;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;

/** The per-render state: walks the document and lays it out through a {@link MarkdownWriter}. */
final class MarkdownVisitor implements Visitor {
  private static final Pattern UNSAFE_ID_CHARS = Pattern.compile("[^A-Za-z0-9_.:-]");

  private final MarkdownWriter writer;
  private final boolean htmlAnchors;
  private final Set<String> footnoteIds;
  private final Deque<Language> languages = new ArrayDeque<>();

  private MarkdownVisitor(
      MarkdownWriter writer, boolean htmlAnchors, Language language, Set<String> footnoteIds) {
    this.writer = writer;
    this.htmlAnchors = htmlAnchors;
    this.footnoteIds = footnoteIds;
    this.languages.push(language);
  }

  /** Writes a document with a writer. */
  static void render(Document document, MarkdownWriter writer, boolean htmlAnchors) {
    Set<String> ids = new HashSet<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Block.Footnote node) {
            ids.add(node.id());
            super.visit(node);
          }
        });
    new MarkdownVisitor(writer, htmlAnchors, document.meta().language(), Set.copyOf(ids))
        .document(document);
  }

  /**
   * Writes the marking, the title block and every block of the document. The title block holds what
   * the HTML masthead holds, in its order: the organisation's name, the series line, the title, the
   * subtitle, authors and date, "Prepared for" the audience and the source line.
   */
  private void document(Document document) {
    Meta meta = document.meta();
    if (meta.tableAlone()) {
      // One of the paper's tables on its own: its caption is its title.
      blocks(document.blocks());
      writer.line();
      return;
    }
    Labels labels = Labels.of(meta.language());
    meta.marking()
        .ifPresent(
            m -> {
              writer.blockStart();
              delimited("**", List.of(new Inline.Text(m.text())));
            });
    meta.branding()
        .map(Branding::name)
        .filter(name -> !name.isBlank())
        .ifPresent(
            name -> {
              writer.blockStart();
              delimited("**", List.of(new Inline.Text(name)));
            });
    List<Inline> series = meta.seriesLine(labels);
    if (!series.isEmpty()) {
      writer.blockStart();
      blocks(series);
    }
    writer.blockStart();
    writer.raw("# ");
    blocks(meta.titleText());
    if (!meta.subtitleText().isEmpty()) {
      writer.blockStart();
      emphasis(meta.subtitleText());
    }
    if (!meta.authors().isEmpty() || !meta.date().isEmpty()) {
      writer.blockStart();
      writer.text(String.join(", ", meta.authors()));
      if (!meta.authors().isEmpty() && !meta.date().isEmpty()) {
        writer.hardBreak();
      }
      writer.text(meta.date());
    }
    if (!meta.audience().isBlank()) {
      writer.blockStart();
      blocks(meta.audienceLine(labels));
    }
    if (!meta.sourceLine().isEmpty()) {
      new Block.Paragraph(meta.sourceLine()).accept(this);
    }
    blocks(document.blocks());
    writer.line();
  }

  private void blocks(List<? extends Node> nodes) {
    for (Node n : nodes) {
      n.accept(this);
    }
  }

  private Labels labels() {
    return Labels.of(languages.peek());
  }

  private void anchor(String id) {
    if (htmlAnchors && id != null && !id.isEmpty()) {
      writer.raw("<a id=\"" + safeId(id) + "\"></a>");
    }
  }

  /** Ids become HTML attribute values and footnote labels: keep only characters safe in both. */
  static String safeId(String id) {
    return UNSAFE_ID_CHARS.matcher(id).replaceAll("-");
  }

  /** Renders nodes with a fresh single-line writer (a heading, a table cell) in this language. */
  private String oneLine(MarkdownWriter w, List<? extends Node> content) {
    MarkdownVisitor v = new MarkdownVisitor(w, htmlAnchors, languages.peek(), footnoteIds);
    v.blocks(content);
    return w.result();
  }

  @Override
  public void visit(Block.Heading node) {
    writer.blockStart();
    writer.raw("#".repeat(Math.max(1, Math.min(6, node.level() + headingShift))) + " ");
    anchor(node.id());
    writer.raw(oneLine(MarkdownWriter.singleLine(), node.content()));
  }

  @Override
  public void visit(Block.Paragraph node) {
    writer.blockStart();
    blocks(node.content());
  }

  @Override
  public void visit(Block.ListBlock node) {
    boolean tight =
        node.items().stream()
            .allMatch(
                item ->
                    item.size() <= 1
                        || (item.size() == 2
                            && item.get(0) instanceof Block.Paragraph
                            && item.get(1) instanceof Block.ListBlock));
    writer.blockStart();
    writer.pushTight(tight);
    int number = 1;
    boolean first = true;
    for (List<Block> item : node.items()) {
      String marker = node.ordered() ? number++ + ". " : "- ";
      if (!first) {
        writer.itemStart();
      }
      first = false;
      writer.pushPrefix(marker, " ".repeat(marker.length()));
      if (item.isEmpty()) {
        writer.raw("");
        writer.line();
      }
      blocks(item);
      writer.popPrefix();
    }
    writer.popTight();
  }

  @Override
  public void visit(Block.Table node) {
    if (!node.caption().isEmpty() || node.id() != null) {
      writer.blockStart();
      anchor(node.id());
      delimited("**", node.caption());
    }
    int columns = 1;
    for (Block.Row r : node.head()) {
      columns = Math.max(columns, r.cells().size());
    }
    for (Block.Row r : node.body()) {
      columns = Math.max(columns, r.cells().size());
    }
    List<Block.Row> extraRows = new ArrayList<>();
    Block.Row header = node.head().isEmpty() ? null : node.head().get(0);
    if (header != null) {
      extraRows.addAll(node.head().subList(1, node.head().size()));
    }
    extraRows.addAll(node.body());
    writer.blockStart();
    row(header, columns, true);
    writer.line();
    writer.raw("|" + " --- |".repeat(columns));
    for (Block.Row r : extraRows) {
      writer.line();
      row(r, columns, false);
    }
    blocks(node.notes());
  }

  /** The blocks with strong text as plain text (for content set in bold as a whole). */
  private static List<Block> withoutStrong(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      out.add(
          b instanceof Block.Paragraph p
              ? new Block.Paragraph(withoutStrongInlines(p.content()))
              : b);
    }
    return out;
  }

  private static List<Inline> withoutStrongInlines(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : inlines) {
      if (i instanceof Inline.Strong s) {
        out.addAll(withoutStrongInlines(s.content()));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /** One GFM table row; a missing row or cell is empty. Row headers of the body are bold. */
  private void row(Block.Row row, int columns, boolean headRow) {
    StringBuilder b = new StringBuilder("|");
    for (int i = 0; i < columns; i++) {
      String content = "";
      if (row != null && i < row.cells().size()) {
        Block.Cell cell = row.cells().get(i);
        boolean bold = cell.header() && !headRow;
        // A row header is bold as a whole; strong text inside it would close the bold early.
        content =
            oneLine(
                MarkdownWriter.tableCell(htmlAnchors),
                bold ? withoutStrong(cell.content()) : cell.content());
        if (bold && !content.isEmpty()) {
          content = "**" + content + "**";
        }
      }
      b.append(content.isEmpty() ? " |" : " " + content + " |");
    }
    writer.raw(b.toString());
  }

  @Override
  public void visit(Block.Figure node) {
    writer.blockStart();
    anchor(node.id());
    delimited("**", node.caption());
    Block.Chart chart = node.chart();
    if (!chart.categories().isEmpty()) {
      dataTable(chart).accept(this);
    }
    if (!node.source().isEmpty()) {
      new Block.Paragraph(node.source()).accept(this);
    }
  }

  /** A chart's numbers as a table: one row per category, one column per series, with units. */
  private Block.Table dataTable(Block.Chart chart) {
    Labels labels = Labels.of(languages.peek());
    List<Block.Cell> head = new ArrayList<>();
    head.add(cell(true, labels.get("chart-item"), false));
    Language around = languages.peek();
    // A label or name there for want of a translation is marked "not yet translated".
    for (Block.Series s : chart.series()) {
      List<Inline> name =
          s.name().isEmpty()
              ? List.of(new Inline.Text(labels.get("chart-value")))
              : new ArrayList<>(List.of(Block.Chart.inline(s.name(), s.nameLanguage(), around)));
      if (chart.untranslated(s.name(), s.nameLanguage()) && !chart.untranslatedThroughout()) {
        name.add(new Inline.Text(" "));
        name.add(Block.Chart.UNTRANSLATED);
      }
      head.add(new Block.Cell(true, List.of(new Block.Paragraph(name))));
    }
    List<Block.Row> body = new ArrayList<>();
    for (int c = 0; c < chart.categories().size(); c++) {
      boolean highlight = chart.highlighted().get(c);
      List<Block.Cell> cells = new ArrayList<>();
      // Row headers are bold already; a highlighted category shows its values in bold.
      cells.add(new Block.Cell(true, List.of(new Block.Paragraph(chart.categoryCell(c, around)))));
      for (Block.Series s : chart.series()) {
        cells.add(cell(false, chart.withUnit(s.values().get(c)), highlight));
      }
      body.add(new Block.Row(cells));
    }
    // A table whose every label is in English for want of a translation is marked once.
    List<Inline> caption =
        chart.untranslatedThroughout()
            ? List.of(
                new Inline.Text(labels.get("chart-data")),
                new Inline.Text(" "),
                Block.Chart.UNTRANSLATED)
            : List.of();
    return new Block.Table("", caption, List.of(new Block.Row(head)), body, List.of());
  }

  private static Block.Cell cell(boolean header, String text, boolean strong) {
    Inline t = new Inline.Text(text);
    return new Block.Cell(
        header, List.of(new Block.Paragraph(List.of(strong ? new Inline.Strong(List.of(t)) : t))));
  }

  @Override
  public void visit(Block.Image node) {
    writer.blockStart();
    anchor(node.id());
    if (!node.caption().isEmpty()) {
      delimited("**", node.caption());
      writer.blockStart();
    }
    writer.raw("![");
    writer.text(node.altText());
    writer.raw(
        "]("
            + writer.linkDestination(
                "data:"
                    + node.mediaType()
                    + ";base64,"
                    + java.util.Base64.getEncoder().encodeToString(node.data()))
            + ")");
    if (!node.source().isEmpty()) {
      new Block.Paragraph(node.source()).accept(this);
    }
  }

  @Override
  public void visit(Block.Callout node) {
    writer.blockStart();
    writer.pushPrefix("> ", "> ");
    if (!node.title().isEmpty()) {
      writer.blockStart();
      delimited("**", node.title());
    }
    blocks(node.content());
    writer.popPrefix();
  }

  @Override
  public void visit(Block.Quote node) {
    writer.blockStart();
    writer.pushPrefix("> ", "> ");
    blocks(node.content());
    if (!node.attribution().isEmpty()) {
      writer.blockStart();
      writer.text("— ");
      blocks(node.attribution());
    }
    writer.popPrefix();
  }

  @Override
  public void visit(Block.Footnote node) {
    writer.blockStart();
    writer.pushPrefix("[^" + safeId(node.id()) + "]: ", "    ");
    blocks(node.content());
    writer.popPrefix();
  }

  @Override
  public void visit(Block.Code node) {
    if (writer.isTableCell()) {
      writer.blockStart();
      writer.codeSpan(node.text());
      return;
    }
    writer.blockStart();
    String fence = "`".repeat(Math.max(3, MarkdownWriter.longestRun(node.text(), '`') + 1));
    writer.raw(fence);
    writer.line();
    for (String line : node.text().split("\r?\n", -1)) {
      writer.raw(line);
      writer.line();
    }
    writer.raw(fence);
  }

  @Override
  public void visit(Block.Rule node) {
    writer.blockStart();
    writer.raw("---");
  }

  @Override
  public void visit(Block.Part node) {
    // A part in its language's <div lang> (as a parallel row's side); its title a heading one
    // level above its sections' headings, which move one level down (as in HTML).
    if (htmlAnchors) {
      writer.blockStart();
      writer.raw("<div lang=\"" + safeId(node.language().code()) + "\">");
    }
    languages.push(node.language());
    int savedShift = headingShift;
    Optional<String> title = node.title().filter(t -> !t.isBlank());
    if (title.isPresent()) {
      writer.blockStart();
      writer.raw("#".repeat(Math.min(6, 2 + headingShift)) + " ");
      anchor(node.id());
      writer.raw(oneLine(MarkdownWriter.singleLine(), List.of(new Inline.Text(title.get()))));
      headingShift++;
    }
    blocks(node.content());
    headingShift = savedShift;
    languages.pop();
    if (htmlAnchors) {
      writer.blockStart();
      writer.raw("</div>");
    }
  }

  /** How many levels the headings inside titled parts move down. */
  private int headingShift;

  /**
   * Each row as real Markdown: the left language's blocks, then the right language's, each group
   * marked by its language (a {@code <div lang>} that CommonMark, GFM and pandoc read with the
   * Markdown inside it; without HTML, a line naming the language). Headings stay headings, lists
   * lists and tables tables.
   */
  @Override
  public void visit(Block.Parallel node) {
    for (Block.ParallelRow r : node.rows()) {
      inLanguage(node.left(), r.left());
      inLanguage(node.right(), r.right());
    }
  }

  private void inLanguage(Language language, List<Block> content) {
    if (content.isEmpty()) {
      return;
    }
    String name = Labels.of(language).get("language-name");
    writer.blockStart();
    if (htmlAnchors) {
      writer.raw("<div lang=\"" + safeId(language.code()) + "\">");
    } else {
      emphasis(List.of(new Inline.Text("[" + name + "]")));
    }
    languages.push(language);
    blocks(content);
    languages.pop();
    if (htmlAnchors) {
      writer.blockStart();
      writer.raw("</div>");
    }
  }

  @Override
  public void visit(Inline.Text node) {
    writer.text(node.text());
  }

  @Override
  public void visit(Inline.Emphasis node) {
    emphasis(node.content());
  }

  /** Emphasis inside emphasis (a draft mark in an italic title) opens with the other delimiter. */
  private int emphasisDepth;

  private void emphasis(List<Inline> content) {
    emphasisDepth++;
    try {
      delimited(emphasisDepth % 2 == 1 ? "*" : "_", content);
    } finally {
      emphasisDepth--;
    }
  }

  @Override
  public void visit(Inline.Strong node) {
    delimited("**", node.content());
  }

  /**
   * Writes content between emphasis delimiters. Blanks at the edges of the content go outside: a
   * delimiter next to a blank would not open or close emphasis and would print as an asterisk.
   */
  private void delimited(String delimiter, List<Inline> content) {
    if (content.isEmpty()) {
      return;
    }
    List<Inline> inner = new ArrayList<>(content);
    String leading = "";
    String trailing = "";
    if (inner.get(0) instanceof Inline.Text t) {
      String stripped = t.text().stripLeading();
      leading = t.text().substring(0, t.text().length() - stripped.length());
      inner.set(0, new Inline.Text(stripped));
    }
    int last = inner.size() - 1;
    if (inner.get(last) instanceof Inline.Text t) {
      String stripped = t.text().stripTrailing();
      trailing = t.text().substring(stripped.length());
      inner.set(last, new Inline.Text(stripped));
    }
    writer.text(leading);
    if (inner.stream().anyMatch(i -> !(i instanceof Inline.Text t) || !t.text().isEmpty())) {
      writer.raw(delimiter);
      blocks(inner);
      writer.raw(delimiter);
    }
    writer.text(trailing);
  }

  @Override
  public void visit(Inline.Code node) {
    writer.codeSpan(node.text());
  }

  @Override
  public void visit(Inline.Citation node) {
    writer.text(node.open());
    for (int i = 0; i < node.items().size(); i++) {
      Inline.Cite item = node.items().get(i);
      if (i > 0) {
        writer.text(node.separator());
      }
      if (htmlAnchors && item.target().isPresent()) {
        writer.raw("[");
        writer.text(item.label());
        writer.raw("](" + writer.linkDestination("#" + safeId(item.target().get())) + ")");
      } else {
        writer.text(item.label());
      }
    }
    writer.text(node.close());
  }

  @Override
  public void visit(Inline.Link node) {
    writer.raw("[");
    blocks(node.content());
    writer.raw("](" + writer.linkDestination(node.target()) + ")");
  }

  @Override
  public void visit(Inline.LangSpan node) {
    languages.push(node.language());
    blocks(node.content());
    languages.pop();
  }

  @Override
  public void visit(Inline.NoteRef node) {
    if (footnoteIds.contains(node.id())) {
      writer.raw("[^" + safeId(node.id()) + "]");
    } else {
      // A marker whose note is printed as text (under a table): GFM would print "[^id]" literally.
      writer.text(node.marker());
    }
  }

  @Override
  public void visit(Inline.Badge node) {
    emphasis(List.of(new Inline.Text(labels().get(node.labelKey()))));
  }

  @Override
  public void visit(Inline.Anchor node) {
    anchor(node.id());
  }

  @Override
  public void visit(Inline.LineBreak node) {
    writer.hardBreak();
  }
}
