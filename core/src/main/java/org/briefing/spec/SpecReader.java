package org.briefing.spec;

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
import org.briefing.cite.CitationStyle;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.document.Marking;
import org.briefing.document.PageSize;
import org.briefing.files.BoundedFiles;
import org.briefing.files.ImageHeader;
import org.briefing.files.OutputName;
import org.briefing.files.RootFolder;
import org.briefing.files.StrictUtf8;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.model.PartialDate;
import org.briefing.render.Formats;
import org.briefing.sections.IdKind;
import org.briefing.sections.ReadContext;
import org.briefing.sections.SectionReading;
import org.briefing.sections.SectionSpec;
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
          "citation-style",
          "formats",
          "output",
          "organisation",
          "page-size",
          "created");

  /** The keys of {@code filters}. */
  public static final List<String> FILTER_KEYS =
      List.of("topics", "actors", "period", "hypotheses", "findings");

  /** Longest chain of {@code extends} followed. */
  public static final int MAX_EXTENDS = 32;

  /** Longest one-line field (title, subtitle, marking, …), in characters. */
  public static final int MAX_LINE = 500;

  /**
   * Most sections a briefing holds, those inside groups included: far more than any briefing needs,
   * and few enough that building them stays within the tool's memory and time.
   */
  public static final int MAX_SECTIONS = 500;

  /** Largest logo accepted, in bytes on disk. */
  public static final long MAX_LOGO_BYTES = 4L * 1024 * 1024;

  private static final List<String> ONE_LINE =
      List.of("title", "subtitle", "series", "number", "date", "audience", "marking", "output");

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}(-\\d{1,2})?");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private final Corpus corpus;
  private final Set<String> formats;
  private final Path root;

  private SpecReader(Corpus corpus, Set<String> formats, Path root) {
    this.corpus = corpus;
    this.formats = formats;
    this.root = root;
  }

  /**
   * A reader that checks ids against {@code corpus} and format names against the renderers on the
   * class path (no format check when none is installed).
   */
  public static SpecReader of(Corpus corpus) {
    return new SpecReader(corpus, Formats.installed().names(), null);
  }

  /** The same reader, checking format names against {@code known} (none when empty). */
  public SpecReader withFormats(Collection<String> known) {
    return new SpecReader(corpus, Set.copyOf(known), root);
  }

  /**
   * The same reader, confining every file a spec names (extends, logo) to {@code dir}, symlinks
   * followed. Without it, the root is the folder of the spec being read.
   */
  public SpecReader withRoot(Path dir) {
    return new SpecReader(corpus, formats, dir);
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
    YamlNode top = YamlLoader.load(path, text);
    List<Path> chain = new ArrayList<>(List.of(absolute(Path.of(path))));
    RootFolder confine = RootFolder.of(root != null ? root : absolute(folderOf(path)));
    Optional<YamlNode.Mapping> merged = resolve(path, top, chain, confine, problems);
    BriefingSpec spec =
        merged.map(m -> new Binding(path, m, confine, problems).bind()).orElse(null);
    problems.throwIfErrors();
    return spec;
  }

  /** A spec file's text: a regular file, bounded before decoding, strictly UTF-8. */
  private static String readFile(Path file, SourcePosition at) {
    byte[] bytes = BoundedFiles.read(file, YamlLoader.MAX_FILE_BYTES, at, "a spec");
    return StrictUtf8.decode(bytes, file.toString());
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
      String path, YamlNode root, List<Path> chain, RootFolder confine, Problems problems) {
    if (root instanceof YamlNode.Null) {
      problems.error(
          root.position(),
          "the spec is empty",
          "start from one made by '" + ToolCommand.of("new", "NAME").text() + "'");
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
    if (chain.size() > MAX_EXTENDS) {
      problems.error(
          s.position(),
          "'extends' goes more than " + MAX_EXTENDS + " specs deep",
          "let the spec extend one nearer the base");
      return Optional.of(child);
    }
    Path parentPath;
    try {
      confine.resolve(folderOf(path), s.value().strip(), s.position(), "'extends'");
      parentPath = folderOf(path).resolve(s.value().strip()).normalize();
    } catch (InvalidInputException | InvalidPathException e) {
      if (e instanceof InvalidInputException i) {
        problems.addAll(i.diagnostics());
      } else {
        problems.error(s.position(), "'" + s.value() + "' is not a file name");
      }
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
              confine,
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

  private static final Map<String, CitationStyle> CITATION_STYLES = citationStyles();

  private static Map<String, CitationStyle> citationStyles() {
    Map<String, CitationStyle> m = new LinkedHashMap<>();
    CitationStyle.ALL.forEach(s -> m.put(s.name(), s));
    return m;
  }

  /**
   * A logo's bytes, read bounded from a regular file and checked: a PNG, JPEG or SVG whose content
   * matches its name, of bounded size in pixels.
   *
   * @throws InvalidInputException when the logo cannot be used
   */
  public static byte[] readLogo(Path file, SourcePosition at) {
    byte[] bytes = BoundedFiles.read(file, MAX_LOGO_BYTES, at, "a logo");
    Optional<String> wrong = ImageHeader.problem(file.getFileName().toString(), bytes);
    if (wrong.isPresent()) {
      throw new InvalidInputException(
          Diagnostic.error(
              at,
              "the logo " + wrong.get(),
              ImageHeader.of(bytes).filter(h -> h.mediaType().equals("image/svg+xml")).isEmpty()
                      || wrong.get().startsWith("does not hold")
                  ? "use a PNG, JPEG or SVG file named .png, .jpg or .svg"
                  : "a logo must be self-contained: an SVG with links and url() only to #ids"
                      + " inside it, no @import, <!DOCTYPE>, scripts or <foreignObject>"));
    }
    return bytes;
  }

  private static <E extends Enum<E>> Map<String, E> keyed(E[] values, Function<E, String> key) {
    Map<String, E> m = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> m.put(key.apply(v), v));
    return m;
  }

  /** The state of reading one spec. */
  private final class Binding {
    private final String path;
    private final YamlNode.Mapping root;
    private final RootFolder confine;
    private final Problems problems;

    /** The briefing's languages, once read; null while unknown (an unreadable 'language'). */
    private List<Language> languages;

    /** Sections read so far, in groups too (see {@link #MAX_SECTIONS}). */
    private int sectionsRead;

    Binding(String path, YamlNode.Mapping root, RootFolder confine, Problems problems) {
      this.path = path;
      this.root = root;
      this.confine = confine;
      this.problems = problems;
    }

    /**
     * A date written as a calendar date ({@code 2022-02-24}, or a month, {@code 2022-02}) must be a
     * real one; other text is printed as written.
     */
    private void checkDate(MappingReader m, String date) {
      try {
        PartialDate.parse(date, 0);
      } catch (IllegalArgumentException e) {
        // A day of a month that has none ("30 February 2026") in any form the tool reads.
        if (ISO_DATE.matcher(date).matches() || e.getMessage().contains("is not a real date")) {
          problems.error(
              m.node("date").orElseThrow().position(),
              "'date' is not a date: " + e.getMessage(),
              "write it as 2022-02-24, 24 February 2022 or February 2022 (printed in the"
                  + " briefing's language), or as any other text (printed as written)");
        }
      }
    }

    BriefingSpec bind() {
      MappingReader m = MappingReader.of(root, "a briefing spec", problems).orElseThrow();
      m.has("extends");
      oneLine(m);
      Optional<String> number = m.text("number");
      Optional<String> date = m.text("date");
      date.ifPresent(d -> checkDate(m, d));
      List<String> authors = m.textList("authors");
      languages = languages(m);
      List<Language> language = languages == null ? List.of(Language.EN) : languages;
      Map<Language, String> title = line(m, "title", language);
      Map<Language, String> subtitle = line(m, "subtitle", language);
      Map<Language, String> series = line(m, "series", language);
      Map<Language, String> audience = line(m, "audience", language);
      Optional<Layout> layout = choice(m, "layout", keyed(Layout.values(), Layout::key));
      if (layout.isPresent() && language.size() == 1) {
        problems.error(
            m.keyPositionOf("layout"),
            "'layout' applies only to bilingual briefings",
            "remove it, or set 'language: bilingual'");
      }
      List<SectionSpec<?>> sections = sections(m);
      Filters filters =
          m.mapping("filters", "the filters").map(this::filters).orElse(Filters.none());
      Optional<Limit> maxWords = limit(m, "max-words");
      Optional<Limit> maxPages = limit(m, "max-pages");
      Optional<Marking> marking = m.text("marking").map(t -> marking(t, m.positionOf("marking")));
      boolean showNotes = m.bool("show-notes").orElse(false);
      CitationStyle citationStyle =
          choice(m, "citation-style", CITATION_STYLES).orElse(CitationStyle.PAPER);
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
          citationStyle,
          problems.all().stream().filter(d -> !d.isError()).toList());
    }

    /**
     * A one-line text of the title block: plain (in the briefing's main language) or by language
     * code, such as {@code subtitle: {pl: …}} for a Polish subtitle in a bilingual briefing led by
     * English, so that each text gets its own language's typography and language tag. A
     * one-language briefing needs its language in the mapping.
     */
    private Map<Language, String> line(MappingReader m, String key, List<Language> language) {
      Optional<YamlNode> node = m.node(key);
      if (node.isEmpty()) {
        return Map.of();
      }
      if (!(node.get() instanceof YamlNode.Mapping)) {
        return m.text(key).map(t -> Map.of(language.get(0), t)).orElse(Map.of());
      }
      Optional<org.briefing.sections.Localized> read =
          org.briefing.sections.OptionReader.byLanguage(node.get(), key, corpus, problems);
      if (read.isEmpty()) {
        return Map.of();
      }
      YamlNode.Mapping map = (YamlNode.Mapping) node.get();
      for (YamlNode.Entry e : map.entries().values()) {
        if (e.value() instanceof YamlNode.Scalar s) {
          oneLine(key + "." + e.key(), s);
        }
      }
      Map<Language, String> texts = new java.util.LinkedHashMap<>();
      for (Language l : language) {
        if (read.get().texts().containsKey(l)) {
          texts.put(l, read.get().texts().get(l));
        }
      }
      if (read.get().complete() && texts.isEmpty()) {
        problems.error(
            map.position(),
            "'"
                + key
                + "' has no text in "
                + language.stream()
                    .map(l -> l.englishName() + " (" + l.code() + ")")
                    .collect(java.util.stream.Collectors.joining(" or "))
                + ", the language of this briefing",
            "add '" + language.get(0).code() + ": …' under '" + key + "'");
      }
      return texts;
    }

    /** Refuses line breaks and overlong text in fields that print on one line. */
    private void oneLine(MappingReader m) {
      for (String key : ONE_LINE) {
        if (m.node(key).orElse(null) instanceof YamlNode.Scalar s) {
          oneLine(key, s);
        }
      }
    }

    private void oneLine(String key, YamlNode.Scalar s) {
      String v = s.value();
      if (v.length() > MAX_LINE) {
        problems.error(
            s.position(),
            "'" + key + "' is too long (" + v.length() + " characters)",
            "it prints on one line: at most " + MAX_LINE + " characters");
      } else if (v.strip().contains("\n") || v.contains("\r")) {
        problems.error(s.position(), "'" + key + "' must be one line", "remove the line break");
      }
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

    private List<SectionSpec<?>> sections(MappingReader m) {
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
      List<SectionSpec<?>> out = new ArrayList<>();
      List<YamlNode> read = new ArrayList<>();
      ReadContext context =
          new ReadContext(
              corpus,
              problems,
              languages == null ? List.of() : languages,
              item -> readSection(item));
      for (YamlNode item : seq.items()) {
        if (!oneMoreSection(item)) {
          break;
        }
        SectionReading.read(item, context)
            .ifPresent(
                section -> {
                  // The same section twice (written the same way) is built twice: likely a slip
                  // of an edit, said, not refused. The entries are compared as written, not their
                  // options' records: a record's first equals costs a cold build 9 ms of
                  // bootstrapping.
                  for (int i = 0; i < read.size(); i++) {
                    if (YamlNode.sameContent(read.get(i), item)) {
                      SourcePosition first = out.get(i).position();
                      problems.warning(
                          section.position(),
                          "the section '"
                              + section.kind().name()
                              + "' is listed twice, with the same options (first at "
                              + first.line()
                              + ":"
                              + first.column()
                              + "): the briefing holds it twice",
                          "remove one, or give them different options");
                      break;
                    }
                  }
                  read.add(item);
                  out.add(section);
                });
      }
      return out;
    }

    /** Counts a section read, top-level or in a group; false (said once) past the limit. */
    private boolean oneMoreSection(YamlNode item) {
      if (++sectionsRead == MAX_SECTIONS + 1) {
        problems.error(
            item.position(),
            "too many sections: a briefing holds at most " + MAX_SECTIONS + ", groups included",
            "split it into several briefings");
      }
      return sectionsRead <= MAX_SECTIONS;
    }

    private Optional<SectionSpec<?>> readSection(YamlNode item) {
      if (!oneMoreSection(item)) {
        return Optional.empty();
      }
      return SectionReading.read(
          item,
          new ReadContext(
              corpus, problems, languages == null ? List.of() : languages, this::readSection));
    }

    /**
     * The briefing's languages: a language code, {@code bilingual} (English and the corpus's one
     * translation language), or a list of two codes.
     */
    private List<Language> languages(MappingReader m) {
      Optional<YamlNode> node = m.node("language");
      if (node.isEmpty()) {
        return List.of(Language.EN);
      }
      List<Language> known = corpus.languages();
      if (node.get() instanceof YamlNode.Sequence seq) {
        List<Language> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
          language(item, known).ifPresent(out::add);
        }
        if (seq.items().size() != 2 || out.size() != 2 || out.get(0) == out.get(1)) {
          if (out.size() == seq.items().size()) {
            problems.error(
                seq.position(),
                "a bilingual briefing names two different languages",
                "such as 'language: [en, pl]'");
          }
          return null;
        }
        return out;
      }
      Optional<String> text = m.text("language");
      if (text.isEmpty()) {
        return null;
      }
      if (text.get().equals("bilingual")) {
        List<Language> others = known.subList(1, known.size());
        if (others.size() == 1) {
          return labelled(others.get(0), m.positionOf("language"))
              ? List.of(Language.EN, others.get(0))
              : null;
        }
        problems.error(
            m.positionOf("language"),
            others.isEmpty()
                ? "this corpus has no translations, so a briefing cannot be bilingual"
                : "this corpus has several translation languages; say which two",
            others.isEmpty()
                ? "write 'language: en'"
                : "such as 'language: [en, " + others.get(0).code() + "]'");
        return null;
      }
      return language(node.get(), known).map(List::of).orElse(null);
    }

    private Optional<Language> language(YamlNode node, List<Language> known) {
      if (!(node instanceof YamlNode.Scalar s)) {
        problems.error(node.position(), "'language' must be a language code, not " + node.kind());
        return Optional.empty();
      }
      String code = s.value().strip();
      Optional<Language> l = Language.fromCode(code).filter(known::contains);
      if (l.isEmpty()) {
        List<String> words = new ArrayList<>(known.stream().map(Language::code).toList());
        if (known.size() > 1) {
          words.add("bilingual");
        }
        String hint = Suggestions.didYouMean(code, words);
        problems.error(
            s.position(),
            "'language' must be one of " + String.join(", ", words) + ", not '" + code + "'",
            hint != null
                ? hint
                : Language.fromCode(code).isPresent()
                    ? "the corpus has no translations/" + code + ".yaml"
                    : null);
      }
      return l.filter(x -> labelled(x, s.position()));
    }

    /**
     * Whether the tool can write in a language: a briefing prints labels (headings, captions,
     * dates), and a corpus may hold a translation into a language the tool has none for (its
     * translators still exchange it as XLIFF).
     */
    private boolean labelled(Language language, SourcePosition at) {
      if (Labels.available(language)) {
        return true;
      }
      problems.error(at, Labels.missing(language), Labels.missingHint(language));
      return false;
    }

    // ---- filters

    private Filters filters(MappingReader r) {
      List<String> topics = ids(r, "topics", IdKind.TOPIC);
      List<String> actors = ids(r, "actors", IdKind.ACTOR);
      Optional<Period> period =
          r.mapping("period", "a period").flatMap(p -> PeriodReader.read(p, corpus, problems));
      List<String> hypotheses = ids(r, "hypotheses", IdKind.HYPOTHESIS);
      List<String> findings = ids(r, "findings", IdKind.FINDING);
      r.finish();
      return new Filters(topics, actors, period, hypotheses, findings);
    }

    /** A list of ids under {@code key}, each checked against the corpus. */
    private List<String> ids(MappingReader r, String key, IdKind kind) {
      List<String> values = r.textList(key);
      List<String> known = kind.ids(corpus);
      Optional<YamlNode> node = r.node(key);
      List<YamlNode> items =
          node.isEmpty()
              ? List.of()
              : node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
      for (YamlNode item : items) {
        if (item instanceof YamlNode.Scalar s && !known.contains(s.value().strip())) {
          String id = s.value().strip();
          String hint = Suggestions.didYouMean(id, known);
          if (hint == null) {
            hint =
                known.isEmpty()
                    ? "this corpus has no " + kind.listName()
                    : known.size() <= 12
                        ? "known: " + String.join(", ", known)
                        : "see '"
                            + ToolCommand.of("list", kind.listName()).corpus(corpus.folder()).text()
                            + "'";
          }
          problems.error(s.position(), "unknown " + kind.what() + " '" + id + "'", hint);
        }
      }
      return values;
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
        Optional<String> wrong = OutputName.problem(out.get());
        if (wrong.isEmpty()) {
          return out.get();
        }
        problems.error(
            m.positionOf("output"),
            "'output' must be a plain file name: '" + out.get() + "' " + wrong.get(),
            "such as 'gas-note'; the CLI adds the extension of each format");
        return out.get();
      }
      Path fileName = Path.of(path).getFileName();
      String file = fileName == null ? "briefing" : fileName.toString();
      String name = file.replaceFirst("\\.ya?ml$", "");
      Optional<String> wrong = OutputName.problem(name);
      if (wrong.isPresent()) {
        problems.error(
            SourcePosition.file(path),
            "the output is named after the spec file, and '" + name + "' " + wrong.get(),
            "set 'output:' in the spec, such as 'output: my-note'");
      }
      return name;
    }

    private Organisation organisation(MappingReader r) {
      String name = r.requiredText("name");
      SourcePosition logoAt = r.positionOf("logo");
      Optional<Path> logo = r.text("logo").flatMap(t -> logo(t, logoAt));
      Optional<String> accent = r.text("accent");
      if (accent.isPresent() && !COLOUR.matcher(accent.get()).matches()) {
        problems.error(
            r.positionOf("accent"),
            "'accent' must be a colour written #rrggbb, not '" + accent.get() + "'",
            "such as '#0b5394'");
        accent = Optional.empty();
      }
      r.finish();
      return name == null ? null : new Organisation(name, logo, accent, logo.map(l -> logoAt));
    }

    /**
     * A logo path, relative to the spec that writes it, inside the root; its content is checked
     * here (type against its name, size on disk, pixels from the header), so that what build
     * refuses, validate refuses too.
     */
    private Optional<Path> logo(String text, SourcePosition at) {
      Path folder = absolute(folderOf(at.path()));
      try {
        Path file = confine.resolve(folder, text, at, "the logo");
        if (!Files.exists(file)) {
          problems.error(
              at, "no logo file '" + text + "'", "the path is read relative to the spec's folder");
          return Optional.empty();
        }
        readLogo(file, at);
        return Optional.of(file);
      } catch (InvalidInputException e) {
        problems.addAll(e.diagnostics());
        return Optional.empty();
      }
    }

    private Instant created(String text, SourcePosition at) {
      Instant read = readCreated(text, at);
      // File formats write this time as a calendar date: PDF's and Word's readers turn one before
      // the Gregorian calendar (1582) into another day, and a year past 9999 has no form at all.
      if (read != null && (read.isBefore(EARLIEST_CREATED) || !read.isBefore(LATEST_CREATED))) {
        problems.error(
            at,
            "'created' must fall between the years 1583 and 9999, not '" + text + "'",
            "the time a document says it was made, such as 2024-05-01T09:00:00Z");
        return null;
      }
      return read;
    }

    private static final Instant EARLIEST_CREATED = Instant.parse("1583-01-01T00:00:00Z");
    private static final Instant LATEST_CREATED = Instant.parse("+10000-01-01T00:00:00Z");

    private Instant readCreated(String text, SourcePosition at) {
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
