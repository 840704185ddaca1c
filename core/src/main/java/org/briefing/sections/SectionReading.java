package org.briefing.sections;

import java.util.Optional;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.yaml.MappingReader;
import org.briefing.yaml.YamlNode;

/**
 * Reads one entry of a spec's {@code sections} list: a kind's name ({@code - timeline}) or a
 * mapping with {@code type} and the kind's options. Every problem is recorded with its position.
 */
public final class SectionReading {
  private SectionReading() {}

  /** The section, or empty when it cannot be read (the problems say why). */
  public static Optional<SectionSpec<?>> read(YamlNode item, ReadContext context) {
    if (item instanceof YamlNode.Scalar s) {
      String name = s.value().strip();
      Optional<SectionKind<?>> kind = known(name, s.position(), context);
      if (kind.isEmpty()) {
        return Optional.empty();
      }
      Optional<Option> required =
          kind.get().options().stream().filter(Option::required).findFirst();
      if (required.isPresent()) {
        context
            .problems()
            .error(
                s.position(),
                "a " + name + " section needs '" + required.get().name() + "'",
                OptionReader.example(kind.get(), required.get(), context.corpus()));
        return Optional.empty();
      }
      return Optional.ofNullable(bind(kind.get(), null, s.position(), context));
    }
    if (!(item instanceof YamlNode.Mapping map)) {
      context
          .problems()
          .error(
              item.position(),
              "a section must be a section name or a mapping with 'type', not " + item.kind());
      return Optional.empty();
    }
    YamlNode.Entry type = map.entries().get("type");
    String name =
        type != null && type.value() instanceof YamlNode.Scalar s ? s.value().strip() : null;
    String what =
        name != null && SectionKinds.named(name).isPresent()
            ? "a " + name + " section"
            : "a section";
    MappingReader r = MappingReader.of(map, what, context.problems()).orElseThrow();
    String written = r.requiredText("type");
    if (written == null) {
      return Optional.empty();
    }
    Optional<SectionKind<?>> kind = known(written, r.positionOf("type"), context);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    SectionSpec<?> spec = bind(kind.get(), r, map.position(), context);
    r.finish();
    return Optional.ofNullable(spec);
  }

  private static <O> SectionSpec<O> bind(
      SectionKind<O> kind, MappingReader r, SourcePosition at, ReadContext context) {
    if (r != null) {
      kind.options().forEach(o -> r.has(o.name()));
    }
    O options = kind.read(new OptionReader(kind, r, at, context));
    return options == null ? null : new SectionSpec<>(kind, options, at);
  }

  private static Optional<SectionKind<?>> known(
      String name, SourcePosition at, ReadContext context) {
    Optional<SectionKind<?>> kind = SectionKinds.named(name);
    if (kind.isEmpty()) {
      String hint = Suggestions.didYouMean(name, SectionKinds.names());
      context
          .problems()
          .error(
              at,
              "unknown section '" + name + "'",
              hint != null ? hint : "sections are: " + String.join(", ", SectionKinds.names()));
    }
    return kind;
  }
}
