package org.briefing.sections;

import org.briefing.diagnostics.SourcePosition;

/**
 * One section of a briefing as its spec writes it: its kind, its options as read and checked, and
 * where the spec writes it (for warnings about it).
 *
 * <pre>{@code
 * SectionSpec<?> s = spec.sections().get(0);
 * s.kind().name();   // "key-points"
 * }</pre>
 *
 * @param <O> the kind's options
 */
public record SectionSpec<O>(SectionKind<O> kind, O options, SourcePosition position) {

  /** The section's content in the context's language (its kind builds it). */
  public SectionContent build(SectionContext context) {
    return kind.build(options, context);
  }

  /** The heading text a kind gives of its own, if any. */
  public java.util.Optional<java.util.List<org.briefing.document.Inline>> title(
      SectionContext context) {
    return kind.title(options, context);
  }

  /** A base for the section's anchor id. */
  public String idBase(org.briefing.model.Corpus corpus, org.briefing.i18n.Language main) {
    return kind.idBase(options, corpus, main);
  }

  /** The corpus id of the paper's table the section shows, if it shows one. */
  public java.util.Optional<String> tableId() {
    return kind.tableId(options);
  }

  /** The sections nested inside this one. */
  public java.util.List<SectionSpec<?>> children() {
    return kind.children(options);
  }

  /** The kind's name as specs write it. */
  public String name() {
    return kind.name();
  }

  /** Whether this is a section of the given kind. */
  public boolean is(Class<?> kindClass) {
    return kindClass.isInstance(kind);
  }

  /** The options, when this is a section of the given kind. */
  @SuppressWarnings("unchecked")
  public <P> java.util.Optional<P> options(Class<? extends SectionKind<P>> kindClass) {
    return kindClass.isInstance(kind)
        ? java.util.Optional.of((P) options)
        : java.util.Optional.empty();
  }
}
