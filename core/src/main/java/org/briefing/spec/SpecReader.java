package org.briefing.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.document.Marking;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.model.DataPoint;
import org.briefing.model.PartialDate;
import org.briefing.render.Formats;
import org.briefing.yaml.MappingReader;
import org.briefing.yaml.YamlLoader;
import org.briefing.yaml.YamlNode;

/**
 * Reads a briefing spec, follows its {@code extends} chain, and checks every value — keys, types,
 * dates, choices, and every id against the corpus — reporting all problems of a spec in one run,
 * each as {@code path:line:column} with a hint where one helps.
 *
 * <pre>{@code
 * BriefingSpec spec = SpecReader.of(corpus).read(Path.of("briefings/energy-security.yaml"));
 * // or, for text held in memory (extends is resolved beside 'path'):
 * BriefingSpec spec = SpecReader.of(corpus).read("briefings/note.yaml", yamlText);
 * }</pre>
 *
 * <p>{@code extends: other.yaml} names a spec relative to the extending one. The child's keys
 * override the parent's; mappings (filters, organisation, periods) are merged key by key, lists and
 * texts are replaced whole. A value inherited from a parent is reported at its place in the parent.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SpecReader {

  /** Every top-level key of a spec, in the order the documentation lists them. */
  public static final List<String> KEYS =
      List.of(
          "extends",
          "title",
          "subtitle",
          "series",
          "number",
          "date",
          "authors",
          "audience",
          "language",
          "layout",
          "sections",
          "filters",
          "max-words",
          "max-pages",
          "marking",
          "show-notes",
          "formats",
          "output",
          "organisation",
          "page-size",
          "created");

  /** The keys of {@code filters}. */
  public static final List<String> FILTER_KEYS =
      List.of("topics", "actors", "period", "hypotheses", "findings");

  /** The options of each section kind (besides {@code type}). */
  public static final Map<String, List<String>> SECTION_OPTIONS = sectionOptions();

  private static final Pattern OUTPUT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private final Corpus corpus;
  private final Set<String> formats;

  private SpecReader(Corpus corpus, Set<String> formats) {
    this.corpus = corpus;
    this.formats = formats;
  }

  /**
   * A reader that checks ids against {@code corpus} and format names against the renderers on the
   * class path (no format check when none is installed).
   */
  public static SpecReader of(Corpus corpus) {
    return new SpecReader(corpus, Formats.installed().names());
  }

  /** The same reader, checking format names against {@code known} (none when empty). */
  public SpecReader withFormats(Collection<String> known) {
    return new SpecReader(corpus, Set.copyOf(known));
  }

  /**
   * Reads and checks a spec file.
   *
   * @throws InvalidInputException carrying every problem found
   */
  public BriefingSpec read(Path file) {
    return read(file.toString(), readFile(file, SourcePosition.file(file.toString())));
  }

  /**
   * Reads and checks a spec held in memory.
   *
   * @param path the file name used in messages; {@code extends} is resolved beside it
   * @throws InvalidInputException carrying every problem found
   */
  public BriefingSpec read(String path, String text) {
    Problems problems = new Problems();
    YamlNode root = YamlLoader.load(path, text);
    List<Path> chain = new ArrayList<>(List.of(absolute(Path.of(path))));
    Optional<YamlNode.Mapping> merged = resolve(path, root, chain, problems);
    BriefingSpec spec = merged.map(m -> new Binding(path, m, problems).bind()).orElse(null);
    problems.throwIfErrors();
    return spec;
  }

  private static String readFile(Path file, SourcePosition at) {
    try {
      // Bound what is read into memory before decoding; YamlLoader bounds the characters again.
      if (Files.isRegularFile(file) && Files.size(file) > 4L * YamlLoader.MAX_CHARS) {
        throw new InvalidInputException(
            Diagnostic.error(
                at,
                "file is too large (" + Files.size(file) + " bytes)",
                "a spec holds at most " + YamlLoader.MAX_CHARS + " characters"));
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InvalidInputException(
          Diagnostic.error(at, "cannot read '" + file + "': " + describe(e)));
    }
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text (save the spec as UTF-8)";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static Path folderOf(String path) {
    Path parent = Path.of(path).getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** Follows {@code extends}, merging each parent under its child. */
  private Optional<YamlNode.Mapping> resolve(
      String path, YamlNode root, List<Path> chain, Problems problems) {
    if (root instanceof YamlNode.Null) {
      problems.error(
          root.position(), "the spec is empty", "start from one made by './briefing new NAME'");
      return Optional.empty();
    }
    if (!(root instanceof YamlNode.Mapping child)) {
      problems.error(
          root.position(), "a briefing spec must be a mapping of keys, not " + root.kind());
      return Optional.empty();
    }
    YamlNode.Entry ext = child.entries().get("extends");
    if (ext == null || ext.value() instanceof YamlNode.Null) {
      return Optional.of(child);
    }
    if (!(ext.value() instanceof YamlNode.Scalar s) || s.value().isBlank()) {
      problems.error(
          ext.value().position(),
          "'extends' must be the file name of another spec, not " + ext.value().kind());
      return Optional.of(child);
    }
    Path parentPath;
    try {
      parentPath = folderOf(path).resolve(s.value().strip()).normalize();
    } catch (InvalidPathException e) {
      problems.error(s.position(), "'" + s.value() + "' is not a file name");
      return Optional.of(child);
    }
    if (chain.contains(absolute(parentPath))) {
      String cycle =
          chain.stream()
                  .map(p -> p.getFileName().toString())
                  .collect(Collectors.joining(" \u2192 "))
              + " \u2192 "
              + parentPath.getFileName();
      problems.error(
          s.position(),
          "'extends' makes a cycle: " + cycle,
          "a spec cannot extend itself, directly or through others");
      return Optional.of(child);
    }
    YamlNode.Mapping parent;
    try {
      String text = readFile(parentPath, s.position());
      List<Path> longer = new ArrayList<>(chain);
      longer.add(absolute(parentPath));
      Optional<YamlNode.Mapping> resolved =
          resolve(
              parentPath.toString(),
              YamlLoader.load(parentPath.toString(), text),
              longer,
              problems);
      if (resolved.isEmpty()) {
        return Optional.of(child);
      }
      parent = resolved.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      return Optional.of(child);
    }
    return Optional.of(merge(parent, child, true));
  }

  private static YamlNode.Mapping merge(
      YamlNode.Mapping parent, YamlNode.Mapping child, boolean top) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(parent.entries());
    if (top) {
      entries.remove("extends");
    }
    for (YamlNode.Entry e : child.entries().values()) {
      YamlNode.Entry old = entries.get(e.key());
      if (old != null
          && old.value() instanceof YamlNode.Mapping om
          && e.value() instanceof YamlNode.Mapping cm) {
        entries.put(e.key(), new YamlNode.Entry(e.key(), e.keyPosition(), merge(om, cm, false)));
      } else {
        entries.put(e.key(), e);
      }
    }
    return new YamlNode.Mapping(entries, child.position());
  }

  private static Map<String, List<String>> sectionOptions() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String kind : SectionSpec.KINDS) {
      m.put(kind, List.of());
    }
    m.put("key-points", List.of("limit"));
    m.put("hypotheses", List.of("with-findings"));
    m.put("findings", List.of("group-by", "limit"));
    m.put("summary-table", List.of("rows", "period"));
    m.put("figure", List.of("figure", "highlight"));
    m.put("text", List.of("title", "body", "language"));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Map<String, Language> byCode(List<Language> languages) {
    Map<String, Language> m = new LinkedHashMap<>();
    languages.forEach(l -> m.put(l.code(), l));
    return m;
  }

  private static <E extends Enum<E>> Map<String, E> keyed(E[] values, Function<E, String> key) {
    Map<String, E> m = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> m.put(key.apply(v), v));
    return m;
  }

  /**
   * A text section's title or body by language.
   *
   * @param byLanguage whether it was written as a mapping by language (else as a plain string)
   * @param complete whether every entry of the mapping could be read
   */
  private record Localized(Map<Language, String> texts, boolean byLanguage, boolean complete) {}

  /** The state of reading one spec. */
  private final class Binding {
    private final String path;
    private final YamlNode.Mapping root;
    private final Problems problems;

    /** The briefing's languages, once read; null while unknown (an unreadable 'language'). */
    private LanguageMode languages;

    Binding(String path, YamlNode.Mapping root, Problems problems) {
      this.path = path;
      this.root = root;
      this.problems = problems;
    }

    BriefingSpec bind() {
      MappingReader m = MappingReader.of(root, "a briefing spec", problems).orElseThrow();
      m.has("extends");
      Optional<String> title = m.text("title");
      Optional<String> subtitle = m.text("subtitle");
      Optional<String> series = m.text("series");
      Optional<String> number = m.text("number");
      Optional<String> date = m.text("date");
      List<String> authors = m.textList("authors");
      Optional<String> audience = m.text("audience");
      Optional<LanguageMode> chosen =
          choice(m, "language", keyed(LanguageMode.values(), LanguageMode::key));
      LanguageMode language = chosen.orElse(LanguageMode.EN);
      languages = chosen.isPresent() || m.node("language").isEmpty() ? language : null;
      Optional<Layout> layout = choice(m, "layout", keyed(Layout.values(), Layout::key));
      if (layout.isPresent() && !language.bilingual()) {
        problems.error(
            m.keyPositionOf("layout"),
            "'layout' applies only to bilingual briefings",
            "remove it, or set 'language: bilingual'");
      }
      List<SectionSpec> sections = sections(m);
      Filters filters =
          m.mapping("filters", "the filters").map(this::filters).orElse(Filters.none());
      Optional<Limit> maxWords = limit(m, "max-words");
      Optional<Limit> maxPages = limit(m, "max-pages");
      Optional<Marking> marking = m.text("marking").map(t -> marking(t, m.positionOf("marking")));
      boolean showNotes = m.bool("show-notes").orElse(false);
      List<String> formatList = formats(m);
      String name = output(m);
      Optional<Organisation> organisation =
          m.mapping("organisation", "the organisation").map(this::organisation);
      PageSize pageSize =
          choice(m, "page-size", keyed(PageSize.values(), PageSize::key)).orElse(PageSize.A4);
      Optional<Instant> created = m.text("created").map(t -> created(t, m.positionOf("created")));
      m.finish();
      return new BriefingSpec(
          path,
          name,
          title,
          subtitle,
          series,
          number,
          date,
          authors,
          audience,
          language,
          layout.orElse(Layout.PARALLEL),
          sections,
          filters,
          maxWords,
          maxPages,
          marking,
          formatList,
          organisation,
          pageSize,
          created,
          showNotes,
          problems.all().stream().filter(d -> !d.isError()).toList());
    }

    private <E> Optional<E> choice(MappingReader m, String key, Map<String, E> values) {
      Optional<String> t = m.text(key);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      E e = values.get(t.get());
      if (e == null) {
        String hint = Suggestions.didYouMean(t.get(), values.keySet());
        problems.error(
            m.positionOf(key),
            "'"
                + key
                + "' must be one of "
                + String.join(", ", values.keySet())
                + ", not '"
                + t.get()
                + "'",
            hint);
      }
      return Optional.ofNullable(e);
    }

    private Optional<Limit> limit(MappingReader m, String key) {
      Optional<Integer> n = m.integer(key);
      if (n.isPresent() && n.get() < 1) {
        problems.error(m.positionOf(key), "'" + key + "' must be at least 1");
        return Optional.empty();
      }
      return n.map(v -> new Limit(v, m.positionOf(key)));
    }

    private Optional<Integer> positive(MappingReader m, String key) {
      return limit(m, key).map(Limit::value);
    }

    // ---- sections

    private List<SectionSpec> sections(MappingReader m) {
      Optional<YamlNode> node = m.node("sections");
      if (node.isEmpty()) {
        problems.error(
            m.position(),
            "a briefing spec needs 'sections'",
            "list them in order, such as 'sections: [key-points, findings, references]'");
        return List.of();
      }
      if (!(node.get() instanceof YamlNode.Sequence seq)) {
        problems.error(
            node.get().position(), "'sections' must be a list, not " + node.get().kind());
        return List.of();
      }
      if (seq.items().isEmpty()) {
        problems.error(seq.position(), "'sections' is empty", "list at least one section");
      }
      List<SectionSpec> out = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        section(item).ifPresent(out::add);
      }
      return out;
    }

    private Optional<SectionSpec> section(YamlNode item) {
      if (item instanceof YamlNode.Scalar s) {
        String kind = s.value().strip();
        if (!knownKind(kind, s.position())) {
          return Optional.empty();
        }
        if (kind.equals("figure") || kind.equals("text")) {
          String needs = kind.equals("figure") ? "'figure'" : "'title' and 'body'";
          problems.error(
              s.position(),
              "a " + kind + " section needs " + needs,
              kind.equals("figure")
                  ? "write it as '- {type: figure, figure: figure-1}'"
                  : "write it as a mapping with 'type: text', 'title' and 'body'");
          return Optional.empty();
        }
        return Optional.of(build(kind, null));
      }
      if (!(item instanceof YamlNode.Mapping map)) {
        problems.error(
            item.position(),
            "a section must be a section name or a mapping with 'type', not " + item.kind());
        return Optional.empty();
      }
      YamlNode.Entry type = map.entries().get("type");
      String kind =
          type != null && type.value() instanceof YamlNode.Scalar s ? s.value().strip() : null;
      String what =
          kind != null && SectionSpec.KINDS.contains(kind) ? "a " + kind + " section" : "a section";
      MappingReader r = MappingReader.of(map, what, problems).orElseThrow();
      String written = r.requiredText("type");
      if (written == null || !knownKind(written, r.positionOf("type"))) {
        return Optional.empty();
      }
      SectionSpec spec = build(written, r);
      r.finish();
      return Optional.ofNullable(spec);
    }

    private boolean knownKind(String kind, SourcePosition at) {
      if (SectionSpec.KINDS.contains(kind)) {
        return true;
      }
      String hint = Suggestions.didYouMean(kind, SectionSpec.KINDS);
      problems.error(
          at,
          "unknown section '" + kind + "'",
          hint != null ? hint : "sections are: " + String.join(", ", SectionSpec.KINDS));
      return false;
    }

    /** Builds a section; {@code r} is null for the short form (options take their defaults). */
    private SectionSpec build(String kind, MappingReader r) {
      return switch (kind) {
        case "key-points" ->
            new SectionSpec.KeyPoints(
                r == null
                    ? SectionSpec.KeyPoints.DEFAULT_LIMIT
                    : positive(r, "limit").orElse(SectionSpec.KeyPoints.DEFAULT_LIMIT));
        case "executive-summary" -> new SectionSpec.ExecutiveSummary();
        case "abstract" -> new SectionSpec.Abstract();
        case "hypotheses" ->
            new SectionSpec.Hypotheses(r != null && r.bool("with-findings").orElse(false));
        case "findings" ->
            r == null
                ? new SectionSpec.Findings(GroupBy.TOPIC, Optional.empty())
                : new SectionSpec.Findings(
                    choice(r, "group-by", keyed(GroupBy.values(), GroupBy::key))
                        .orElse(GroupBy.TOPIC),
                    positive(r, "limit"));
        case "summary-table" ->
            r == null
                ? new SectionSpec.SummaryTable(List.of(), Optional.empty())
                : new SectionSpec.SummaryTable(
                    ids(
                        r,
                        "rows",
                        "table row",
                        Corpus.ids(corpus.table().rows(), org.briefing.model.TableRow::id),
                        true),
                    r.mapping("period", "a period").flatMap(this::period));
        case "timeline" -> new SectionSpec.Timeline();
        case "figure" -> figure(r);
        case "references" -> new SectionSpec.References();
        case "methodology" -> new SectionSpec.Methodology();
        case "text" -> text(r);
        default -> throw new IllegalStateException(kind);
      };
    }

    private SectionSpec figure(MappingReader r) {
      String id = r.requiredText("figure");
      List<String> highlight = r.textList("highlight");
      if (id == null) {
        return null;
      }
      Optional<org.briefing.model.Figure> figure = corpus.figure(id);
      if (figure.isEmpty()) {
        unknown(
            r.positionOf("figure"),
            "figure",
            id,
            Corpus.ids(corpus.figures(), org.briefing.model.Figure::id),
            true);
        return null;
      }
      List<String> labels = figure.get().series().stream().map(DataPoint::label).toList();
      checkAgainst(r, "highlight", id + " label", labels, true);
      return new SectionSpec.Figure(id, highlight);
    }

    private SectionSpec text(MappingReader r) {
      Optional<Language> stated = choice(r, "language", byCode(corpus.languages()));
      Language plain =
          stated.orElse((languages == null ? LanguageMode.EN : languages).languages().get(0));
      Localized title = localized(r, "title", plain);
      Localized body = localized(r, "body", plain);
      if (title == null || body == null) {
        return null;
      }
      if (r.has("language") && title.byLanguage() && body.byLanguage()) {
        problems.error(
            r.keyPositionOf("language"),
            "'language' applies only to a 'title' or 'body' written as plain text",
            "the keys of 'title' and 'body' name their languages; remove 'language'");
      }
      if (title.complete() && body.complete() && languages != null) {
        checkLanguages(r, title, body);
      }
      return new SectionSpec.Text(title.texts(), body.texts());
    }

    /**
     * A text section's title or body: a plain string in {@code plain}, or a mapping by language
     * code. Null when missing or unreadable (an error is recorded).
     */
    private Localized localized(MappingReader r, String key, Language plain) {
      Optional<YamlNode> node = r.node(key);
      if (node.isEmpty() || node.get() instanceof YamlNode.Scalar) {
        String text = r.requiredText(key);
        return text == null ? null : new Localized(Map.of(plain, text), false, true);
      }
      if (!(node.get() instanceof YamlNode.Mapping map)) {
        problems.error(
            node.get().position(),
            "'"
                + key
                + "' must be a text, or a mapping by language such as {en: …, pl: …}, not "
                + node.get().kind());
        return null;
      }
      Map<Language, String> texts = new LinkedHashMap<>();
      boolean complete = true;
      for (YamlNode.Entry e : map.entries().values()) {
        Optional<Language> language =
            Language.fromCode(e.key()).filter(corpus.languages()::contains);
        if (language.isEmpty()) {
          problems.error(
              e.keyPosition(),
              "unknown language '" + e.key() + "' in '" + key + "'",
              languageHint(e.key()));
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
      if (map.entries().isEmpty()) {
        problems.error(
            map.position(),
            "'" + key + "' gives no text",
            "write it as a text, or by language such as '" + key + ": {en: …, pl: …}'");
      }
      return texts.isEmpty() ? null : new Localized(texts, true, complete);
    }

    private String languageHint(String written) {
      String w = written.strip();
      for (Language l : corpus.languages()) {
        if (w.equalsIgnoreCase(l.code())
            || w.equalsIgnoreCase(l.locale().getISO3Language())
            || w.equalsIgnoreCase(languageName(l))) {
          return "did you mean '" + l.code() + "'?";
        }
      }
      return "languages are "
          + corpus.languages().stream()
              .map(l -> l.code() + " (" + languageName(l) + ")")
              .collect(Collectors.joining(" and "));
    }

    /**
     * Checks that a text section has each language the briefing needs. A monolingual briefing needs
     * its language in every mapping by language; a bilingual one needs a title and a body in each
     * language it writes, and warns when one language is missing (that side stays empty).
     */
    private void checkLanguages(MappingReader r, Localized title, Localized body) {
      if (!languages.bilingual()) {
        Language needed = languages.languages().get(0);
        for (String key : List.of("title", "body")) {
          Localized l = key.equals("title") ? title : body;
          if (l.byLanguage() && !l.texts().containsKey(needed)) {
            problems.error(
                r.keyPositionOf(key),
                "'" + key + "' has no " + named(needed) + " text, the language of this briefing",
                "add '" + needed.code() + ": …' under '" + key + "'");
          }
        }
        return;
      }
      List<Language> missing = new ArrayList<>();
      boolean mismatched = false;
      for (Language l : languages.languages()) {
        boolean hasTitle = title.texts().containsKey(l);
        boolean hasBody = body.texts().containsKey(l);
        if (hasTitle != hasBody) {
          mismatched = true;
          String key = hasTitle ? "body" : "title";
          String other = hasTitle ? "title" : "body";
          problems.error(
              r.keyPositionOf(key),
              "'" + key + "' has no " + named(l) + " text, though '" + other + "' has",
              (hasTitle ? body : title).byLanguage()
                  ? "add '" + l.code() + ": …' under '" + key + "'"
                  : "write '" + key + "' by language, such as '" + key + ": {en: …, pl: …}'");
        } else if (!hasTitle) {
          missing.add(l);
        }
      }
      if (missing.size() == 1 && !mismatched) {
        Language l = missing.get(0);
        Language other = languages.languages().stream().filter(x -> x != l).findFirst().get();
        problems.warning(
            r.position(),
            "text section '"
                + title.texts().get(other)
                + "' has no "
                + languageName(l)
                + " text; its "
                + languageName(l)
                + " side is left empty",
            "give 'title' and 'body' in both languages, such as 'title: {en: …, pl: …}'");
      }
    }

    private static String named(Language l) {
      return languageName(l) + " (" + l.code() + ")";
    }

    private static String languageName(Language l) {
      return l.locale().getDisplayLanguage(Locale.ENGLISH);
    }

    // ---- filters

    private Filters filters(MappingReader r) {
      List<String> topics =
          ids(
              r,
              "topics",
              "topic",
              Corpus.ids(corpus.topics(), org.briefing.model.Topic::id),
              true);
      List<String> actors =
          ids(
              r,
              "actors",
              "actor",
              Corpus.ids(corpus.actors(), org.briefing.model.Actor::id),
              false);
      Optional<Period> period = r.mapping("period", "a period").flatMap(this::period);
      List<String> hypotheses =
          ids(
              r,
              "hypotheses",
              "hypothesis",
              Corpus.ids(corpus.hypotheses(), org.briefing.model.Hypothesis::id),
              true);
      List<String> findings =
          ids(
              r,
              "findings",
              "finding",
              Corpus.ids(corpus.findings(), org.briefing.model.Finding::id),
              false);
      r.finish();
      return new Filters(topics, actors, period, hypotheses, findings);
    }

    private Optional<Period> period(MappingReader r) {
      Optional<PartialDate> from = r.text("from").flatMap(t -> date(t, "from", r));
      Optional<PartialDate> to = r.text("to").flatMap(t -> date(t, "to", r));
      r.finish();
      if (!r.has("from") && !r.has("to")) {
        problems.error(r.position(), "a period needs 'from', 'to' or both");
      }
      if (from.isEmpty() && to.isEmpty()) {
        return Optional.empty();
      }
      Period p = new Period(from, to);
      if (p.firstDay() != null && p.lastDay() != null && p.lastDay().isBefore(p.firstDay())) {
        problems.error(
            r.positionOf("to"),
            "the period ends ("
                + to.get().text()
                + ") before it starts ("
                + from.get().text()
                + ")");
      }
      return Optional.of(p);
    }

    private Optional<PartialDate> date(String text, String key, MappingReader r) {
      try {
        return Optional.of(PartialDate.parse(text, corpus.article().year()));
      } catch (IllegalArgumentException e) {
        problems.error(
            r.positionOf(key),
            "'" + key + "' is not a date: " + e.getMessage(),
            "write dates as the article does: " + PartialDate.acceptedForms());
        return Optional.empty();
      }
    }

    // ---- ids

    /** A list of ids under {@code key}, each checked against {@code known}. */
    private List<String> ids(
        MappingReader r, String key, String kind, List<String> known, boolean listKnown) {
      List<String> values = r.textList(key);
      checkAgainst(r, key, kind, known, listKnown);
      return values;
    }

    private void checkAgainst(
        MappingReader r, String key, String kind, List<String> known, boolean listKnown) {
      Optional<YamlNode> node = r.node(key);
      if (node.isEmpty()) {
        return;
      }
      List<YamlNode> items =
          node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
      for (YamlNode item : items) {
        if (item instanceof YamlNode.Scalar s && !known.contains(s.value().strip())) {
          unknown(s.position(), kind, s.value().strip(), known, listKnown);
        }
      }
    }

    private void unknown(
        SourcePosition at, String kind, String id, List<String> known, boolean listKnown) {
      String hint = Suggestions.didYouMean(id, known);
      if (hint == null) {
        hint =
            listKnown
                ? "known: " + String.join(", ", known)
                : "see './briefing list " + (kind.equals("actor") ? "actors" : "findings") + "'";
      }
      problems.error(at, "unknown " + kind + " '" + id + "'", hint);
    }

    // ---- marking, formats, output, organisation, created

    private Marking marking(String text, SourcePosition at) {
      if (!text.regionMatches(true, 0, "TLP", 0, 3)) {
        return new Marking(text, Optional.empty());
      }
      Optional<Marking.Tlp> tlp = Marking.Tlp.fromLabel(text);
      if (tlp.isPresent()) {
        return new Marking(text, tlp);
      }
      List<String> labels = Arrays.stream(Marking.Tlp.values()).map(Marking.Tlp::label).toList();
      String hint =
          text.toUpperCase(Locale.ROOT).replace(" ", "").equals("TLP:WHITE")
              ? "TLP 2.0 replaced TLP:WHITE with TLP:CLEAR"
              : Suggestions.didYouMean(text, labels);
      problems.error(
          at,
          "'" + text + "' is not a TLP 2.0 label",
          hint != null
              ? hint
              : "use one of "
                  + String.join(", ", labels)
                  + ", or a marking that does not start with 'TLP'");
      return null;
    }

    private List<String> formats(MappingReader m) {
      List<String> list = m.textList("formats");
      List<SourcePosition> at = m.itemPositions("formats");
      for (int i = 0; i < list.size() && i < at.size(); i++) {
        String f = list.get(i);
        if (!FORMAT.matcher(f).matches()) {
          problems.error(at.get(i), "'" + f + "' is not a format name", "such as md, html, pdf");
        } else if (!formats.isEmpty() && !formats.contains(f)) {
          String hint = Suggestions.didYouMean(f, formats);
          problems.error(
              at.get(i),
              "unknown format '" + f + "'",
              hint != null
                  ? hint
                  : "installed formats: " + String.join(", ", new TreeSet<>(formats)));
        }
      }
      return list;
    }

    private String output(MappingReader m) {
      Optional<String> out = m.text("output");
      if (out.isPresent()) {
        if (OUTPUT.matcher(out.get()).matches() && !out.get().contains("..")) {
          return out.get();
        }
        problems.error(
            m.positionOf("output"),
            "'output' must be a file name without folders, not '" + out.get() + "'",
            "such as 'gas-note'; the CLI adds the extension of each format");
      }
      String file = Path.of(path).getFileName().toString();
      return file.replaceFirst("\\.ya?ml$", "");
    }

    private Organisation organisation(MappingReader r) {
      String name = r.requiredText("name");
      Optional<Path> logo = r.text("logo").flatMap(t -> logo(t, r.positionOf("logo")));
      Optional<String> accent = r.text("accent");
      if (accent.isPresent() && !COLOUR.matcher(accent.get()).matches()) {
        problems.error(
            r.positionOf("accent"),
            "'accent' must be a colour written #rrggbb, not '" + accent.get() + "'",
            "such as '#0b5394'");
        accent = Optional.empty();
      }
      r.finish();
      return name == null ? null : new Organisation(name, logo, accent);
    }

    /** A logo path, relative to the spec that writes it, which must not leave that folder. */
    private Optional<Path> logo(String text, SourcePosition at) {
      Path folder = absolute(folderOf(at.path()));
      Path file;
      try {
        Path written = Path.of(text);
        file = written.isAbsolute() ? written : folder.resolve(written).normalize();
      } catch (InvalidPathException e) {
        problems.error(at, "'" + text + "' is not a file name");
        return Optional.empty();
      }
      if (!file.startsWith(folder) || Path.of(text).isAbsolute()) {
        problems.error(
            at,
            "the logo must be a file in the spec's folder or below it, not '" + text + "'",
            "write a path relative to the spec, such as 'logos/institute.png'");
        return Optional.empty();
      }
      if (!Files.isRegularFile(file)) {
        problems.error(
            at, "no logo file '" + text + "'", "the path is read relative to the spec's folder");
        return Optional.empty();
      }
      return Optional.of(file);
    }

    private Instant created(String text, SourcePosition at) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        problems.error(
            at,
            "'created' must be a date and time such as 2024-05-01T09:00:00Z, not '" + text + "'",
            "a date alone (2024-05-01) means midnight UTC");
        return null;
      }
    }
  }
}
