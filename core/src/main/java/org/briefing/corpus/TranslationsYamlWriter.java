package org.briefing.corpus;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.briefing.i18n.Translation;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;
import org.briefing.yaml.YamlLoader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.AnchorNode;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Writes a translations file ({@code translations/pl.yaml}) in the format of {@code FORMAT.md}, so
 * that {@link CorpusReader} reads it back to the same {@link Translations}: units in catalog order
 * (any unit the catalog lacks follows, in its own order), every text double-quoted on one line with
 * YAML escapes where a character needs one.
 *
 * <pre>{@code
 * String yaml = TranslationsYamlWriter.write(translations, Localizer.units(corpus));
 * }</pre>
 *
 * <p>The same translations always give the same text. An import changes a file that exists with
 * {@link #update}, which edits its text in place and keeps the rest byte for byte. Stateless.
 */
public final class TranslationsYamlWriter {
  /** Unit ids that YAML reads as plain strings, unquoted. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

  private TranslationsYamlWriter() {}

  public static String write(Translations translations, UnitCatalog catalog) {
    Map<String, Translation> ordered = new LinkedHashMap<>();
    for (String id : catalog.units().keySet()) {
      translations.unit(id).ifPresent(t -> ordered.put(id, t));
    }
    translations.units().forEach(ordered::putIfAbsent);
    StringBuilder out = new StringBuilder();
    out.append("language: ").append(translations.language().code()).append('\n');
    out.append("units:");
    if (ordered.isEmpty()) {
      out.append(" {}");
    }
    out.append('\n');
    for (Translation t : ordered.values()) {
      String key = PLAIN_KEY.matcher(t.unitId()).matches() ? t.unitId() : quoted(t.unitId());
      out.append("  ").append(key).append(":\n");
      out.append("    status: ").append(t.status().key()).append('\n');
      out.append("    fingerprint: ").append(quotedIfNeeded(t.fingerprint())).append('\n');
      out.append("    text: ").append(quoted(t.text())).append('\n');
      t.source().ifPresent(e -> out.append("    source: ").append(quoted(e)).append('\n'));
      if (!t.notes().isEmpty()) {
        out.append("    notes:\n");
        t.notes().forEach(n -> out.append("      - ").append(quoted(n)).append('\n'));
      }
    }
    return out.toString();
  }

  /**
   * The text of an existing translations file with these translations set, edited in place: in a
   * unit the file holds, only the values of the fields that change (status, fingerprint, text,
   * source) are rewritten, and a field it lacks is added below the field before it; a unit it does
   * not hold is added after the unit that precedes it in catalog order (or first, when none does).
   * Everything else (comments, blank lines, quoting, the order of units and fields, the line
   * endings, CR LF or LF) stays byte for byte; a changed unit written in flow style is written anew
   * in block style. New lines take the file's line ending and the indentation of its first unit.
   *
   * <pre>{@code
   * String yaml = TranslationsYamlWriter.update(Files.readString(plYaml), merged.updated(), catalog);
   * }</pre>
   *
   * @param existing the file's text, which must read as a translations file
   * @param changed the translations to set, each replacing the unit of its id
   * @throws IllegalArgumentException when the file's layout cannot be edited in place (a non-empty
   *     units mapping in flow style, anchors, a unit's notes changed): write it whole with {@link
   *     #write} instead
   */
  public static String update(String existing, List<Translation> changed, UnitCatalog catalog) {
    return new InPlace(existing).apply(changed, catalog);
  }

  /** One in-place edit of a file's text. */
  private static final class InPlace {
    private final String text;
    private final String newline;
    private final int[] charAt;

    /** Insertions and replacements by their start offset; a replacement's end is in ends. */
    private final TreeMap<Integer, StringBuilder> edits = new TreeMap<>();

    private final Map<Integer, Integer> ends = new HashMap<>();

    InPlace(String text) {
      this.text = text;
      this.newline = text.contains("\r\n") ? "\r\n" : "\n";
      // Marks count code points; edits need char offsets.
      int[] at = new int[text.codePointCount(0, text.length()) + 1];
      int c = 0;
      for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
        at[c++] = i;
      }
      at[c] = text.length();
      this.charAt = at;
    }

    String apply(List<Translation> changed, UnitCatalog catalog) {
      MappingNode units = unitsNode();
      Map<String, MappingNode> present = new LinkedHashMap<>();
      Map<String, NodeTuple> entries = new LinkedHashMap<>();
      for (NodeTuple t : units.getValue()) {
        String id = scalar(t.getKeyNode());
        entries.put(id, t);
        if (t.getValueNode() instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK) {
          present.put(id, m);
        }
      }
      String unitIndent = "  ";
      String fieldIndent = "    ";
      if (!entries.isEmpty()) {
        NodeTuple first = entries.values().iterator().next();
        unitIndent = " ".repeat(column(first.getKeyNode()));
        fieldIndent = unitIndent + "  ";
        for (MappingNode m : present.values()) {
          if (!m.getValue().isEmpty()) {
            fieldIndent = " ".repeat(column(m.getValue().get(0).getKeyNode()));
            break;
          }
        }
      }
      Map<String, Translation> byId = new HashMap<>();
      changed.forEach(t -> byId.put(t.unitId(), t));
      int insertAt = lineEnd(end(unitsKeyNode));
      if (units.getFlowStyle() == FlowStyle.FLOW) {
        if (!units.getValue().isEmpty()) {
          throw new IllegalArgumentException("the units are written in flow style");
        }
        // "units: {}": the new units replace the braces.
        int from = start(units);
        while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
          from--;
        }
        replace(from, end(units), "");
      }
      List<String> ids = new ArrayList<>(catalog.units().keySet());
      byId.keySet().stream().filter(id -> !catalog.contains(id)).sorted().forEach(ids::add);
      for (String id : ids) {
        Translation t = byId.get(id);
        if (entries.containsKey(id)) {
          if (t != null) {
            MappingNode unit = present.get(id);
            if (unit != null) {
              fields(unit, t, fieldIndent);
            } else {
              // A unit written in flow style ({status: …, text: …}) is written anew, in block
              // style.
              Node value = entries.get(id).getValueNode();
              int from = start(value);
              while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
                from--;
              }
              StringBuilder b = new StringBuilder();
              for (String[] f : fields(t)) {
                b.append(newline).append(fieldIndent).append(f[0]).append(": ").append(f[1]);
              }
              if (!t.notes().isEmpty()) {
                b.append(newline).append(fieldIndent).append("notes:");
                for (String n : t.notes()) {
                  b.append(newline).append(fieldIndent).append("  - ").append(quoted(n));
                }
              }
              replace(from, end(value), b.toString());
            }
          }
          // A new unit goes after the unit before it in catalog order.
          insertAt = lineEnd(lastEnd(entries.get(id).getValueNode()));
        } else if (t != null) {
          StringBuilder b = new StringBuilder();
          String key = PLAIN_KEY.matcher(id).matches() ? id : quoted(id);
          b.append(newline).append(unitIndent).append(key).append(':');
          for (String[] f : fields(t)) {
            b.append(newline).append(fieldIndent).append(f[0]).append(": ").append(f[1]);
          }
          insert(insertAt, b.toString());
        }
      }
      return result();
    }

    private Node unitsKeyNode;

    /** The mapping under {@code units:}. */
    private MappingNode unitsNode() {
      Node root;
      try {
        LoadSettings settings =
            LoadSettings.builder()
                .setUseMarks(true)
                .setCodePointLimit(YamlLoader.MAX_CHARS + 1)
                .setMaxAliasesForCollections(0)
                .build();
        root =
            new Composer(
                    settings,
                    new ParserImpl(settings, new StreamReader(settings, new StringReader(text))))
                .getSingleNode()
                .orElse(null);
      } catch (YamlEngineException e) {
        throw new IllegalArgumentException("the file does not read: " + e.getMessage(), e);
      }
      if (root instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          if ("units".equals(scalar(t.getKeyNode())) && t.getValueNode() instanceof MappingNode u) {
            unitsKeyNode = t.getKeyNode();
            return u;
          }
        }
      }
      throw new IllegalArgumentException("the file has no mapping 'units'");
    }

    /** Sets the changed fields of a unit the file holds, adding those it lacks. */
    private void fields(MappingNode unit, Translation t, String fallbackIndent) {
      Map<String, NodeTuple> byKey = new LinkedHashMap<>();
      for (NodeTuple f : unit.getValue()) {
        byKey.put(scalar(f.getKeyNode()), f);
      }
      if (byKey.containsKey("notes") || !t.notes().isEmpty()) {
        // An import keeps a unit's notes; a change to them is not an in-place edit of a value.
        List<String> old = new ArrayList<>();
        if (byKey.get("notes") != null
            && byKey.get("notes").getValueNode() instanceof SequenceNode s) {
          s.getValue().forEach(n -> old.add(scalar(n)));
        }
        if (!old.equals(t.notes())) {
          throw new IllegalArgumentException("the notes of '" + t.unitId() + "' change");
        }
      }
      String indent =
          unit.getValue().isEmpty()
              ? fallbackIndent
              : " ".repeat(column(unit.getValue().get(0).getKeyNode()));
      int after = -1;
      for (String[] f : fields(t)) {
        NodeTuple old = byKey.get(f[0]);
        if (old == null) {
          int at =
              after >= 0
                  ? after
                  : lineEnd(
                      lastEnd(unit.getValue().get(unit.getValue().size() - 1).getValueNode()));
          insert(at, newline + indent + f[0] + ": " + f[1]);
          continue;
        }
        Node value = old.getValueNode();
        if (!(value instanceof ScalarNode s) || !s.getValue().equals(f[2])) {
          if (value instanceof AnchorNode || value.getAnchor().isPresent()) {
            throw new IllegalArgumentException("'" + t.unitId() + "' has an anchor");
          }
          replace(start(value), end(value), f[1]);
        }
        after = lineEnd(end(value));
      }
      if (t.source().isEmpty() && byKey.containsKey("source")) {
        throw new IllegalArgumentException("the source of '" + t.unitId() + "' goes");
      }
    }

    /** A translation's fields as name, YAML value and plain value, in the file format's order. */
    private static List<String[]> fields(Translation t) {
      List<String[]> f = new ArrayList<>();
      f.add(new String[] {"status", t.status().key(), t.status().key()});
      f.add(new String[] {"fingerprint", quotedIfNeeded(t.fingerprint()), t.fingerprint()});
      f.add(new String[] {"text", quoted(t.text()), t.text()});
      t.source().ifPresent(e -> f.add(new String[] {"source", quoted(e), e}));
      return f;
    }

    private void insert(int at, String s) {
      edits.computeIfAbsent(at, k -> new StringBuilder()).append(s);
      ends.putIfAbsent(at, at);
    }

    private void replace(int from, int to, String s) {
      edits.computeIfAbsent(from, k -> new StringBuilder()).append(s);
      ends.merge(from, to, Math::max);
    }

    private String result() {
      StringBuilder out = new StringBuilder(text.length() + 256);
      int at = 0;
      for (Map.Entry<Integer, StringBuilder> e : edits.entrySet()) {
        if (e.getKey() < at) {
          throw new IllegalStateException("overlapping edits at offset " + e.getKey());
        }
        out.append(text, at, e.getKey()).append(e.getValue());
        at = ends.get(e.getKey());
      }
      return out.append(text, at, text.length()).toString();
    }

    private static String scalar(Node n) {
      return n instanceof ScalarNode s ? s.getValue() : null;
    }

    private int column(Node n) {
      return n.getStartMark().orElseThrow().getColumn();
    }

    private int start(Node n) {
      return charAt[n.getStartMark().orElseThrow().getIndex()];
    }

    /** Where a node ends, without the line breaks and blank lines a block scalar takes in. */
    private int end(Node n) {
      int from = start(n);
      int to = charAt[n.getEndMark().orElseThrow().getIndex()];
      if (n instanceof ScalarNode) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
          to--;
        }
      }
      return to;
    }

    /** Where the last scalar of a node ends (a block collection's own end mark runs further). */
    private int lastEnd(Node n) {
      if (n instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.BLOCK) {
        List<?> items = c.getValue();
        if (!items.isEmpty()) {
          Object last = items.get(items.size() - 1);
          return lastEnd(last instanceof NodeTuple t ? t.getValueNode() : (Node) last);
        }
      }
      return end(n);
    }

    /** The offset of the line break that ends the line holding {@code offset} (or the end). */
    private int lineEnd(int offset) {
      int i = offset;
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      return i;
    }
  }

  /** A fingerprint is 16 hex digits, written plain as the reader keeps a scalar's text. */
  private static String quotedIfNeeded(String fingerprint) {
    return fingerprint.matches("[0-9a-f]{16}") ? fingerprint : quoted(fingerprint);
  }

  /** A YAML double-quoted scalar: printable characters as they are, others escaped. */
  public static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 0 -> b.append("\\0");
                case 0x2028 -> b.append("\\u2028");
                case 0x2029 -> b.append("\\u2029");
                default -> {
                  if (printable(c)) {
                    b.appendCodePoint(c);
                  } else if (c <= 0xFF) {
                    b.append(String.format("\\x%02X", c));
                  } else if (c <= 0xFFFF) {
                    b.append(String.format("\\u%04X", c));
                  } else {
                    b.append(String.format("\\U%08X", c));
                  }
                }
              }
            });
    return b.append('"').toString();
  }

  /** YAML 1.2's printable set, less NEL (a line break to YAML 1.1) and the byte order mark. */
  private static boolean printable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
