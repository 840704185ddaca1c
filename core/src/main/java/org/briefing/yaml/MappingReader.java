package org.briefing.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;

/**
 * Reads the keys of one YAML mapping into typed values, recording every problem (a missing required
 * key, a wrong type, an unknown key with a "did you mean" hint) instead of stopping at the first.
 * Call {@link #finish()} after reading all known keys.
 *
 * <pre>{@code
 * MappingReader m = MappingReader.of(node, "a finding", problems).orElseThrow();
 * String id = m.requiredId("id");
 * List<String> topics = m.textList("topics");
 * m.finish();
 * }</pre>
 */
public final class MappingReader {
  /** What an id looks like: kebab-case. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final YamlNode.Mapping mapping;
  private String what;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  private MappingReader(YamlNode.Mapping mapping, String what, Problems problems) {
    this.mapping = mapping;
    this.what = what;
    this.problems = problems;
  }

  /**
   * A reader for {@code node} if it is a mapping; otherwise records an error and returns empty.
   *
   * @param what a description for messages, such as "a finding"
   */
  public static Optional<MappingReader> of(YamlNode node, String what, Problems problems) {
    if (node instanceof YamlNode.Mapping m) {
      return Optional.of(new MappingReader(m, what, problems));
    }
    problems.error(node.position(), what + " must be a mapping of keys, not " + node.kind());
    return Optional.empty();
  }

  /**
   * Names the mapping for the messages that follow, once its id is known: "finding 'gipl'" reads
   * better than "a finding".
   */
  public MappingReader named(String what) {
    this.what = what;
    return this;
  }

  public SourcePosition position() {
    return mapping.position();
  }

  public Problems problems() {
    return problems;
  }

  /** Whether the key is written (even with an empty value). */
  public boolean has(String key) {
    known.add(key);
    return mapping.entries().containsKey(key);
  }

  /** The raw node under {@code key}, marking the key as known. */
  public Optional<YamlNode> node(String key) {
    known.add(key);
    YamlNode.Entry e = mapping.entries().get(key);
    if (e == null || e.value() instanceof YamlNode.Null) {
      return Optional.empty();
    }
    return Optional.of(e.value());
  }

  /** Where the value of {@code key} stands, or the mapping itself when the key is absent. */
  public SourcePosition positionOf(String key) {
    YamlNode.Entry e = mapping.entries().get(key);
    return e == null ? mapping.position() : e.value().position();
  }

  /** Where the key itself stands. */
  public SourcePosition keyPositionOf(String key) {
    YamlNode.Entry e = mapping.entries().get(key);
    return e == null ? mapping.position() : e.keyPosition();
  }

  private void missing(String key) {
    problems.error(mapping.position(), what + " needs '" + key + "'", "add '" + key + ": …'");
  }

  /** A required text; records an error and returns null when it is missing or not a text. */
  public String requiredText(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      missing(key);
      return null;
    }
    return asText(key, n.get());
  }

  /** An optional text. */
  public Optional<String> text(String key) {
    return node(key).map(n -> asText(key, n));
  }

  private String asText(String key, YamlNode n) {
    if (n instanceof YamlNode.Scalar s) {
      if (s.value().isBlank()) {
        problems.error(s.position(), "'" + key + "' is empty");
        return null;
      }
      return s.value().strip();
    }
    problems.error(n.position(), "'" + key + "' must be a text, not " + n.kind());
    return null;
  }

  /** A required id, checked against {@link #ID}. */
  public String requiredId(String key) {
    String id = requiredText(key);
    if (id != null && !ID.matcher(id).matches()) {
      problems.error(
          positionOf(key),
          "'" + id + "' is not a valid id",
          "ids use lower-case letters, digits and hyphens, such as 'gas-interconnector'");
      return null;
    }
    return id;
  }

  /** A list of texts; a single text is accepted as a list of one. Missing gives an empty list. */
  public List<String> textList(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (n.get() instanceof YamlNode.Scalar) {
      String t = asText(key, n.get());
      return t == null ? List.of() : List.of(t);
    }
    if (!(n.get() instanceof YamlNode.Sequence seq)) {
      problems.error(n.get().position(), "'" + key + "' must be a list, not " + n.get().kind());
      return List.of();
    }
    for (YamlNode item : seq.items()) {
      String t = asText(key, item);
      if (t != null) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Like {@link #textList}, but keeps where each item stands, for reference checks. Values are
   * stripped; items that are not texts are reported and left out.
   */
  public List<YamlNode.Scalar> textItems(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    List<YamlNode> items =
        n.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(n.get());
    if (!(n.get() instanceof YamlNode.Sequence) && !(n.get() instanceof YamlNode.Scalar)) {
      problems.error(n.get().position(), "'" + key + "' must be a list, not " + n.get().kind());
      return List.of();
    }
    List<YamlNode.Scalar> out = new ArrayList<>();
    for (YamlNode item : items) {
      String t = asText(key, item);
      if (t != null) {
        out.add(new YamlNode.Scalar(t, ((YamlNode.Scalar) item).plain(), item.position()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A nested mapping whose keys are names chosen by the author (such as unit ids), not a fixed set:
   * its entries in file order. Records an error when the value is not a mapping.
   */
  public List<YamlNode.Entry> entries(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof YamlNode.Mapping m) {
      return List.copyOf(m.entries().values());
    }
    problems.error(n.get().position(), "'" + key + "' must be a mapping, not " + n.get().kind());
    return List.of();
  }

  /** The positions of the items of a list under {@code key}, in order (for reference checks). */
  public List<SourcePosition> itemPositions(String key) {
    YamlNode.Entry e = mapping.entries().get(key);
    if (e == null) {
      return List.of();
    }
    if (e.value() instanceof YamlNode.Sequence seq) {
      return seq.items().stream().map(YamlNode::position).toList();
    }
    return List.of(e.value().position());
  }

  /** A list of mappings, each wrapped in a reader. Missing gives an empty list. */
  public List<MappingReader> mappings(String key, String itemWhat) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!(n.get() instanceof YamlNode.Sequence seq)) {
      problems.error(
          n.get().position(),
          "'" + key + "' must be a list of " + itemWhat + "s, not " + n.get().kind());
      return List.of();
    }
    List<MappingReader> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      of(item, itemWhat, problems).ifPresent(out::add);
    }
    return out;
  }

  /** A nested mapping. */
  public Optional<MappingReader> mapping(String key, String itemWhat) {
    return node(key).flatMap(n -> of(n, itemWhat, problems));
  }

  /** An optional whole number. */
  public Optional<Integer> integer(String key) {
    return node(key)
        .map(
            n -> {
              if (n instanceof YamlNode.Scalar s && s.plain()) {
                try {
                  return Integer.valueOf(s.value().strip());
                } catch (NumberFormatException e) {
                  // reported below
                }
              }
              problems.error(n.position(), "'" + key + "' must be a whole number");
              return null;
            });
  }

  /** A required whole number. */
  public Integer requiredInteger(String key) {
    if (!has(key) || node(key).isEmpty()) {
      missing(key);
      return null;
    }
    return integer(key).orElse(null);
  }

  /** A required decimal number, kept exact ("4.0" stays "4.0"). */
  public BigDecimal requiredDecimal(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      missing(key);
      return null;
    }
    if (n.get() instanceof YamlNode.Scalar s && s.plain()) {
      try {
        return new BigDecimal(s.value().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.error(n.get().position(), "'" + key + "' must be a number such as 91.6");
    return null;
  }

  /** An optional yes/no. */
  public Optional<Boolean> bool(String key) {
    return node(key)
        .map(
            n -> {
              if (n instanceof YamlNode.Scalar s && s.plain()) {
                if (s.value().equals("true")) {
                  return Boolean.TRUE;
                }
                if (s.value().equals("false")) {
                  return Boolean.FALSE;
                }
              }
              problems.error(n.position(), "'" + key + "' must be true or false");
              return null;
            });
  }

  /** Records an error for every key that was never asked for, with a "did you mean" hint. */
  public void finish() {
    for (YamlNode.Entry e : mapping.entries().values()) {
      if (!known.contains(e.key())) {
        String hint = Suggestions.didYouMean(e.key(), known);
        problems.error(
            e.keyPosition(),
            "unknown key '" + e.key() + "' in " + what,
            hint != null ? hint : "known keys: " + String.join(", ", known));
      }
    }
  }
}
