package org.briefing.render.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.Node;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.render.FormulaGuard;
import org.briefing.render.RenderReport;
import org.briefing.render.Renderer;

/**
 * Writes the first table of a {@link Document} (the summary table) as CSV (format {@code csv}); a
 * briefing with no table becomes rows of its text (the section, then one paragraph or item a row).
 *
 * <pre>{@code
 * Renderer csv = CsvRenderer.builder().build();
 * csv.render(document, out);
 * Renderer forExcel = CsvRenderer.builder().byteOrderMark(true).build();
 * }</pre>
 *
 * <p>What the file holds, as statistical offices and journals lay out a table in a spreadsheet: the
 * sharing marking, if the briefing has one (its own record: the marking travels with the file); the
 * table's title (its caption, with a "[draft translation]" mark when the table is a draft); an
 * empty record; the table (the head rows, the first being the column headers, then one record per
 * body row); an empty record; then one record per note under the table, in order (its notes, a
 * sentence saying the translation is a draft where it is, its source line). The empty records keep
 * the table a block of its own, which spreadsheets select, sort and chart on its own. {@link
 * Builder#gridOnly(boolean)} leaves out everything but the table's rows.
 *
 * <p>RFC 4180: CRLF after every record; fields holding a comma, a double quote or a line end are
 * quoted and their double quotes doubled. Every record has as many fields as the widest row of the
 * table (the title, the notes and short rows are padded with empty fields). The paragraphs (and
 * list items, and line breaks) of a cell are joined with LF inside the quoted field. Only text is
 * written: emphasis is dropped, a link keeps its text, a citation prints "(label)", a note
 * reference its marker, a badge its label in brackets in the cell's language ("[draft
 * translation]"). Apache Commons CSV writes the records.
 *
 * <p>Cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) get a leading apostrophe, as OWASP advises against CSV injection ({@link
 * FormulaGuard}, used by every CSV the tool writes); plain numbers are kept. This is on by default;
 * {@link Builder#neutraliseFormulas(boolean)} turns it off for a reader that is not a spreadsheet.
 *
 * <p>UTF-8, without a byte order mark by default, as every CSV the tool writes (RFC 4180 and most
 * tools expect none); {@link Builder#byteOrderMark(boolean)} adds one, which Excel needs to read
 * UTF-8 CSV correctly when the file is opened directly rather than through Data, From Text/CSV.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvRenderer implements Renderer {
  /** The format name used with {@code -f}. */
  public static final String FORMAT = "csv";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final boolean byteOrderMark;
  private final boolean neutraliseFormulas;
  private final boolean gridOnly;

  private CsvRenderer(Builder builder) {
    this.byteOrderMark = builder.byteOrderMark;
    this.neutraliseFormulas = builder.neutraliseFormulas;
    this.gridOnly = builder.gridOnly;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String extension() {
    return "csv";
  }

  /**
   * Writes the first table.
   *
   * <p>A briefing with no table is written as rows of its text.
   */
  @Override
  public void render(Document document, OutputStream out) throws IOException {
    String csv = renderToString(document);
    if (byteOrderMark) {
      out.write(BOM);
    }
    out.write(csv.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the first table, with a warning when the briefing shows other tables that the one CSV
   * file cannot hold, or (bilingual) the first table's copy in the second language. The warning
   * names each table by the corpus id {@code briefing table} takes ({@link
   * org.briefing.document.Meta#tableIds()}) and ends with the commands that write them, each in its
   * language, as they run from the folder where the tool was run: with {@code --corpus} and the
   * corpus's folder when the briefing was not made from the corpus built into the tool ({@link
   * org.briefing.document.Meta#corpusFolder()}).
   */
  @Override
  public RenderReport renderReporting(Document document, OutputStream out) throws IOException {
    render(document, out);
    List<Block.Table> all = tables(document);
    if (all.isEmpty()) {
      return RenderReport.NONE;
    }
    java.util.Map<String, String> ids = document.meta().tableIds();
    java.util.Optional<String> corpus = document.meta().corpusFolder();
    Language main = document.meta().language();
    java.util.Optional<Language> second = document.meta().secondLanguage();
    // A bilingual briefing's second copy of a table is the same corpus table.
    Block.Table first = all.get(0);
    String firstId = ids.get(first.id());
    boolean firstCopyLeftOut = false;
    List<Block.Table> others = new ArrayList<>();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (Block.Table t : all.subList(1, all.size())) {
      String id = second.isPresent() ? ids.get(t.id()) : null;
      if (id != null && id.equals(firstId)) {
        firstCopyLeftOut = true;
      } else if (id == null || named.add(id)) {
        others.add(t);
      }
    }
    if (others.isEmpty() && !firstCopyLeftOut) {
      return RenderReport.NONE;
    }
    boolean allNamed =
        ids.containsKey(first.id()) && others.stream().allMatch(t -> ids.containsKey(t.id()));
    List<String> names = others.stream().map(t -> ids.getOrDefault(t.id(), t.id())).toList();
    StringBuilder m = new StringBuilder("the CSV holds only the first table (");
    m.append(ids.getOrDefault(first.id(), first.id())).append(')');
    if (second.isPresent()) {
      m.append(", in ").append(main.englishName());
    }
    List<String> leftOut = new ArrayList<>();
    if (firstCopyLeftOut) {
      leftOut.add("its " + second.get().englishName() + " copy");
    }
    if (!others.isEmpty()) {
      leftOut.add(
          others.size()
              + (others.size() == 1 ? " other table (" : " other tables (")
              + String.join(", ", names)
              + ")"
              + (second.isPresent() ? " in both languages" : ""));
    }
    m.append("; left out: ").append(String.join(" and ", leftOut));
    if (!allNamed) {
      // Tables that are not the corpus's own (or a document that does not say which): the ids
      // above are the document's.
      m.append("; each table's id is listed by: ")
          .append(ToolCommand.of("list", "tables").corpus(corpus).text())
          .append("; and one table (its id for ID) is written by: ")
          .append(ToolCommand.of("table", "ID", "-f", "csv").corpus(corpus).text());
      return new RenderReport(java.util.OptionalInt.empty(), List.of(m.toString()));
    }
    List<String> commands = new ArrayList<>();
    if (firstCopyLeftOut) {
      commands.add(command(ids.get(first.id()), second.get(), corpus));
    }
    for (String id : names) {
      commands.add(command(id, main, corpus));
      second.ifPresent(l -> commands.add(command(id, l, corpus)));
    }
    // The commands last, one after another as a shell line runs them.
    m.append(commands.size() == 1 ? "; to write it: " : "; to write them: ")
        .append(String.join("; ", commands));
    return new RenderReport(java.util.OptionalInt.empty(), List.of(m.toString()));
  }

  /**
   * The command that writes one of the corpus's tables as CSV in a language, from the corpus in
   * {@code corpus} (empty: the built-in one).
   */
  private static String command(
      String tableId, Language language, java.util.Optional<String> corpus) {
    ToolCommand c = ToolCommand.of("table", tableId);
    if (!language.isSource()) {
      c = c.and("-l", language.code());
    }
    return c.and("-f", "csv").corpus(corpus).text();
  }

  /**
   * The first table as CSV text (without a byte order mark): the marking, the title, the table and
   * its notes.
   *
   * <p>A briefing with no table is written as rows of its text (section, text).
   */
  public String renderToString(Document document) {
    List<Block.Table> all = tables(document);
    if (all.isEmpty()) {
      return contentRows(document);
    }
    Block.Table table = all.get(0);
    Language language = document.meta().language();
    List<Block.Row> rows = new ArrayList<>(table.head());
    rows.addAll(table.body());
    List<List<String>> records = new ArrayList<>();
    if (!gridOnly) {
      document.meta().marking().map(Marking::text).ifPresent(m -> records.add(List.of(m)));
      if (!table.caption().isEmpty()) {
        records.add(List.of(CellText.of(List.of(new Block.Paragraph(table.caption())), language)));
      }
      if (!records.isEmpty()) {
        records.add(List.of());
      }
    }
    for (Block.Row r : rows) {
      List<String> fields = new ArrayList<>();
      for (Block.Cell c : r.cells()) {
        fields.add(CellText.of(c.content(), language));
      }
      records.add(fields);
    }
    if (!gridOnly) {
      List<List<String>> notes = new ArrayList<>();
      for (Block note : table.notes()) {
        String text = CellText.of(List.of(note), language).strip();
        if (!text.isEmpty()) {
          notes.add(List.of(text));
        }
      }
      if (!notes.isEmpty()) {
        records.add(List.of());
        records.addAll(notes);
      }
    }
    return print(records);
  }

  /**
   * The records as RFC 4180 text, each padded with empty fields to the widest, every field through
   * the formula guard.
   */
  private String print(List<List<String>> records) {
    int columns = 1;
    for (List<String> r : records) {
      columns = Math.max(columns, r.size());
    }
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      for (List<String> r : records) {
        List<String> fields = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
          String field = i < r.size() ? r.get(i) : "";
          fields.add(neutraliseFormulas ? FormulaGuard.neutralise(field) : field);
        }
        printer.printRecord(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Every table of the document, in reading order (in parts too). */
  private static List<Block.Table> tables(Document document) {
    List<Block.Table> tables = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Block.Table node) {
            tables.add(node);
          }
        });
    return tables;
  }

  /**
   * A briefing with no table as rows of its text: the marking (if any) and an empty record, the
   * column headers, then the heading each text stands under and one paragraph, list item, quote or
   * figure caption a row, in reading order (both languages of a bilingual one).
   */
  private String contentRows(Document document) {
    Labels labels = Labels.of(document.meta().language());
    List<List<String>> rows = new ArrayList<>();
    if (!gridOnly && document.meta().marking().isPresent()) {
      rows.add(List.of(document.meta().marking().get().text()));
      rows.add(List.of());
    }
    rows.add(List.of(labels.get("csv.section"), labels.get("csv.text")));
    new Object() {
      private String section = "";

      void blocks(List<Block> blocks, Language language) {
        for (Block b : blocks) {
          if (b instanceof Block.Heading h) {
            section = CellText.of(List.of(new Block.Paragraph(h.content())), language);
          } else if (b instanceof Block.Paragraph || b instanceof Block.Code) {
            row(List.of(b), language);
          } else if (b instanceof Block.ListBlock l) {
            l.items().forEach(item -> row(item, language));
          } else if (b instanceof Block.Quote q) {
            row(q.content(), language);
          } else if (b instanceof Block.Callout c) {
            blocks(c.content(), language);
          } else if (b instanceof Block.Footnote f) {
            row(f.content(), language);
          } else if (b instanceof Block.Figure f) {
            // A figure is a section of its own, its caption the title (a figure section has no
            // heading): a row per category with its values, then its source line.
            String caption = CellText.of(List.of(new Block.Paragraph(f.caption())), language);
            if (!caption.isBlank()) {
              section = caption.strip();
            }
            Block.Chart chart = f.chart();
            for (int i = 0; i < chart.categories().size(); i++) {
              List<String> values = new ArrayList<>();
              for (Block.Series series : chart.series()) {
                String value = chart.withUnit(series.values().get(i)).replace('\u00a0', ' ');
                values.add(chart.multiSeries() ? series.name() + ": " + value : value);
              }
              rows.add(
                  List.of(section, chart.categories().get(i) + ": " + String.join("; ", values)));
            }
            row(List.of(new Block.Paragraph(f.source())), language);
          } else if (b instanceof Block.Part p) {
            blocks(p.content(), p.language());
          } else if (b instanceof Block.Parallel p) {
            for (Block.ParallelRow r : p.rows()) {
              blocks(r.left(), p.left());
              blocks(r.right(), p.right());
            }
          }
        }
      }

      void row(List<Block> content, Language language) {
        String text = CellText.of(content, language).strip();
        if (!text.isEmpty()) {
          rows.add(List.of(section, text));
        }
      }
    }.blocks(document.blocks(), document.meta().language());
    return print(rows);
  }

  /** The text of a cell: blocks, list items and line breaks become LF. */
  private static final class CellText extends AbstractVisitor {
    private final StringBuilder text = new StringBuilder();
    private final ArrayDeque<Language> languages = new ArrayDeque<>();

    private CellText(Language language) {
      languages.push(language);
    }

    static String of(List<Block> content, Language language) {
      CellText c = new CellText(language);
      c.blocks(content);
      return c.text.toString();
    }

    private void blocks(List<? extends Node> blocks) {
      for (Node b : blocks) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
        b.accept(this);
      }
    }

    @Override
    public void visit(Block.ListBlock node) {
      node.items().forEach(this::blocks);
    }

    @Override
    public void visit(Block.Code node) {
      text.append(node.text());
    }

    @Override
    public void visit(Block.Part node) {
      languages.push(node.language());
      blocks(node.content());
      languages.pop();
    }

    @Override
    public void visit(Inline.Text node) {
      text.append(node.text());
    }

    @Override
    public void visit(Inline.Code node) {
      text.append(node.text());
    }

    @Override
    public void visit(Inline.Citation node) {
      text.append(node.plainText());
    }

    @Override
    public void visit(Inline.LangSpan node) {
      languages.push(node.language());
      super.visit(node);
      languages.pop();
    }

    @Override
    public void visit(Inline.NoteRef node) {
      text.append(node.marker());
    }

    @Override
    public void visit(Inline.Badge node) {
      text.append('[').append(Labels.of(languages.peek()).get(node.labelKey())).append(']');
    }

    @Override
    public void visit(Inline.LineBreak node) {
      text.append('\n');
    }
  }

  /** Configures a {@link CsvRenderer}. Not thread-safe; the renderer it builds is. */
  public static final class Builder {
    private boolean byteOrderMark;
    private boolean neutraliseFormulas = true;
    private boolean gridOnly;

    private Builder() {}

    /**
     * Whether to write only the table's rows (or the text rows' header and rows), without the
     * marking, the title and the notes (default false), for a reader that wants the grid alone.
     */
    public Builder gridOnly(boolean on) {
      this.gridOnly = on;
      return this;
    }

    /**
     * Whether cells that a spreadsheet would run as formulas get a leading apostrophe (default
     * true).
     */
    public Builder neutraliseFormulas(boolean on) {
      this.neutraliseFormulas = on;
      return this;
    }

    /** Whether to start the file with a UTF-8 byte order mark, for Excel (default false). */
    public Builder byteOrderMark(boolean byteOrderMark) {
      this.byteOrderMark = byteOrderMark;
      return this;
    }

    public CsvRenderer build() {
      return new CsvRenderer(this);
    }
  }
}
