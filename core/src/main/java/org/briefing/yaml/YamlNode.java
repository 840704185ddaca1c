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
