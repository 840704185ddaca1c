package org.briefing.sections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.spec.Period;
import org.briefing.spec.PeriodReader;
import org.briefing.yaml.MappingReader;
import org.briefing.yaml.YamlNode;

/**
 * Reads the options of one section as its kind declares them, checking each value (types, ids
 * against the corpus, periods) and recording every problem with its position. A kind may only ask
 * for options it declares: asking for another is a programming error.
 *
 * <p>For a section written in the short form ({@code - timeline}) there is no mapping: every option
 * takes its default.
 */
public final class OptionReader {
  private final SectionKind<?> kind;
  private final MappingReader map;
  private final SourcePosition at;
  private final ReadContext context;

  OptionReader(SectionKind<?> kind, MappingReader map, SourcePosition at, ReadContext context) {
    this.kind = kind;
    this.map = map;
    this.at = at;
    this.context = context;
  }

  public Corpus corpus() {
    return context.corpus();
  }

  public Problems problems() {
    return context.problems();
  }

  /** The briefing's languages, main first; empty while unknown. */
  public List<Language> languages() {
    return context.languages();
  }

  /** Where the section is written. */
  public SourcePosition position() {
    return at;
  }

  /** Where an option's value is written (the section itself when it is not). */
  public SourcePosition positionOf(Option o) {
    declared(o);
    return map == null ? at : map.positionOf(o.name());
  }

  /** Where an option's key is written (the section itself when it is not). */
  public SourcePosition keyPositionOf(Option o) {
    declared(o);
    return map == null ? at : map.keyPositionOf(o.name());
  }

  /** Whether the spec writes the option. */
  public boolean given(Option o) {
    declared(o);
    return map != null && map.has(o.name());
  }

  /** The raw value of an option, if written. */
  public Optional<YamlNode> node(Option o) {
    declared(o);
    return map == null ? Optional.empty() : map.node(o.name());
  }

  public void error(Option o, String message, String hint) {
    problems().error(positionOf(o), message, hint);
  }

  /** A whole number of at least 1. */
  public Optional<Integer> integer(Option o) {
    require(o, Option.Type.INTEGER);
    if (map == null) {
      return Optional.empty();
    }
    Optional<Integer> n = map.integer(o.name());
    if (n.isPresent() && n.get() < 1) {
      problems().error(map.positionOf(o.name()), "'" + o.name() + "' must be at least 1");
      return Optional.empty();
    }
    return n;
  }

  public Optional<Boolean> bool(Option o) {
    require(o, Option.Type.BOOLEAN);
    return map == null ? Optional.empty() : map.bool(o.name());
  }

  /** One of the option's words. */
  public Optional<String> choice(Option o) {
    require(o, Option.Type.CHOICE);
    if (map == null) {
      return Optional.empty();
    }
    Optional<String> t = map.text(o.name());
    if (t.isPresent() && !o.choices().contains(t.get())) {
      problems()
          .error(
              map.positionOf(o.name()),
              "'"
                  + o.name()
                  + "' must be one of "
                  + String.join(", ", o.choices())
                  + ", not '"
                  + t.get()
                  + "'",
              Suggestions.didYouMean(t.get(), o.choices()));
      return Optional.empty();
    }
    return t;
  }

  /** The id of one corpus item, checked; a missing required id is an error. */
  public Optional<String> id(Option o) {
    require(o, Option.Type.ID);
    if (map == null) {
      if (o.required()) {
        missing(o);
      }
      return Optional.empty();
    }
    Optional<String> id =
        o.required() ? Optional.ofNullable(map.requiredText(o.name())) : map.text(o.name());
    if (id.isEmpty()) {
      return Optional.empty();
    }
    List<String> known = o.ids().ids(corpus());
    if (!known.contains(id.get())) {
      unknown(map.positionOf(o.name()), o.ids(), id.get(), known);
      return Optional.empty();
    }
    return id;
  }

  /** Ids of corpus items, each checked. */
  public List<String> ids(Option o) {
    require(o, Option.Type.IDS);
    if (map == null) {
      return List.of();
    }
    List<String> values = map.textList(o.name());
    checkAgainst(o, o.ids().ids(corpus()), o.ids());
    return values;
  }

  /** Free texts. */
  public List<String> strings(Option o) {
    require(o, Option.Type.STRINGS);
    return map == null ? List.of() : map.textList(o.name());
  }

  /**
   * Checks each text of a list option against ids that depend on another option (the rows of the
   * table chosen, the categories of the figure chosen).
   */
  public void checkAgainst(Option o, List<String> known, String what) {
    declared(o);
    if (map == null) {
      return;
    }
    Optional<YamlNode> node = map.node(o.name());
    if (node.isEmpty()) {
      return;
    }
    List<YamlNode> items =
        node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
    for (YamlNode item : items) {
      if (item instanceof YamlNode.Scalar s && !known.contains(s.value().strip())) {
        String hint = Suggestions.didYouMean(s.value().strip(), known);
        problems()
            .error(
                s.position(),
                "'" + s.value().strip() + "' is not a " + what,
                hint != null ? hint : "known: " + String.join(", ", known));
      }
    }
  }

  private void checkAgainst(Option o, List<String> known, IdKind kind) {
    Optional<YamlNode> node = map.node(o.name());
    if (node.isEmpty()) {
      return;
    }
    List<YamlNode> items =
        node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
    for (YamlNode item : items) {
      if (item instanceof YamlNode.Scalar s && !known.contains(s.value().strip())) {
        unknown(s.position(), kind, s.value().strip(), known);
      }
    }
  }

  private void unknown(SourcePosition where, IdKind kind, String id, List<String> known) {
    String hint = Suggestions.didYouMean(id, known);
    if (hint == null) {
      hint =
          known.isEmpty()
              ? "this corpus has no " + kind.listName()
              : known.size() <= 12
                  ? "known: " + String.join(", ", known)
                  : "see '"
                      + ToolCommand.of("list", kind.listName()).corpus(corpus().folder()).text()
                      + "'";
    }
    problems().error(where, "unknown " + kind.what() + " '" + id + "'", hint);
  }

  /** A period {from, to}, dates read as the corpus reads them. */
  public Optional<Period> period(Option o) {
    require(o, Option.Type.PERIOD);
    if (map == null) {
      return Optional.empty();
    }
    return map.mapping(o.name(), "a period")
        .flatMap(r -> PeriodReader.read(r, corpus(), problems()));
  }

  /** A language code among the corpus's languages. */
  public Optional<Language> language(Option o) {
    require(o, Option.Type.LANGUAGE);
    if (map == null) {
      return Optional.empty();
    }
    Optional<String> code = map.text(o.name());
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Optional<Language> l = Language.fromCode(code.get()).filter(corpus().languages()::contains);
    if (l.isEmpty()) {
      problems()
          .error(
              map.positionOf(o.name()),
              "unknown language '" + code.get() + "'",
              languageHint(code.get(), corpus()));
    }
    return l;
  }

  /**
   * A text, or texts by language code. A plain text is held under {@code plain}. Empty (with an
   * error) when missing, empty or unreadable.
   */
  public Optional<Localized> localized(Option o, Language plain) {
    require(o, Option.Type.LOCALIZED);
    String key = o.name();
    Optional<YamlNode> node = map == null ? Optional.empty() : map.node(key);
    if (node.isEmpty() || node.get() instanceof YamlNode.Scalar) {
      if (map == null) {
        if (o.required()) {
          missing(o);
        }
        return Optional.empty();
      }
      String text = o.required() ? map.requiredText(key) : map.text(key).orElse(null);
      return text == null
          ? Optional.empty()
          : Optional.of(new Localized(Map.of(plain, text), false, true));
    }
    return byLanguage(node.get(), key, corpus(), problems());
  }

  /**
   * A text written by language code ({@code {en: …, pl: …}}), each a language of the corpus; empty
   * (with an error) when no entry can be read. For spec keys outside sections too (a briefing's
   * title).
   */
  public static Optional<Localized> byLanguage(
      YamlNode node, String key, Corpus corpus, Problems problems) {
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.error(
          node.position(),
          "'"
              + key
              + "' must be a text, or a mapping by language such as {en: …, pl: …}, not "
              + node.kind());
      return Optional.empty();
    }
    Map<Language, String> texts = new LinkedHashMap<>();
    boolean complete = true;
    for (YamlNode.Entry e : m.entries().values()) {
      Optional<Language> language = Language.fromCode(e.key()).filter(corpus.languages()::contains);
      if (language.isEmpty()) {
        problems.error(
            e.keyPosition(),
            "unknown language '" + e.key() + "' in '" + key + "'",
            languageHint(e.key(), corpus));
        complete = false;
        continue;
      }
      String name = "'" + key + "." + e.key() + "'";
      if (e.value() instanceof YamlNode.Scalar s && !s.value().isBlank()) {
        texts.put(language.get(), s.value().strip());
      } else if (e.value() instanceof YamlNode.Scalar || e.value() instanceof YamlNode.Null) {
        problems.error(e.value().position(), name + " is empty");
        complete = false;
      } else {
        problems.error(e.value().position(), name + " must be a text, not " + e.value().kind());
        complete = false;
      }
    }
    if (m.entries().isEmpty()) {
      problems.error(
          m.position(),
          "'" + key + "' gives no text",
          "write it as a text, or by language such as '" + key + ": {en: …, pl: …}'");
    }
    return texts.isEmpty() ? Optional.empty() : Optional.of(new Localized(texts, true, complete));
  }

  /** Nested sections, each read as a top-level one is. */
  public List<SectionSpec<?>> sections(Option o) {
    require(o, Option.Type.SECTIONS);
    if (map == null) {
      missing(o);
      return List.of();
    }
    Optional<YamlNode> node = map.node(o.name());
    if (node.isEmpty()) {
      missing(o);
      return List.of();
    }
    if (!(node.get() instanceof YamlNode.Sequence seq)) {
      problems()
          .error(
              node.get().position(), "'" + o.name() + "' must be a list, not " + node.get().kind());
      return List.of();
    }
    if (seq.items().isEmpty()) {
      problems().error(seq.position(), "'" + o.name() + "' is empty", "list at least one section");
    }
    List<SectionSpec<?>> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      context.sectionReader().apply(item).ifPresent(out::add);
    }
    return out;
  }

  private static String languageHint(String written, Corpus corpus) {
    String w = written.strip();
    for (Language l : corpus.languages()) {
      if (w.equalsIgnoreCase(l.code())
          || w.equalsIgnoreCase(l.locale().getISO3Language())
          || w.equalsIgnoreCase(l.englishName())) {
        return "did you mean '" + l.code() + "'?";
      }
    }
    return "languages are "
        + corpus.languages().stream()
            .map(l -> l.code() + " (" + l.englishName() + ")")
            .collect(Collectors.joining(" and "));
  }

  private void missing(Option o) {
    problems()
        .error(
            at,
            "a " + kind.name() + " section needs '" + o.name() + "'",
            example(kind, o, corpus()));
  }

  /** "write it as '- {type: figure, figure: figure-1}'", with an id the corpus has. */
  static String example(SectionKind<?> kind, Option o, Corpus corpus) {
    String value = o.ids() == null ? "…" : o.ids().ids(corpus).stream().findFirst().orElse("…");
    return "write it as '- {type: " + kind.name() + ", " + o.name() + ": " + value + "}'";
  }

  private void require(Option o, Option.Type type) {
    declared(o);
    if (o.type() != type) {
      throw new IllegalStateException(
          "option '" + o.name() + "' of " + kind.name() + " is " + o.type() + ", not " + type);
    }
  }

  private void declared(Option o) {
    // By identity: options are constants, and a record's equals is made by an invokedynamic
    // bootstrap on its first use, which a cold build paid for here (docs/performance.md).
    boolean found = false;
    for (Option declared : kind.options()) {
      found |= declared == o;
    }
    if (!found) {
      throw new IllegalStateException(
          "section kind '" + kind.name() + "' reads option '" + o.name() + "' it does not declare");
    }
  }
}
