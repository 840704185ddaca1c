package org.briefing.sections;

import java.util.List;
import java.util.Optional;

/**
 * Every section kind, in the order the documentation lists them. The spec reader, the spec schema
 * and the assembler iterate this list; adding a kind is one class and one line here.
 */
public final class SectionKinds {
  private static final List<SectionKind<?>> ALL =
      List.of(
          new KeyPointsKind(),
          new ExecutiveSummaryKind(),
          new AbstractKind(),
          new SummaryKind(),
          new HypothesesKind(),
          new FindingsKind(),
          new SummaryTableKind(),
          new TableKind(),
          new TimelineKind(),
          new FigureKind(),
          new GlossaryKind(),
          new ReferencesKind(),
          new MethodologyKind(),
          new HowToCiteKind(),
          new TextKind(),
          new GroupKind());

  private SectionKinds() {}

  /** Every kind. */
  public static List<SectionKind<?>> all() {
    return ALL;
  }

  /** The names of every kind, as specs write them. */
  public static List<String> names() {
    return ALL.stream().map(SectionKind::name).toList();
  }

  /** The kind with this name. */
  public static Optional<SectionKind<?>> named(String name) {
    return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
  }
}
