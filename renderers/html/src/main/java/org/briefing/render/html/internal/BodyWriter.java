package org.briefing.render.html.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Visitor;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;

/**
 * Renders a document's blocks to the HTML of the page's {@code <main>}: every text goes through
 * {@link Markup}, so nothing in the document can become markup or a template expression. A footnote
 * marker or citation whose footnote or reference entry is not in the document is printed without a
 * link, so that no link points nowhere.
 *
 * <p>The outline (the contents and the PDF bookmarks) holds the level-2 and level-3 headings and
 * the captioned tables and figures that stand at the top level of the document or directly in a
 * part: their captions serve as their titles, so without an entry a reader could not find "Table 1"
 * or a figure from the contents. Such an entry sits at the level of a section (level 2), since the
 * table or chart is a section of its own whose caption is its title. A document whose only entry
 * would be one caption (a table alone, what {@code briefing table} writes) gets no outline.
 *
 * <p>One instance renders one document (it holds the per-render state: the language in force,
 * footnotes waiting for their section, counters for back-links, the outline).
 *
 * <pre>{@code
 * BodyWriter w = new BodyWriter(document, false, AccentColour.DEFAULT);
 * String main = w.render();
 * List<OutlineEntry> toc = w.outline();
 * }</pre>
 */
public final class BodyWriter implements Visitor {
  /** Headings of these document levels (2 = section) go into the contents and bookmarks. */
  private static final int OUTLINE_DEPTH = 3;

  private final Document document;
  private final boolean forPdf;
  private final AccentColour accent;
  private final Markup out = new Markup();
  private final Deque<Language> languages = new ArrayDeque<>();
  private final Deque<List<PlacedFootnote>> footnoteScopes = new ArrayDeque<>();
  private final Map<String, Integer> noteRefTotals = new HashMap<>();
  private final Map<String, Integer> citationTotals = new HashMap<>();
  private final Set<String> footnoteIds = new HashSet<>();
  private final Set<String> anchorIds = new HashSet<>();
  private final Map<String, Integer> noteRefsSeen = new HashMap<>();
  private final Map<String, Integer> citationsSeen = new HashMap<>();
  private final List<OutlineEntry> outline = new ArrayList<>();
  private final List<Integer> outlineDepths = new ArrayList<>();
  private final List<String> pendingBacklinks = new ArrayList<>();

  /** The block being written as a direct child of the document or of a part, else null. */
  private Block sectionChild;

  private int captionEntries;
  private int headingShift;
  private int outlineShift;
  private int parallelSide;

  /**
   * While a parallel row whose halves both open with a heading is written: the left heading, and
   * the right one with its language, which the left one's outline entry names as well.
   */
  private Block.Heading pairedLeft;

  private Block.Heading pairedRight;
  private Language pairedLanguage;
  private int generatedIds;
  private boolean rendered;

  /**
   * @param forPdf writes the variant the PDF engine needs: layout tables for parallel text, {@code
   *     alt} on charts, {@code title} on links
   */
  public BodyWriter(Document document, boolean forPdf, AccentColour accent) {
    this.document = document;
    this.forPdf = forPdf;
    this.accent = accent;
    this.languages.push(document.meta().language());
    countReferences();
  }

  /** Renders the blocks, then the footnotes not placed at the end of a part. */
  public String render() {
    if (rendered) {
      throw new IllegalStateException("a BodyWriter renders once");
    }
    rendered = true;
    footnoteScopes.push(new ArrayList<>());
    sectionBlocks(document.blocks());
    writeFootnotes(footnoteScopes.pop(), "footnotes", 2);
    return out.toString();
  }

  /**
   * The headings, tables and figures for the contents and bookmarks, nested; valid after {@link
   * #render()}. Empty when the only entry would be one table's or figure's caption.
   */
  public List<OutlineEntry> outline() {
    if (outline.size() == 1 && captionEntries == 1) {
      return List.of();
    }
    return OutlineEntry.nest(outlineDepths, outline);
  }

  private Language language() {
    return languages.peek();
  }

  private Labels labels() {
    return Labels.of(language());
  }

  private String newId(String prefix) {
    return prefix + "-" + (++generatedIds);
  }

  private static String idOr(String id, String fallback) {
    return id == null || id.isBlank() ? fallback : id;
  }

  private void countReferences() {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Inline.NoteRef node) {
            noteRefTotals.merge(node.id(), 1, Integer::sum);
          }

          @Override
          public void visit(Inline.Citation node) {
            node.items()
                .forEach(i -> i.target().ifPresent(t -> citationTotals.merge(t, 1, Integer::sum)));
          }

          @Override
          public void visit(Block.Footnote node) {
            footnoteIds.add(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Inline.Anchor node) {
            anchorIds.add(node.id());
          }
        });
  }

  private void blocks(List<Block> blocks) {
    for (Block b : blocks) {
      b.accept(this);
    }
  }

  /** The blocks of the document or of a part: their tables and figures may enter the outline. */
  private void sectionBlocks(List<Block> blocks) {
    for (Block b : blocks) {
      sectionChild = b;
      b.accept(this);
    }
    sectionChild = null;
  }

  /**
   * Inlines of the document's title block (its title, its subtitle) as markup, each part in its
   * language ({@code <span lang>}).
   */
  public static String titleMarkup(
      Document document, List<Inline> inlines, boolean forPdf, AccentColour accent) {
    BodyWriter w = new BodyWriter(new Document(document.meta(), List.of()), forPdf, accent);
    w.inlines(inlines);
    return w.out.toString();
  }

  private void inlines(List<Inline> inlines) {
    for (Inline i : inlines) {
      i.accept(this);
    }
  }

  /**
   * Blocks inside a list item or table cell: a lone paragraph is written without its {@code <p>},
   * so that tight lists and cells stay compact.
   */
  private void compactBlocks(List<Block> blocks) {
    if (blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph p) {
      inlines(p.content());
      flushBacklinks();
    } else {
      blocks(blocks);
    }
  }

  // Blocks

  @Override
  public void visit(Block.Heading node) {
    int level = Math.min(6, Math.max(2, node.level() + headingShift));
    String id = idOr(node.id(), newId("section"));
    String tag = "h" + level;
    out.open(tag, "id", id);
    inlines(node.content());
    out.close(tag).newline();
    if (node.level() <= OUTLINE_DEPTH && parallelSide != 2) {
      List<OutlineEntry.Part> parts = partsOf(node.content(), language());
      if (node == pairedLeft) {
        // A parallel row's left heading: its entry names the right one too.
        parts.add(part(" / ", document.meta().language()));
        parts.addAll(partsOf(pairedRight.content(), pairedLanguage));
      }
      addOutline(node.level() - 1 + outlineShift, id, parts);
    }
  }

  /**
   * An outline entry for a captioned table or figure that is a direct child of the document or of a
   * part, at the level of a section (inside a part: under the part's title).
   */
  private void addCaptionOutline(Block node, String id, List<Inline> caption) {
    if (parallelSide == 1
        && pairedRow != null
        && pairedRow.wide()
        && !pairedRow.left().isEmpty()
        && pairedRow.left().get(0) == node) {
      // A parallel briefing's table or figure, at the full width: its entry names both captions
      // ("Table 1 … / Tabela 1 …"), each part in its language, as a pair of headings' does.
      List<OutlineEntry.Part> parts = partsOf(caption, language());
      List<Inline> other =
          pairedRow.right().isEmpty() ? List.of() : captionOf(pairedRow.right().get(0));
      if (!PlainText.folded(other).isBlank()) {
        parts.add(part(" / ", document.meta().language()));
        parts.addAll(partsOf(other, pairedLanguage));
      }
      if (!PlainText.folded(caption).isBlank()) {
        addOutline(1 + outlineShift, id, parts);
        captionEntries++;
      }
      return;
    }
    if (node != sectionChild || parallelSide != 0) {
      return;
    }
    String text = PlainText.folded(caption).strip();
    if (text.isBlank()) {
      return;
    }
    // Beside the sections: the assembler gives a table or chart section no heading of its own, so
    // the caption is that section's title.
    addOutline(1 + outlineShift, id, text);
    captionEntries++;
  }

  private void addOutline(int depth, String id, String text) {
    addOutline(depth, id, new ArrayList<>(List.of(part(text, language()))));
  }

  private void addOutline(int depth, String id, List<OutlineEntry.Part> parts) {
    outline.add(new OutlineEntry(id, parts, new ArrayList<>()));
    outlineDepths.add(depth);
  }

  /**
   * The plain text of inlines in parts: each span in another language its own part, tagged, the
   * rest in the language around them ("References / " and "Bibliografia" in Polish).
   */
  private List<OutlineEntry.Part> partsOf(List<Inline> content, Language around) {
    List<OutlineEntry.Part> parts = new ArrayList<>();
    List<Inline> run = new ArrayList<>();
    for (Inline i : content) {
      if (i instanceof Inline.LangSpan span && !span.language().equals(around)) {
        if (!run.isEmpty()) {
          parts.add(part(PlainText.folded(run), around));
          run.clear();
        }
        parts.add(part(PlainText.folded(span.content()), span.language()));
      } else {
        run.add(i);
      }
    }
    if (!run.isEmpty()) {
      parts.add(part(PlainText.folded(run), around));
    }
    // The ends stripped, as the whole text's would be.
    if (!parts.isEmpty()) {
      OutlineEntry.Part first = parts.get(0);
      parts.set(0, new OutlineEntry.Part(first.text().stripLeading(), first.lang()));
      OutlineEntry.Part last = parts.get(parts.size() - 1);
      parts.set(parts.size() - 1, new OutlineEntry.Part(last.text().stripTrailing(), last.lang()));
    }
    return parts;
  }

  private OutlineEntry.Part part(String text, Language lang) {
    return new OutlineEntry.Part(text, lang == document.meta().language() ? null : lang.code());
  }

  @Override
  public void visit(Block.Paragraph node) {
    // A paragraph wholly in another language (an English editorial note in a Polish briefing)
    // carries its language itself: the PDF engine tags a paragraph's language, not a span's.
    if (node.content().size() == 1
        && node.content().get(0) instanceof Inline.LangSpan span
        && !span.language().equals(language())) {
      languages.push(span.language());
      out.open("p", "lang", span.language().code());
      inlines(span.content());
      flushBacklinks();
      out.close("p").newline();
      languages.pop();
      return;
    }
    out.open("p");
    inlines(node.content());
    flushBacklinks();
    out.close("p").newline();
  }

  @Override
  public void visit(Block.ListBlock node) {
    String tag = node.ordered() ? "ol" : "ul";
    out.open(tag).newline();
    for (List<Block> item : node.items()) {
      out.open("li");
      compactBlocks(item);
      out.close("li").newline();
    }
    out.close(tag).newline();
  }

  /**
   * Roughly the narrowest width, in ems of table text, that a table can take: each column as wide
   * as its longest unbreakable word (about 0.6 em a character) plus its padding and border.
   */
  static double narrowestEm(Block.Table table) {
    List<Integer> longest = new ArrayList<>();
    for (List<Block.Row> rows : List.of(table.head(), table.body())) {
      for (Block.Row row : rows) {
        for (int c = 0; c < row.cells().size(); c++) {
          int chars = PlainText.longestUnbreakable(row.cells().get(c).content());
          if (c == longest.size()) {
            longest.add(chars);
          } else {
            longest.set(c, Math.max(longest.get(c), chars));
          }
        }
      }
    }
    return longest.stream().mapToDouble(chars -> chars * 0.6 + 1.2).sum();
  }

  /**
   * Whether a table cannot fit the text column (46rem less padding, about 47 em of the 0.9rem table
   * text) without its words overflowing: such a table may use the window's width on a wide screen
   * (class {@code table-wide} in briefing.css) instead of scrolling with its caption cut.
   */
  static boolean tooWideForText(Block.Table table) {
    return narrowestEm(table) > 44;
  }

  @Override
  public void visit(Block.Table node) {
    String id = idOr(node.id(), newId("table"));
    boolean hasCaption = !node.caption().isEmpty();
    // In the PDF the contents and bookmarks point at the block that starts with the caption: the
    // engine gives a table that runs over pages the page it ends on.
    addCaptionOutline(node, forPdf ? id + START : id, node.caption());
    if (!forPdf) {
      out.open(
          "div",
          "class",
          tooWideForText(node) ? "table-wrap table-wide" : "table-wrap",
          "role",
          hasCaption ? "region" : null,
          "aria-labelledby",
          hasCaption ? id + "-caption" : null,
          "tabindex",
          "0");
    } else {
      // A block the PDF engine can keep caption, header and first rows of together.
      out.open("div", "class", "table-block", "id", id + START);
    }
    out.open("table", "id", id, "class", "data-table").newline();
    if (hasCaption) {
      out.open("caption", "id", id + "-caption");
      inlines(node.caption());
      out.close("caption").newline();
    }
    List<String> columnLabels = new ArrayList<>();
    if (!node.head().isEmpty()) {
      for (Block.Cell c : node.head().get(0).cells()) {
        columnLabels.add(PlainText.of(c.content()));
      }
      out.open("thead").newline();
      for (Block.Row r : node.head()) {
        out.open("tr");
        for (Block.Cell c : r.cells()) {
          cell(c, c.header() ? "col" : null, null);
        }
        out.close("tr").newline();
      }
      out.close("thead").newline();
    }
    out.open("tbody").newline();
    for (Block.Row r : node.body()) {
      out.open("tr");
      List<Block.Cell> cells = r.cells();
      for (int i = 0; i < cells.size(); i++) {
        Block.Cell c = cells.get(i);
        String label = i < columnLabels.size() ? columnLabels.get(i) : null;
        cell(c, c.header() ? "row" : null, label == null || label.isEmpty() ? null : label);
      }
      out.close("tr").newline();
    }
    out.close("tbody").newline();
    out.close("table").newline();
    out.close("div").newline();
    if (!node.notes().isEmpty()) {
      out.open("div", "class", "table-notes");
      blocks(node.notes());
      out.close("div").newline();
    }
  }

  private void cell(Block.Cell c, String scope, String dataLabel) {
    String tag = scope != null ? "th" : "td";
    out.open(tag, "scope", scope, "data-label", dataLabel);
    compactBlocks(c.content());
    out.close(tag);
  }

  @Override
  public void visit(Block.Figure node) {
    String id = idOr(node.id(), newId("figure"));
    addCaptionOutline(node, id, node.caption());
    out.open("figure", "id", id, "class", "chart").newline();
    if (!node.caption().isEmpty()) {
      out.open("figcaption", "id", id + "-caption");
      inlines(node.caption());
      out.close("figcaption").newline();
    }
    if (node.chart().categories().isEmpty()) {
      out.open("p", "class", "chart-alt");
      inlines(node.alt().content());
      out.close("p").newline();
    } else {
      out.open("div", "class", "chart-drawing");
      out.raw(
          node.chart().kind() == Block.ChartKind.LINE
              ? new LineChart(node, id, forPdf, accent.hex(), language()).svg()
              : new BarChart(node, id, forPdf, accent.hex(), language()).drawing());
      out.close("div").newline();
      if (BarChart.describedApart(node, forPdf, language())) {
        // The chart's description, each part in its language: a <desc> holds no markup.
        out.open("p", "id", id + "-desc", "class", "chart-desc visually-hidden");
        inlines(node.alt().content());
        out.close("p").newline();
      }
      chartData(node);
    }
    if (!node.source().isEmpty()) {
      // The source line is complete in the model ("Source: Eurostat (nrg_ind_id)").
      out.open("p", "class", "source");
      inlines(node.source());
      out.close("p").newline();
    }
    out.close("figure").newline();
  }

  private void chartData(Block.Figure node) {
    Labels l = labels();
    Block.Chart chart = node.chart();
    String unit = chart.unit() == null || chart.unit().isBlank() ? "" : " (" + chart.unit() + ")";
    out.open("table", "class", "chart-data").newline();
    out.open("caption").text(l.get("chart-data"));
    if (chart.untranslatedThroughout()) {
      // Every label in English for want of a translation: one mark for the table, not one a row.
      out.text(" ");
      badge(Block.Chart.UNTRANSLATED, false);
    }
    out.close("caption").newline();
    out.open("thead").open("tr").open("th", "scope", "col").text(l.get("chart-item")).close("th");
    String unitLang = Block.Chart.otherThan(chart.unitLanguage(), language());
    for (Block.Series s : chart.series()) {
      // A header in one other language carries it itself (the PDF engine tags a cell's language,
      // not a span's); a header whose name and unit differ in language marks each part.
      String nameLang =
          s.name().isEmpty() ? null : Block.Chart.otherThan(s.nameLanguage(), language());
      String cellLang =
          nameLang != null && (unit.isEmpty() || nameLang.equals(unitLang)) ? nameLang : null;
      out.open("th", "scope", "col", "lang", cellLang);
      String name = s.name().isEmpty() ? l.get("chart-value") : s.name();
      if (cellLang != null || nameLang == null) {
        out.text(name);
      } else {
        out.open("span", "lang", nameLang).text(name).close("span");
      }
      if (!unit.isEmpty()) {
        if (unitLang == null || unitLang.equals(cellLang)) {
          out.text(unit);
        } else {
          out.text(" (").open("span", "lang", unitLang).text(chart.unit()).close("span").text(")");
        }
      }
      if (chart.marked(s)) {
        out.text(" ");
        badge(Block.Chart.UNTRANSLATED, cellLang != null);
      }
      out.close("th");
    }
    out.close("tr").close("thead").newline();
    out.open("tbody").newline();
    for (int c = 0; c < chart.categories().size(); c++) {
      String lang = Block.Chart.otherThan(chart.categoryLanguage(c), language());
      out.open("tr", "class", chart.highlighted().get(c) ? "highlight" : null)
          .open("th", "scope", "row", "lang", lang)
          .text(chart.categories().get(c));
      if (chart.marked(c)) {
        out.text(" ");
        badge(Block.Chart.UNTRANSLATED, lang != null);
      }
      out.close("th");
      for (Block.Series s : chart.series()) {
        out.open("td").text(s.values().get(c).formatted()).close("td");
      }
      out.close("tr").newline();
    }
    out.close("tbody").close("table").newline();
  }

  @Override
  public void visit(Block.Image node) {
    String id = idOr(node.id(), newId("figure"));
    addCaptionOutline(node, id, node.caption());
    out.open("figure", "id", id, "class", "picture").newline();
    if (!node.caption().isEmpty()) {
      out.open("figcaption", "id", id + "-caption");
      inlines(node.caption());
      out.close("figcaption").newline();
    }
    out.empty(
            "img",
            "src",
            "data:"
                + node.mediaType()
                + ";base64,"
                + Base64.getEncoder().encodeToString(node.data()),
            "alt",
            node.altText(),
            "lang",
            Block.Chart.otherThan(Optional.of(node.alt().language(language())), language()))
        .newline();
    if (!node.source().isEmpty()) {
      out.open("p", "class", "source");
      inlines(node.source());
      out.close("p").newline();
    }
    out.close("figure").newline();
  }

  @Override
  public void visit(Block.Callout node) {
    String kind = node.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    out.open("div", "class", "callout callout-" + kind, "role", forPdf ? null : "note");
    if (!node.title().isEmpty()) {
      out.open("p", "class", "callout-title").open("strong");
      inlines(node.title());
      out.close("strong").close("p");
    }
    blocks(node.content());
    out.close("div").newline();
  }

  @Override
  public void visit(Block.Quote node) {
    out.open("div", "class", "quote");
    out.open("blockquote");
    blocks(node.content());
    out.close("blockquote");
    if (!node.attribution().isEmpty()) {
      out.open("p", "class", "attribution").text("\u2014 ");
      inlines(node.attribution());
      out.close("p");
    }
    out.close("div").newline();
  }

  @Override
  public void visit(Block.Footnote node) {
    footnoteScopes.peek().add(new PlacedFootnote(node, language()));
  }

  /**
   * A footnote and the language of the text it was met in: the notes are written later, at the end
   * of their part or of the document, where another language may be current (a Polish half of a
   * parallel row puts its notes in the English document's list). The note keeps its own language
   * for its labels and its {@code lang}.
   */
  private record PlacedFootnote(Block.Footnote note, Language language) {}

  /** A note's number, for ordering; a marker that is not a number sorts after every number. */
  private static long numberOf(String marker) {
    return marker.matches("\\d{1,9}") ? Long.parseLong(marker) : Long.MAX_VALUE;
  }

  private void writeFootnotes(List<PlacedFootnote> notes, String id, int level) {
    if (notes.isEmpty()) {
      return;
    }
    // Notes in more than one language (a parallel briefing's halves) are headed in each: "Footnotes
    // / Przypisy", each word in its own language.
    List<Language> noteLanguages = notes.stream().map(PlacedFootnote::language).distinct().toList();
    // Listed by the paper's own numbers (a briefing cites them in its own order: 16 can come
    // before 6), each language's notes together; lettered notes after the numbered ones.
    notes = new ArrayList<>(notes);
    notes.sort(
        java.util.Comparator.comparingInt((PlacedFootnote n) -> noteLanguages.indexOf(n.language()))
            .thenComparingLong(n -> numberOf(n.note().marker())));
    String tag = "h" + Math.min(6, level);
    out.open("section", "class", "footnotes", "aria-labelledby", id).newline();
    out.open(tag, "id", id);
    List<OutlineEntry.Part> parts = new ArrayList<>();
    for (Language l : noteLanguages.size() > 1 ? noteLanguages : List.of(language())) {
      String word = Labels.of(l).get("footnotes");
      if (!parts.isEmpty()) {
        out.text(" / ");
        parts.add(part(" / ", language()));
      }
      if (l.equals(language())) {
        out.text(word);
      } else {
        out.open("span", "lang", l.code()).text(word).close("span");
      }
      parts.add(part(word, l));
    }
    out.close(tag).newline();
    addOutline(level - headingShift - 1 + outlineShift, id, parts);
    out.open("ol", "class", "footnote-list").newline();
    for (PlacedFootnote placed : notes) {
      Block.Footnote f = placed.note();
      Language around = language();
      languages.push(placed.language());
      out.open(
          "li",
          "id",
          "fn-" + f.id(),
          "lang",
          placed.language().equals(around) ? null : placed.language().code());
      out.open("span", "class", "footnote-marker").text(f.marker()).close("span").text(" ");
      List<String> links = new ArrayList<>();
      int refs = noteRefTotals.getOrDefault(f.id(), 0);
      String back = labels().get("back-to-text");
      for (int i = 1; i <= refs; i++) {
        links.add(
            backlink(
                "#" + noteRefId(f.id(), i),
                refs == 1 ? back : back + " " + i,
                refs == 1 ? null : Integer.toString(i)));
      }
      List<Block> content = f.content();
      int last = content.size() - 1;
      if (last >= 0 && content.get(last) instanceof Block.Paragraph p) {
        blocks(content.subList(0, last));
        out.open("p");
        inlines(p.content());
        pendingBacklinks.addAll(links);
        flushBacklinks();
        out.close("p");
      } else {
        blocks(content);
        out.open("p");
        pendingBacklinks.addAll(links);
        flushBacklinks();
        out.close("p");
      }
      out.close("li").newline();
      languages.pop();
    }
    out.close("ol").newline();
    out.close("section").newline();
  }

  private String backlink(String href, String label, String number) {
    Markup m = new Markup();
    m.open(
            "a",
            "class",
            "backlink",
            "href",
            href,
            "aria-label",
            forPdf ? null : label,
            "title",
            forPdf ? label : null)
        .text("\u21A9");
    if (number != null) {
      m.open("sup").text(number).close("sup");
    }
    m.close("a");
    return m.toString();
  }

  /** Writes the back-links waiting for the end of the current paragraph. */
  private void flushBacklinks() {
    for (String link : pendingBacklinks) {
      out.text(" ").raw(link);
    }
    pendingBacklinks.clear();
  }

  @Override
  public void visit(Block.Code node) {
    out.open("pre", "class", "code").open("code").text(node.text()).close("code").close("pre");
    out.newline();
  }

  @Override
  public void visit(Block.Rule node) {
    out.empty("hr").newline();
  }

  @Override
  public void visit(Block.Part node) {
    String id = idOr(node.id(), newId("part"));
    Optional<String> title = node.title().filter(t -> !t.isBlank());
    languages.push(node.language());
    out.open(
            "section",
            "id",
            id,
            "class",
            "part",
            "lang",
            node.language().code(),
            "aria-labelledby",
            title.isPresent() ? id + "-title" : null)
        .newline();
    int savedShift = headingShift;
    int savedOutlineShift = outlineShift;
    if (title.isPresent()) {
      int level = Math.min(6, 2 + headingShift);
      out.open("h" + level, "id", id + "-title", "class", "part-title")
          .text(title.get())
          .close("h" + level)
          .newline();
      addOutline(1 + outlineShift, id + "-title", title.get());
      headingShift++;
      outlineShift++;
    }
    footnoteScopes.push(new ArrayList<>());
    sectionBlocks(node.content());
    writeFootnotes(footnoteScopes.pop(), id + "-footnotes", 2 + headingShift);
    headingShift = savedShift;
    outlineShift = savedOutlineShift;
    out.close("section").newline();
    languages.pop();
  }

  /**
   * Two languages side by side, row by row. A wide row (a table, a figure) is not squeezed into a
   * column: its halves take the full width, the left language above the right.
   */
  @Override
  public void visit(Block.Parallel node) {
    String left = node.left().code();
    String right = node.right().code();
    String leftName = Labels.of(node.left()).get("language-name");
    String rightName = Labels.of(node.right()).get("language-name");
    if (forPdf) {
      // A layout table per run of narrow rows; wide rows between them at full width.
      boolean open = false;
      boolean headWritten = false;
      for (Block.ParallelRow r : headingsApart(node.rows())) {
        if (r.wide()) {
          if (open) {
            out.close("tbody").close("table").newline();
            open = false;
          }
          out.open("div", "class", "parallel-wide").newline();
          pairHeadings(r, node.right());
          half("div", node.left(), r.left(), 1);
          half("div", node.right(), r.right(), 2);
          out.close("div").newline();
          continue;
        }
        if (!open) {
          out.open("table", "class", "parallel").newline();
          if (!headWritten) {
            out.open("thead")
                .open("tr")
                .open("th", "scope", "col", "lang", left)
                .text(leftName)
                .close("th")
                .open("th", "scope", "col", "lang", right)
                .text(rightName)
                .close("th")
                .close("tr")
                .close("thead")
                .newline();
            headWritten = true;
          }
          out.open("tbody").newline();
          open = true;
        }
        // A short row (keywords, a one-line verdict) is not split across a page: one language at
        // the foot of a page and the other at the head of the next reads as two rows.
        out.open("tr", "class", isShort(r.left()) && isShort(r.right()) ? "keep" : null);
        pairHeadings(r, node.right());
        half("td", node.left(), r.left(), 1);
        half("td", node.right(), r.right(), 2);
        out.close("tr").newline();
      }
      if (open) {
        out.close("tbody").close("table").newline();
      }
      return;
    }
    out.open("div", "class", "parallel").newline();
    out.open("div", "class", "parallel-row parallel-head")
        .open("p", "class", "parallel-lang", "lang", left)
        .text(leftName)
        .close("p")
        .open("p", "class", "parallel-lang", "lang", right)
        .text(rightName)
        .close("p")
        .close("div")
        .newline();
    for (Block.ParallelRow r : node.rows()) {
      out.open("div", "class", r.wide() ? "parallel-row parallel-wide" : "parallel-row");
      pairHeadings(r, node.right());
      half("div", node.left(), r.left(), 1);
      half("div", node.right(), r.right(), 2);
      out.close("div").newline();
    }
    out.close("div").newline();
  }

  /**
   * The PDF's rows with each heading on a row of its own again: the document puts a heading in the
   * row of the text after it (so that stacked columns keep each heading above its own text), which
   * a PDF page never stacks; and the engine painted a paginated table's header twice on its page
   * when the table's first row held a heading and a long text.
   */
  private static List<Block.ParallelRow> headingsApart(List<Block.ParallelRow> rows) {
    List<Block.ParallelRow> out = new java.util.ArrayList<>();
    for (Block.ParallelRow r : rows) {
      if (r.left().size() > 1 && r.right().size() > 1 && r.opensWithHeadings()) {
        out.add(new Block.ParallelRow(r.left().subList(0, 1), r.right().subList(0, 1)));
        out.add(
            new Block.ParallelRow(
                r.left().subList(1, r.left().size()), r.right().subList(1, r.right().size())));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether a row's half is a few lines at most: under 320 characters of text. */
  private static boolean isShort(List<Block> content) {
    return PlainText.of(content).length() < 320;
  }

  /** The suffix of the id of a PDF table's block, where its caption starts. */
  static final String START = "-start";

  /** A table's or figure's caption; empty for any other block. */
  private static List<Inline> captionOf(Block b) {
    if (b instanceof Block.Table t) {
      return t.caption();
    }
    if (b instanceof Block.Figure f) {
      return f.caption();
    }
    return List.of();
  }

  /** The parallel row being written. */
  private Block.ParallelRow pairedRow;

  /**
   * Notes the row being written, and its right heading for the left one's outline entry, when both
   * open with one.
   */
  private void pairHeadings(Block.ParallelRow r, Language right) {
    pairedRow = r;
    boolean paired = r.opensWithHeadings();
    pairedLeft = paired ? (Block.Heading) r.left().get(0) : null;
    pairedRight = paired ? (Block.Heading) r.right().get(0) : null;
    pairedLanguage = right;
  }

  private void half(String tag, Language language, List<Block> content, int side) {
    languages.push(language);
    int saved = parallelSide;
    parallelSide = side;
    out.open(tag, "class", "parallel-cell", "lang", language.code());
    blocks(content);
    out.close(tag);
    parallelSide = saved;
    languages.pop();
  }

  // Inlines

  @Override
  public void visit(Inline.Text node) {
    out.text(node.text());
  }

  @Override
  public void visit(Inline.Emphasis node) {
    out.open("em");
    inlines(node.content());
    out.close("em");
  }

  @Override
  public void visit(Inline.Strong node) {
    out.open("strong");
    inlines(node.content());
    out.close("strong");
  }

  @Override
  public void visit(Inline.Code node) {
    out.open("code").text(node.text()).close("code");
  }

  @Override
  public void visit(Inline.Citation node) {
    out.text(node.open());
    for (int i = 0; i < node.items().size(); i++) {
      Inline.Cite item = node.items().get(i);
      if (i > 0) {
        out.text(node.separator());
      }
      String target = item.target().filter(anchorIds::contains).orElse(null);
      if (target == null) {
        out.open("span", "class", "citation").text(item.label()).close("span");
        continue;
      }
      int n = citationsSeen.merge(target, 1, Integer::sum);
      out.open(
              "a",
              "class",
              "citation",
              "id",
              citationId(target, n),
              "href",
              "#" + target,
              "title",
              forPdf ? item.label() : null)
          .text(item.label())
          .close("a");
    }
    out.text(node.close());
  }

  private static String citationId(String target, int n) {
    return "cite-" + target + "-" + n;
  }

  private static String noteRefId(String noteId, int n) {
    return n == 1 ? "fnref-" + noteId : "fnref-" + noteId + "-" + n;
  }

  @Override
  public void visit(Inline.Link node) {
    String target = node.target();
    if (!isSafeTarget(target)) {
      out.open("span", "class", "link-text");
      inlines(node.content());
      out.close("span");
      return;
    }
    String shown = PlainText.of(node.content()).strip();
    out.open(
        "a",
        "href",
        target,
        // A link that shows its own address: print does not repeat it after the text.
        "class",
        shown.equals(target) ? "bare" : null,
        "title",
        forPdf ? titleFor(shown, target) : null);
    inlines(node.content());
    out.close("a");
  }

  private static String titleFor(String text, String target) {
    return text.isEmpty() ? target : text;
  }

  /**
   * Links may go to a place in the document or to a web or mail address; anything else (a {@code
   * javascript:} or {@code data:} URL) is printed as text without a link.
   */
  static boolean isSafeTarget(String target) {
    if (target == null || target.isBlank()) {
      return false;
    }
    String t = target.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("#")
        || t.startsWith("https://")
        || t.startsWith("http://")
        || t.startsWith("mailto:");
  }

  @Override
  public void visit(Inline.LangSpan node) {
    languages.push(node.language());
    out.open("span", "lang", node.language().code());
    inlines(node.content());
    out.close("span");
    languages.pop();
  }

  @Override
  public void visit(Inline.NoteRef node) {
    if (!footnoteIds.contains(node.id())) {
      out.open("sup", "class", "noteref").text(node.marker()).close("sup");
      return;
    }
    int n = noteRefsSeen.merge(node.id(), 1, Integer::sum);
    String id = noteRefId(node.id(), n);
    out.open("sup", "class", "noteref")
        .open(
            "a",
            "id",
            id,
            "href",
            "#fn-" + node.id(),
            "role",
            forPdf ? null : "doc-noteref",
            "title",
            forPdf ? labels().get("footnotes") + " " + node.marker() : null)
        .text(node.marker())
        .close("a")
        .close("sup");
  }

  @Override
  public void visit(Inline.Badge node) {
    badge(node, false);
  }

  /**
   * A badge in the current language; {@code marked} gives it its {@code lang}, for a badge inside
   * an element in another language (an English label's table cell).
   */
  private void badge(Inline.Badge node, boolean marked) {
    String cls = node.labelKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    out.open("span", "class", "badge badge-" + cls, "lang", marked ? language().code() : null)
        .text(labels().get(node.labelKey()));
    out.close("span");
  }

  @Override
  public void visit(Inline.Anchor node) {
    out.open("span", "id", node.id(), "class", "anchor").close("span");
    int total = citationTotals.getOrDefault(node.id(), 0);
    for (int i = 1; i <= total; i++) {
      String label = labels().get("back-to-citation", Integer.toString(i));
      pendingBacklinks.add(
          backlink("#" + citationId(node.id(), i), label, total == 1 ? null : Integer.toString(i)));
    }
  }

  @Override
  public void visit(Inline.LineBreak node) {
    out.empty("br");
  }
}
