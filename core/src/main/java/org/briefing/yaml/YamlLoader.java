package org.briefing.yaml;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.files.StrictUtf8;
import org.briefing.text.ControlCharacters;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads untrusted YAML into {@link YamlNode}s with positions, within fixed bounds: file size,
 * nesting depth, alias use and the number of nodes (so that an alias bomb cannot expand).
 *
 * <pre>{@code YamlNode root = YamlLoader.load("spec.yaml", text);}</pre>
 */
public final class YamlLoader {
  /** Largest input accepted, in characters. */
  public static final int MAX_CHARS = 2 * 1024 * 1024;

  /**
   * Largest YAML file read, in bytes: enough for {@link #MAX_CHARS} characters of UTF-8 (up to four
   * bytes each), so that the characters are what is bounded.
   */
  public static final long MAX_FILE_BYTES = 4L * MAX_CHARS;

  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 40;

  /** Most nodes one file may expand to, aliases included. */
  public static final int MAX_NODES = 200_000;

  /** Longest line accepted, in characters (the YAML scanner slows down on very long scalars). */
  public static final int MAX_LINE_CHARS = 100_000;

  private static final int MAX_ALIASES = 20;

  /** Where parsed files are kept between runs; none unless the command line's main sets one. */
  private static volatile ParsedYamlCache cache;

  private YamlLoader() {}

  /**
   * Keeps parsed files in {@code kept} from now on, for {@link #loadKept}; null keeps none. Set by
   * the command line's {@code main} only, so that a program (or test) that calls the library writes
   * nothing outside its outputs.
   */
  public static void useCache(ParsedYamlCache kept) {
    cache = kept;
  }

  /**
   * As {@link #load}, through the cache of parsed files when one is set: the same tree for the same
   * text, or the same exception; a text that parses without a problem is kept.
   */
  public static YamlNode loadKept(String path, String text) {
    ParsedYamlCache kept = cache;
    byte[] utf8 = kept == null ? null : StrictUtf8.encode(text);
    if (utf8 == null) {
      return load(path, text);
    }
    YamlNode found = kept.find(path, utf8);
    return found != null ? found : loadKept(path, text, utf8);
  }

  /**
   * The tree kept for the text that these UTF-8 bytes (a file's, as read) hold, with positions in
   * {@code path}; null when none is kept or no cache is set. A file whose parse is kept need not be
   * decoded; otherwise decode it and call {@link #loadKept(String, String, byte[])}.
   */
  public static YamlNode findKept(String path, byte[] utf8) {
    ParsedYamlCache kept = cache;
    return kept == null ? null : kept.find(path, utf8);
  }

  /**
   * As {@link #load}; keeps the tree in the cache, when one is set, for the text whose UTF-8 bytes
   * are {@code utf8} (which must encode {@code text}: the bytes it was decoded from).
   */
  public static YamlNode loadKept(String path, String text, byte[] utf8) {
    YamlNode parsed = load(path, text);
    ParsedYamlCache kept = cache;
    if (kept != null) {
      kept.keep(utf8, parsed);
    }
    return parsed;
  }

  /**
   * Parses one YAML document.
   *
   * @param path the file name used in messages
   * @param text the file's content
   * @return the root node ({@link YamlNode.Null} for an empty file)
   * @throws InvalidInputException for a syntax error or a file over the bounds
   */
  public static YamlNode load(String path, String text) {
    if (text.length() > MAX_CHARS) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(path),
              "file is too large (" + text.length() + " characters; at most " + MAX_CHARS + ")"));
    }
    checkCharacters(path, text);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(path)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(MAX_CHARS + 1)
            .setUseMarks(true)
            .setSchema(new CoreSchema())
            .build();
    Optional<Node> root;
    CheckedEvents events;
    try {
      // One pass: the composer reads the parser's events through the checks of CheckedEvents.
      events =
          new CheckedEvents(
              path, new ParserImpl(settings, new StreamReader(settings, new StringReader(text))));
      root = new Composer(settings, events).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      SourcePosition at =
          mark == null
              ? SourcePosition.file(path)
              : new SourcePosition(path, mark.getLine() + 1, mark.getColumn() + 1);
      String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      Mark started = e.getContextMark().orElse(null);
      String hint =
          started != null && mark != null && started.getLine() != mark.getLine()
              ? "it started at line "
                  + (started.getLine() + 1)
                  + ", column "
                  + (started.getColumn() + 1)
                  + "; check indentation, colons and quotes there"
              : "check indentation, colons and quotes around this place";
      throw new InvalidInputException(
          Diagnostic.error(at, "not valid YAML: " + problem + context, hint));
    } catch (YamlEngineException e) {
      if (String.valueOf(e.getMessage()).startsWith("Number of aliases")) {
        throw new InvalidInputException(
            Diagnostic.error(
                SourcePosition.file(path),
                "too many aliases: at most "
                    + MAX_ALIASES
                    + " uses of '*name' for lists and mappings are allowed",
                "write the values out instead of repeating them through aliases"));
      }
      throw new InvalidInputException(
          Diagnostic.error(SourcePosition.file(path), "not valid YAML: " + e.getMessage()));
    }
    if (root.isEmpty()) {
      return new YamlNode.Null(SourcePosition.file(path));
    }
    Problems problems = new Problems();
    YamlNode result = new Converter(path, problems, events.aliases).convert(root.get(), 0);
    problems.throwIfErrors();
    return result;
  }

  /**
   * Refuses control characters written raw in the file, at their own line and column (the YAML
   * parser would report some of them at 1:1 and let others through).
   */
  private static void checkCharacters(String path, String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_LINE_CHARS) {
          throw new InvalidInputException(
              Diagnostic.error(
                  new SourcePosition(path, line, 1),
                  "line " + line + " is too long (" + (i - start) + " characters)",
                  "a line holds at most " + MAX_LINE_CHARS + " characters; break it"));
        }
        line++;
        start = i + 1;
      }
    }
    OptionalInt bad = ControlCharacters.first(text);
    if (bad.isEmpty()) {
      return;
    }
    int at = bad.getAsInt();
    line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = text.codePointCount(lineStart, at) + 1;
    throw new InvalidInputException(
        Diagnostic.error(
            new SourcePosition(path, line, column),
            ControlCharacters.message(text.codePointAt(at)),
            ControlCharacters.hint(text.codePointAt(at))));
  }

  /**
   * The parser's events as the composer reads them, refusing YAML tags and deep nesting as they
   * come: the composer recurses once per level and would overflow the stack on input such as a
   * hundred thousand '['; the parser itself keeps an explicit stack, so it reads any depth, and the
   * composer takes each collection's start event (through {@link #next}) before it recurses.
   */
  private static final class CheckedEvents implements Parser {
    private final String path;
    private final Parser parser;
    private int depth;
    private boolean aliases;

    CheckedEvents(String path, Parser parser) {
      this.path = path;
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return parser.hasNext();
    }

    @Override
    public Event next() {
      Event e = parser.next();
      Event.ID id = e.getEventId();
      aliases |= id == Event.ID.Alias;
      if (e instanceof NodeEvent n) {
        Optional<String> tag =
            n instanceof ScalarEvent s
                ? s.getTag()
                : n instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
        if (tag.isPresent()) {
          throw new InvalidInputException(
              Diagnostic.error(
                  position(path, e),
                  "YAML tags such as '" + tag.get() + "' are not used here",
                  "remove the tag; write the value plainly, in quotes if it must stay text"));
        }
      }
      if (id == Event.ID.SequenceStart || id == Event.ID.MappingStart) {
        if (++depth > MAX_DEPTH) {
          throw new InvalidInputException(
              Diagnostic.error(
                  position(path, e), "nested too deeply (more than " + MAX_DEPTH + " levels)"));
        }
      } else if (id == Event.ID.SequenceEnd || id == Event.ID.MappingEnd) {
        depth--;
      }
      return e;
    }
  }

  private static SourcePosition position(String path, Event e) {
    return e.getStartMark()
        .map(m -> new SourcePosition(path, m.getLine() + 1, m.getColumn() + 1))
        .orElse(SourcePosition.file(path));
  }

  private static final class Converter {
    private final String path;
    private final Problems problems;
    private final boolean aliases;
    private int nodes;

    /**
     * @param aliases whether the file uses aliases: the same node is then converted once per use
     */
    Converter(String path, Problems problems, boolean aliases) {
      this.path = path;
      this.problems = problems;
      this.aliases = aliases;
    }

    private SourcePosition at(Node node) {
      return node.getStartMark()
          .map(m -> new SourcePosition(path, m.getLine() + 1, m.getColumn() + 1))
          .orElse(SourcePosition.file(path));
    }

    YamlNode convert(Node node, int depth) {
      SourcePosition at = at(node);
      if (++nodes > MAX_NODES) {
        throw new InvalidInputException(
            aliases
                ? Diagnostic.error(
                    at,
                    "too many values: more than "
                        + MAX_NODES
                        + " in one file, counting each use of an alias as the values it repeats",
                    "write fewer values, or repeat fewer of them through aliases ('*name')")
                : Diagnostic.error(
                    at,
                    "too many values: more than " + MAX_NODES + " in one file",
                    "each text, list and mapping counts as one value"));
      }
      if (depth > MAX_DEPTH) {
        throw new InvalidInputException(
            Diagnostic.error(at, "nested too deeply (more than " + MAX_DEPTH + " levels)"));
      }
      if (node instanceof ScalarNode s) {
        boolean plain = s.getScalarStyle() == ScalarStyle.PLAIN;
        if (plain && (s.getTag().equals(Tag.NULL))) {
          return new YamlNode.Null(at);
        }
        checkEscaped(s.getValue(), at);
        return new YamlNode.Scalar(s.getValue(), plain, at);
      }
      if (node instanceof SequenceNode seq) {
        List<YamlNode> items = seq.getValue().stream().map(n -> convert(n, depth + 1)).toList();
        return new YamlNode.Sequence(items, at);
      }
      if (node instanceof MappingNode map) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
          Node keyNode = t.getKeyNode();
          SourcePosition keyAt = at(keyNode);
          if (!(keyNode instanceof ScalarNode key)) {
            problems.error(keyAt, "a key must be a plain word, not " + describe(keyNode));
            continue;
          }
          checkEscaped(key.getValue(), keyAt);
          if (entries.containsKey(key.getValue())) {
            YamlNode.Entry first = entries.get(key.getValue());
            problems.error(
                keyAt,
                "duplicate key '" + key.getValue() + "'",
                "it was first given at line " + first.keyPosition().line());
            continue;
          }
          entries.put(
              key.getValue(),
              new YamlNode.Entry(key.getValue(), keyAt, convert(t.getValueNode(), depth + 1)));
        }
        return new YamlNode.Mapping(entries, at);
      }
      problems.error(at, "unsupported YAML node");
      return new YamlNode.Null(at);
    }

    /** Refuses a character written as an escape (such as "\x1b" or "\ud800") in a quoted text. */
    private void checkEscaped(String value, SourcePosition at) {
      OptionalInt bad = ControlCharacters.first(value);
      if (bad.isPresent()) {
        int c = value.codePointAt(bad.getAsInt());
        problems.error(at, ControlCharacters.message(c), ControlCharacters.hint(c));
      }
    }

    private static String describe(Node n) {
      return n instanceof SequenceNode ? "a list" : "a mapping";
    }
  }
}
