package org.briefing.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.diagnostics.SourcePosition;

/**
 * A YAML value with the position it was written at, so that every error can name its file, line and
 * column. Scalars stay strings: the binder decides what they mean.
 */
public sealed interface YamlNode {

  SourcePosition position();

  /** A word for messages: "a text", "a list", "a mapping", "nothing". */
  String kind();

  /**
   * Whether two values hold the same content wherever they were written: the same texts (quoted or
   * not), the same items in the same order, the same keys (in any order) with the same values.
   */
  static boolean sameContent(YamlNode a, YamlNode b) {
    if (a instanceof Scalar sa) {
      return b instanceof Scalar sb && sa.value().equals(sb.value());
    }
    if (a instanceof Null) {
      return b instanceof Null;
    }
    if (a instanceof Sequence qa) {
      if (!(b instanceof Sequence qb) || qa.items().size() != qb.items().size()) {
        return false;
      }
      for (int i = 0; i < qa.items().size(); i++) {
        if (!sameContent(qa.items().get(i), qb.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    Mapping ma = (Mapping) a;
    if (!(b instanceof Mapping mb) || ma.entries().size() != mb.entries().size()) {
      return false;
    }
    for (Entry e : ma.entries().values()) {
      Entry other = mb.entries().get(e.key());
      if (other == null || !sameContent(e.value(), other.value())) {
        return false;
      }
    }
    return true;
  }

  /** A plain or quoted scalar; {@code plain} is false for quoted scalars. */
  record Scalar(String value, boolean plain, SourcePosition position) implements YamlNode {
    @Override
    public String kind() {
      return "a text";
    }
  }

  /** An empty value ({@code key:} or {@code ~} or {@code null}). */
  record Null(SourcePosition position) implements YamlNode {
    @Override
    public String kind() {
      return "nothing";
    }
  }

  /** A sequence. */
  record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A mapping with string keys, in the order they were written. */
  record Mapping(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** One key of a mapping: where the key stands, and its value. */
  record Entry(String key, SourcePosition keyPosition, YamlNode value) {}
}
