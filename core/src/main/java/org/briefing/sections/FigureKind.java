package org.briefing.sections;

import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.ListFormatter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.i18n.UnitId;
import org.briefing.model.Corpus;
import org.briefing.model.Figure;

/** One figure: a chart of its numbers (with the numbers as a table) or a picture. */
final class FigureKind implements SectionKind<FigureKind.Options> {
  static final Option FIGURE = Option.id("figure", "The figure to show.", IdKind.FIGURE, true);
  static final Option HIGHLIGHT =
      Option.strings(
          "highlight", "Category labels to highlight (bars or points the text is about).");

  record Options(String figure, List<String> highlight) {
    Options {
      highlight = List.copyOf(highlight);
    }
  }

  @Override
  public String name() {
    return "figure";
  }

  @Override
  public String description() {
    return "One figure: a chart with its numbers as a table, or a picture with its description.";
  }

  @Override
  public List<Option> options() {
    return List.of(FIGURE, HIGHLIGHT);
  }

  @Override
  public Options read(OptionReader r) {
    Optional<String> id = r.id(FIGURE);
    List<String> highlight = r.strings(HIGHLIGHT);
    if (id.isEmpty()) {
      return null;
    }
    Figure f = r.corpus().figure(id.get()).orElseThrow();
    r.checkAgainst(HIGHLIGHT, f.categories(), "label of figure '" + f.id() + "'");
    return new Options(id.get(), highlight);
  }

  @Override
  public Optional<String> headingLabel() {
    return Optional.empty();
  }

  @Override
  public String idBase(Options o, Corpus corpus, org.briefing.i18n.Language main) {
    return o.figure();
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    Voice v = c.voice();
    Figure f = c.corpus().figure(o.figure()).orElseThrow();
    String prefix = f.number().map(n -> v.label("figure") + " " + n + ". ").orElse("");
    List<Inline> caption = v.unit(UnitId.figureTitle(f.id()), prefix, "");
    List<Block> out = new ArrayList<>();
    List<Inline> source = source(v, f);
    if (f.kind() == Figure.Kind.IMAGE) {
      Figure.Picture p = f.image().orElseThrow();
      out.add(
          new Block.Image(
              c.id(),
              caption,
              p.bytes(),
              p.mediaType(),
              v.alt(List.of(v.written(UnitId.figureAlt(f.id())))),
              source,
              Optional.of(new Block.Image.Origin(f.id(), p.file(), p.position()))));
    } else {
      out.add(chart(c, f, o, prefix, caption, source));
    }
    out.addAll(c.notes(f.notes()));
    return SectionContent.of(out);
  }

  private static Block.Figure chart(
      SectionContext c,
      Figure f,
      Options o,
      String prefix,
      List<Inline> caption,
      List<Inline> source) {
    Voice v = c.voice();
    Optional<Voice.Written> unitText =
        f.unit().isEmpty() ? Optional.empty() : Optional.of(v.written(UnitId.figureUnit(f.id())));
    String unit = unitText.map(Voice.Written::text).orElse("");
    List<String> categories = new ArrayList<>();
    List<Optional<Language>> categoryLanguages = new ArrayList<>();
    for (int i = 1; i <= f.categories().size(); i++) {
      Voice.Written w = v.written(UnitId.figureCategory(f.id(), i));
      categories.add(w.text());
      categoryLanguages.add(Optional.of(w.language()));
    }
    List<Block.Series> series = new ArrayList<>();
    Language in = v.language();
    Voice.Written title = v.written(UnitId.figureTitle(f.id()));
    // The text alternative, each part in the language it is written in: "Rysunek 1. Udział…:
    // Hiszpania 12,5%, Portugal 9,1% i Polska 7,3%." names an English label as English.
    List<Voice.Written> alt = new ArrayList<>();
    alt.add(new Voice.Written(prefix, in));
    alt.add(title);
    alt.add(new Voice.Written(": ", in));
    for (int s = 0; s < f.series().size(); s++) {
      Figure.Series fs = f.series().get(s);
      Optional<Voice.Written> nameText =
          fs.name().isEmpty()
              ? Optional.empty()
              : Optional.of(v.written(UnitId.figureSeries(f.id(), s + 1)));
      String name = nameText.map(Voice.Written::text).orElse("");
      List<Block.Value> values = new ArrayList<>();
      List<List<Voice.Written>> parts = new ArrayList<>();
      for (int i = 0; i < categories.size(); i++) {
        BigDecimal n = fs.values().get(i);
        String formatted = n == null ? "" : v.number(n);
        values.add(new Block.Value(n, formatted));
        if (n != null) {
          List<Voice.Written> part = new ArrayList<>();
          part.add(new Voice.Written(categories.get(i), categoryLanguages.get(i).orElseThrow()));
          part.add(new Voice.Written(" " + formatted, in));
          unitText.ifPresent(part::add);
          parts.add(part);
        }
      }
      series.add(new Block.Series(name, values, nameText.map(Voice.Written::language)));
      if (s > 0) {
        alt.add(new Voice.Written("; ", in));
      }
      // A series named as the figure is titled is not named again after the title.
      boolean asTitled = name.strip().equalsIgnoreCase(title.text().strip());
      if (!name.isEmpty() && !asTitled) {
        alt.add(nameText.orElseThrow());
        alt.add(new Voice.Written(": ", in));
      }
      alt.addAll(list(in, parts));
    }
    alt.add(new Voice.Written(".", in));
    List<Boolean> highlighted = f.categories().stream().map(o.highlight()::contains).toList();
    Block.Chart chart =
        new Block.Chart(
            f.kind() == Figure.Kind.LINE ? Block.ChartKind.LINE : Block.ChartKind.BAR,
            unit,
            categories,
            series,
            highlighted,
            unitText.map(Voice.Written::language),
            categoryLanguages,
            Optional.of(in));
    return new Block.Figure(c.id(), caption, chart, v.alt(alt), source);
  }

  /**
   * Items joined as a list in {@code language} ("A, B i C"), each item's parts kept with their
   * languages, the words that join them in {@code language}.
   */
  private static List<Voice.Written> list(Language language, List<List<Voice.Written>> items) {
    List<String> texts =
        items.stream()
            .map(i -> i.stream().map(Voice.Written::text).reduce("", String::concat))
            .toList();
    ListFormatter.FormattedList formatted =
        ListFormatter.getInstance(language.locale()).formatToValue(texts);
    String joined = formatted.toString();
    List<Voice.Written> out = new ArrayList<>();
    ConstrainedFieldPosition at = new ConstrainedFieldPosition();
    at.constrainField(ListFormatter.SpanField.LIST_SPAN);
    int done = 0;
    while (formatted.nextPosition(at)) {
      out.add(new Voice.Written(joined.substring(done, at.getStart()), language));
      out.addAll(items.get(((Number) at.getFieldValue()).intValue()));
      done = at.getLimit();
    }
    out.add(new Voice.Written(joined.substring(done), language));
    return out;
  }

  /** "Source: …", saying so when the paper names no source and the corpus infers it. */
  private static List<Inline> source(Voice v, Figure f) {
    if (f.source().isEmpty()) {
      return List.of();
    }
    List<Inline> out =
        new ArrayList<>(v.unit(UnitId.figureSource(f.id()), v.label("source") + ": ", ""));
    if (f.sourceInferred()) {
      out.add(new Inline.Text(" "));
      out.add(new Inline.Emphasis(List.of(v.labelText("source-inferred"))));
    }
    return out;
  }
}
