package org.briefing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;

/** A titled group of sections, nested one heading level deeper. */
final class GroupKind implements SectionKind<GroupKind.Options> {
  static final Option TITLE =
      Option.localized(
          "title", "The group's heading: a text, or a mapping by language code.", true);
  static final Option SECTIONS = Option.sections("sections", "The sections inside the group.");

  record Options(Map<Language, String> title, List<SectionSpec<?>> sections) {
    Options {
      title = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(title));
      sections = List.copyOf(sections);
    }
  }

  @Override
  public String name() {
    return "group";
  }

  @Override
  public String description() {
    return "A titled group of sections, nested one level deeper.";
  }

  @Override
  public List<Option> options() {
    return List.of(TITLE, SECTIONS);
  }

  @Override
  public Options read(OptionReader r) {
    Language plain = r.languages().isEmpty() ? Language.EN : r.languages().get(0);
    Optional<Localized> title = r.localized(TITLE, plain);
    List<SectionSpec<?>> sections = r.sections(SECTIONS);
    return title.map(t -> new Options(t.texts(), sections)).orElse(null);
  }

  @Override
  public Optional<String> headingLabel() {
    return Optional.empty();
  }

  @Override
  public String idBase(Options o, Corpus corpus, Language main) {
    return "group-"
        + TextKind.slug(o.title().getOrDefault(main, o.title().values().iterator().next()));
  }

  @Override
  public Optional<List<Inline>> title(Options o, SectionContext c) {
    Language l = c.voice().language();
    Map.Entry<Language, String> t =
        o.title().containsKey(l)
            ? Map.entry(l, o.title().get(l))
            : o.title().entrySet().iterator().next();
    List<Inline> text = List.of(new Inline.Text(Voice.typeset(t.getValue(), t.getKey())));
    return Optional.of(t.getKey() == l ? text : List.of(new Inline.LangSpan(t.getKey(), text)));
  }

  @Override
  public List<SectionSpec<?>> children(Options o) {
    return o.sections();
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    List<Block> out = new ArrayList<>();
    for (SectionSpec<?> s : o.sections()) {
      out.addAll(c.child(s));
    }
    return out.isEmpty()
        ? SectionContent.nothing("none of its sections has anything to show")
        : SectionContent.of(out);
  }
}
