package org.briefing.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.briefing.i18n.Language;

/** Block-level content. Every block is an immutable record. */
public sealed interface Block extends Node {

  /**
   * Whether this block needs the full width of the page: a table, a chart or a picture. In a
   * parallel layout a wide block is not squeezed into one column; renderers give it the full width
   * (one language after the other) or stack it.
   */
  default boolean wide() {
    return false;
  }

  /**
   * Whether any of the blocks is wide or holds a wide block (a table inside a callout or a list): a
   * table, a figure, a picture, or a layout of its own (a part, parallel columns).
   */
  static boolean anyWide(List<Block> blocks) {
    boolean[] found = {false};
    AbstractVisitor finder =
        new AbstractVisitor() {
          @Override
          public void visit(Table node) {
            found[0] = true;
          }

          @Override
          public void visit(Figure node) {
            found[0] = true;
          }

          @Override
          public void visit(Image node) {
            found[0] = true;
          }

          @Override
          public void visit(Parallel node) {
            found[0] = true;
          }

          @Override
          public void visit(Part node) {
            found[0] = true;
          }
        };
    for (Block b : blocks) {
      b.accept(finder);
    }
    return found[0];
  }

  /** A heading; {@code level} 1 is the document title level, 2 a section. */
  record Heading(int level, String id, List<Inline> content) implements Block {
    public Heading {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A bulleted or numbered list; each item is a list of blocks. */
  record ListBlock(boolean ordered, List<List<Block>> items) implements Block {
    public ListBlock {
      items = items.stream().map(List::copyOf).toList();
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * A table with header rows, body rows, and notes printed under it (the source line, a note).
   *
   * @param id an anchor id
   * @param caption the table's title ("Table 3. Critical minerals …")
   */
  record Table(String id, List<Inline> caption, List<Row> head, List<Row> body, List<Block> notes)
      implements Block {
    public Table {
      caption = List.copyOf(caption);
      head = List.copyOf(head);
      body = List.copyOf(body);
      notes = List.copyOf(notes);
    }

    @Override
    public boolean wide() {
      return true;
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A table row. */
  record Row(List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** This row with each cell's content replaced by {@code f} of it (headers kept). */
    public Row mapContent(java.util.function.UnaryOperator<List<Block>> f) {
      return new Row(cells.stream().map(c -> new Cell(c.header(), f.apply(c.content()))).toList());
    }
  }

  /**
   * A table cell.
   *
   * @param header true for a header cell (column header in the head, row header in the body)
   */
  record Cell(boolean header, List<Block> content) {
    public Cell {
      content = List.copyOf(content);
    }
  }

  /**
   * A chart: its numbers, a text alternative and its source line. Renderers draw it (SVG, or what
   * their format can show) and always give the numbers as a table too.
   */
  record Figure(String id, List<Inline> caption, Chart chart, AltText alt, List<Inline> source)
      implements Block {
    /** A chart whose text alternative is wholly in the language around it. */
    public Figure(
        String id, List<Inline> caption, Chart chart, String altText, List<Inline> source) {
      this(id, caption, chart, AltText.of(altText), source);
    }

    public Figure {
      caption = List.copyOf(caption);
      source = List.copyOf(source);
    }

    /** The text alternative as plain text. */
    public String altText() {
      return alt.text();
    }

    @Override
    public boolean wide() {
      return true;
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** How a chart draws its series. */
  enum ChartKind {
    /** Horizontal bars, one group per category (one bar per series). */
    BAR,
    /** Lines over the categories in order (a time series). */
    LINE
  }

  /**
   * A chart's numbers: one value per category in each series.
   *
   * @param unit printed after each value ("%"), may be empty
   * @param categories the labels along the category axis, in order
   * @param series one or more series; a single series may have an empty name
   * @param highlighted for each category, whether the text is about it (drawn in the accent colour)
   * @param unitLanguage the language the unit is written in, when known: a Polish briefing's chart
   *     whose unit has no Polish translation prints the English one, and formats mark it as English
   *     text; empty for the language around the chart
   * @param categoryLanguages the language each category label is written in, when known (one per
   *     category; an empty list for none known): a label without a translation is the English one
   * @param language the language the chart is written in (its briefing's), when known: a label,
   *     name or unit written in another language is there for want of a translation, and the table
   *     of the numbers marks it "not yet translated"
   */
  record Chart(
      ChartKind kind,
      String unit,
      List<String> categories,
      List<Series> series,
      List<Boolean> highlighted,
      Optional<Language> unitLanguage,
      List<Optional<Language>> categoryLanguages,
      Optional<Language> language) {
    /** A chart whose texts are all in the language around it. */
    public Chart(
        ChartKind kind,
        String unit,
        List<String> categories,
        List<Series> series,
        List<Boolean> highlighted) {
      this(kind, unit, categories, series, highlighted, Optional.empty(), List.of());
    }

    /** A chart whose texts' languages are known, but not which of them lack a translation. */
    public Chart(
        ChartKind kind,
        String unit,
        List<String> categories,
        List<Series> series,
        List<Boolean> highlighted,
        Optional<Language> unitLanguage,
        List<Optional<Language>> categoryLanguages) {
      this(
          kind,
          unit,
          categories,
          series,
          highlighted,
          unitLanguage,
          categoryLanguages,
          Optional.empty());
    }

    /** The mark of a chart text there for want of a translation. */
    public static final Inline.Badge UNTRANSLATED = new Inline.Badge("missing-translation");

    public Chart {
      language = language == null ? Optional.empty() : language;
      categories = List.copyOf(categories);
      series = List.copyOf(series);
      highlighted = List.copyOf(highlighted);
      unitLanguage = unitLanguage == null ? Optional.empty() : unitLanguage;
      categoryLanguages =
          categoryLanguages == null || categoryLanguages.isEmpty()
              ? java.util.Collections.nCopies(categories.size(), Optional.<Language>empty())
              : List.copyOf(categoryLanguages);
      if (categoryLanguages.size() != categories.size()) {
        throw new IllegalArgumentException("one language (or none) per category");
      }
      for (Series s : series) {
        if (s.values().size() != categories.size()) {
          throw new IllegalArgumentException(
              "series '"
                  + s.name()
                  + "' has "
                  + s.values().size()
                  + " values for "
                  + categories.size()
                  + " categories");
        }
      }
      if (highlighted.size() != categories.size()) {
        throw new IllegalArgumentException("one highlight flag per category");
      }
    }

    /**
     * A value as printed with its unit: "91.6%" (a percent or per-mille sign follows the number),
     * "3.2\u00a0mln" (any other unit after a non-breaking space); empty for a missing value.
     */
    public String withUnit(Value value) {
      if (value.formatted().isEmpty() || unit == null || unit.isBlank()) {
        return value.formatted();
      }
      String u = unit.strip();
      return value.formatted() + (u.equals("%") || u.equals("‰") ? "" : "\u00a0") + u;
    }

    /** Whether every series has a name (a legend is needed when there are several). */
    public boolean multiSeries() {
      return series.size() > 1;
    }

    /** The language category {@code c}'s label is written in, if known. */
    public Optional<Language> categoryLanguage(int c) {
      return categoryLanguages.get(c);
    }

    /**
     * The language a text of this chart is written in, when it is not {@code around} (the language
     * of the text around the chart): the language to mark it with, or null for none.
     */
    public static String otherThan(Optional<Language> written, Language around) {
      return written.filter(l -> !l.equals(around)).map(Language::code).orElse(null);
    }

    /**
     * A text of this chart as an inline: in a {@link Inline.LangSpan} when it is written in another
     * language than {@code around}, for formats that mark other-language text through the model.
     */
    public static Inline inline(String text, Optional<Language> written, Language around) {
      Inline t = new Inline.Text(text);
      return written.isPresent() && !written.get().equals(around) && !text.isEmpty()
          ? new Inline.LangSpan(written.get(), List.of(t))
          : t;
    }

    /**
     * Whether a text of this chart written in {@code written} is there for want of a translation:
     * the chart's language is known, the text is in another one (an English label in a Polish
     * chart) and has words to translate (a unit "%" has none).
     */
    public boolean untranslated(String text, Optional<Language> written) {
      return language.isPresent()
          && written.isPresent()
          && !written.equals(language)
          && hasWords(text);
    }

    private static boolean hasWords(String text) {
      return text != null && text.codePoints().anyMatch(Character::isLetter);
    }

    /** Whether category {@code c}'s label is there for want of a translation. */
    public boolean untranslated(int c) {
      return untranslated(categories.get(c), categoryLanguage(c));
    }

    /**
     * Whether a series' header in the table of the numbers (its name, then the unit) holds a text
     * there for want of a translation.
     */
    public boolean untranslated(Series s) {
      return untranslated(s.name(), s.nameLanguage()) || untranslated(unit, unitLanguage);
    }

    /**
     * Whether every label and series header of the table of the numbers that has words (two at
     * least) is there for want of a translation: the table is then marked once, at its caption, and
     * not each of its labels (as a table whose every cell is a draft translation is).
     */
    public boolean untranslatedThroughout() {
      int texts = 0;
      for (int c = 0; c < categories.size(); c++) {
        if (hasWords(categories.get(c))) {
          if (!untranslated(c)) {
            return false;
          }
          texts++;
        }
      }
      for (Series s : series) {
        if (hasWords(s.name()) || hasWords(unit)) {
          if (!untranslated(s)) {
            return false;
          }
          texts++;
        }
      }
      return texts >= 2;
    }

    /**
     * Category {@code c}'s label as a cell of the table of the numbers: in its language, then a
     * "not yet translated" badge when it stands for want of a translation (and the table is not
     * marked once for all).
     */
    public List<Inline> categoryCell(int c, Language around) {
      Inline label = inline(categories.get(c), categoryLanguage(c), around);
      return marked(c) ? List.of(label, new Inline.Text(" "), UNTRANSLATED) : List.of(label);
    }

    /** Whether the table of the numbers marks category {@code c}'s label "not yet translated". */
    public boolean marked(int c) {
      return untranslated(c) && !untranslatedThroughout();
    }

    /** Whether the table of the numbers marks a series' header "not yet translated". */
    public boolean marked(Series s) {
      return untranslated(s) && !untranslatedThroughout();
    }

    /**
     * A series' header in the table of the numbers: its name ({@code unnamed} for a series without
     * one) and the unit in brackets, each in its language, then a "not yet translated" badge when
     * either stands for want of a translation (and the table is not marked once for all).
     */
    public List<Inline> seriesHeader(Series s, String unnamed, Language around) {
      List<Inline> out = new java.util.ArrayList<>();
      out.add(
          s.name().isEmpty()
              ? new Inline.Text(unnamed)
              : inline(s.name(), s.nameLanguage(), around));
      if (unit != null && !unit.isBlank()) {
        out.add(new Inline.Text(" ("));
        out.add(inline(unit, unitLanguage, around));
        out.add(new Inline.Text(")"));
      }
      if (marked(s)) {
        out.add(new Inline.Text(" "));
        out.add(UNTRANSLATED);
      }
      return out;
    }
  }

  /**
   * One named series of a chart.
   *
   * @param nameLanguage the language the name is written in, when known (an untranslated name is
   *     the English one); empty for the language around the chart
   */
  record Series(String name, List<Value> values, Optional<Language> nameLanguage) {
    /** A series whose name is in the language around the chart. */
    public Series(String name, List<Value> values) {
      this(name, values, Optional.empty());
    }

    public Series {
      values = List.copyOf(values);
      nameLanguage = nameLanguage == null ? Optional.empty() : nameLanguage;
    }
  }

  /**
   * One value of a series.
   *
   * @param number the value, or null where the series has none for that category
   * @param formatted the value as printed in the document's language ("91,6"), empty when none
   */
  record Value(BigDecimal number, String formatted) {}

  /**
   * A text alternative (a chart's or a picture's description) as plain text whose parts may be in
   * another language than the text around it: a Polish briefing describes a chart in a Polish
   * sentence that names an English label for want of its translation, or gives a picture's English
   * description. Its content is plain text and {@link Inline.LangSpan}s of plain text; formats that
   * can mark each part do, those that mark a description with one language give it {@link
   * #language}.
   *
   * <pre>{@code
   * AltText alt = new AltText(List.of(new Inline.Text("Udział: "),
   *     new Inline.LangSpan(Language.EN, List.of(new Inline.Text("Portugal"))),
   *     new Inline.Text(" 68,8%.")));
   * alt.text();                  // "Udział: Portugal 68,8%."
   * alt.language(Language.PL);   // PL (most of its letters)
   * alt.mixed(Language.PL);      // true
   * }</pre>
   */
  record AltText(List<Inline> content) {
    public AltText {
      content = List.copyOf(content);
      for (Inline i : content) {
        plainOrSpan(i);
      }
    }

    /** A text wholly in the language around it. */
    public static AltText of(String text) {
      return new AltText(List.of(new Inline.Text(text)));
    }

    private static void plainOrSpan(Inline i) {
      if (i instanceof Inline.LangSpan s) {
        s.content().forEach(AltText::plainOrSpan);
      } else if (!(i instanceof Inline.Text)) {
        throw new IllegalArgumentException("a text alternative is plain text: " + i);
      }
    }

    /** The text as one string, without its languages. */
    public String text() {
      StringBuilder b = new StringBuilder();
      append(content, b);
      return b.toString();
    }

    private static void append(List<Inline> inlines, StringBuilder b) {
      for (Inline i : inlines) {
        if (i instanceof Inline.Text t) {
          b.append(t.text());
        } else if (i instanceof Inline.LangSpan s) {
          append(s.content(), b);
        }
      }
    }

    /**
     * The language most of its letters are written in (digits, spaces and punctuation count for
     * none), its unmarked parts being in {@code around}; {@code around} on a tie or for a text
     * without letters. The one language of a text wholly in one.
     */
    public Language language(Language around) {
      java.util.Map<Language, Integer> letters = letters(around);
      Language most = around;
      for (java.util.Map.Entry<Language, Integer> e : letters.entrySet()) {
        if (e.getValue() > letters.getOrDefault(most, 0)) {
          most = e.getKey();
        }
      }
      return most;
    }

    /**
     * Whether its words are in more than one language, its unmarked parts being in {@code around}.
     */
    public boolean mixed(Language around) {
      return letters(around).size() > 1;
    }

    /** The number of letters in each language that has any, in the order met. */
    private java.util.Map<Language, Integer> letters(Language around) {
      java.util.Map<Language, Integer> out = new java.util.LinkedHashMap<>();
      count(content, around, out);
      return out;
    }

    private static void count(
        List<Inline> inlines, Language language, java.util.Map<Language, Integer> out) {
      for (Inline i : inlines) {
        if (i instanceof Inline.Text t) {
          long n = t.text().codePoints().filter(Character::isLetter).count();
          if (n > 0) {
            out.merge(language, (int) n, Integer::sum);
          }
        } else if (i instanceof Inline.LangSpan s) {
          count(s.content(), s.language(), out);
        }
      }
    }
  }

  /**
   * A picture with a required text alternative and its source line.
   *
   * @param mediaType {@code image/png} or {@code image/svg+xml}
   * @param origin the figure and file the picture comes from and where the input names it, so that
   *     a renderer that cannot draw it says which it is and where; empty when not known
   */
  record Image(
      String id,
      List<Inline> caption,
      byte[] data,
      String mediaType,
      AltText alt,
      List<Inline> source,
      Optional<Origin> origin)
      implements Block {
    public Image {
      caption = List.copyOf(caption);
      source = List.copyOf(source);
      data = data.clone();
      java.util.Objects.requireNonNull(origin, "origin");
    }

    /** A picture with no known origin. */
    public Image(
        String id,
        List<Inline> caption,
        byte[] data,
        String mediaType,
        AltText alt,
        List<Inline> source) {
      this(id, caption, data, mediaType, alt, source, Optional.empty());
    }

    /**
     * A picture with no known origin whose text alternative is wholly in the language around it.
     */
    public Image(
        String id,
        List<Inline> caption,
        byte[] data,
        String mediaType,
        String altText,
        List<Inline> source) {
      this(id, caption, data, mediaType, AltText.of(altText), source);
    }

    /**
     * Where a picture comes from.
     *
     * @param figure the id of the figure that shows it
     * @param file its file, as the input names it ({@code images/map.svg})
     * @param position where the input names the file
     */
    public record Origin(
        String figure, String file, org.briefing.diagnostics.SourcePosition position) {
      /** The picture, named for a message: "the picture of figure 'map' (images/map.svg)". */
      public String describe() {
        return "the picture of figure '" + figure + "' (" + file + ")";
      }
    }

    /** The text alternative as plain text. */
    public String altText() {
      return alt.text();
    }

    /** The picture's bytes (a copy). */
    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Image i
          && i.id.equals(id)
          && i.caption.equals(caption)
          && java.util.Arrays.equals(i.data, data)
          && i.mediaType.equals(mediaType)
          && i.alt.equals(alt)
          && i.source.equals(source)
          && i.origin.equals(origin);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(
          id, caption, java.util.Arrays.hashCode(data), mediaType, alt, origin);
    }

    @Override
    public String toString() {
      return "Image[" + id + ", " + mediaType + ", " + data.length + " bytes]";
    }

    @Override
    public boolean wide() {
      return true;
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A boxed note: a verdict, an editorial note, a draft-translation warning, a marking. */
  record Callout(CalloutKind kind, List<Inline> title, List<Block> content) implements Block {
    public Callout {
      title = List.copyOf(title);
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** What a callout is for, so renderers can style it. */
  enum CalloutKind {
    NOTE,
    KEY_POINT,
    VERDICT,
    EDITORIAL,
    DRAFT,
    WARNING
  }

  /** A quotation from the paper. */
  record Quote(List<Block> content, List<Inline> attribution) implements Block {
    public Quote {
      content = List.copyOf(content);
      attribution = List.copyOf(attribution);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** The text of a footnote, pointed to by {@link Inline.NoteRef}s with the same id. */
  record Footnote(String id, String marker, List<Block> content) implements Block {
    public Footnote {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** Preformatted text (from free Markdown text in a spec). */
  record Code(String text) implements Block {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A thematic break. */
  record Rule() implements Block {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * A part of the document in one language (the English or Polish half of a sequential bilingual
   * briefing); renderers mark its language and may bookmark it.
   */
  record Part(String id, Language language, Optional<String> title, List<Block> content)
      implements Block {
    public Part {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * Two languages side by side, block aligned to block: each row holds the same content in the left
   * and the right language.
   */
  record Parallel(Language left, Language right, List<ParallelRow> rows) implements Block {
    public Parallel {
      rows = List.copyOf(rows);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** One aligned pair of a {@link Parallel} block. */
  record ParallelRow(List<Block> left, List<Block> right) {
    public ParallelRow {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }

    /**
     * Whether either side holds a wide block: such a row is not set in two columns but at full
     * width, the left language then the right.
     */
    public boolean wide() {
      return anyWide(left) || anyWide(right);
    }

    /** Whether both halves open with a heading: the same section's title in each language. */
    public boolean opensWithHeadings() {
      return !left.isEmpty()
          && !right.isEmpty()
          && left.get(0) instanceof Heading
          && right.get(0) instanceof Heading;
    }
  }
}
