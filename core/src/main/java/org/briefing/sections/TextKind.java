package org.briefing.sections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.assemble.Voice;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.text.MarkdownText;

/**
 * Free text the spec's author writes, in Markdown (raw HTML is shown as text, never as markup), in
 * one language or several. A title or body written as a plain text is held under the language it is
 * written in (the section's {@code language}, else the briefing's main language); one written as a
 * mapping by language code is held as written.
 */
final class TextKind implements SectionKind<TextKind.Options> {
  static final Option TITLE =
      Option.localized(
          "title",
          "The section's heading: a text in the section's language, or a mapping by language code"
              + " such as {en: …, pl: …}.",
          true);
  static final Option BODY =
      Option.localized(
          "body",
          "The text in Markdown (raw HTML is shown as text): a text in the section's language, or"
              + " a mapping by language code.",
          true);
  static final Option LANGUAGE =
      Option.language(
          "language",
          "The language of a title or body written as plain text (default: the briefing's main"
              + " language).");

  /**
   * @param title the heading, by language (never empty)
   * @param body the Markdown, by language (never empty)
   */
  record Options(Map<Language, String> title, Map<Language, String> body) {
    Options {
      title = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(title));
      body = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
    }

    /** The languages the text is written in: those with both a title and a body. */
    Set<Language> written() {
      Set<Language> both = new LinkedHashSet<>(title.keySet());
      both.retainAll(body.keySet());
      return Collections.unmodifiableSet(both);
    }
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public String description() {
    return "Free text in Markdown, in one language or several.";
  }

  @Override
  public List<Option> options() {
    return List.of(TITLE, BODY, LANGUAGE);
  }

  @Override
  public Options read(OptionReader r) {
    Optional<Language> stated = r.language(LANGUAGE);
    Language plain = stated.orElse(r.languages().isEmpty() ? Language.EN : r.languages().get(0));
    Optional<Localized> title = r.localized(TITLE, plain);
    Optional<Localized> body = r.localized(BODY, plain);
    if (title.isEmpty() || body.isEmpty()) {
      return null;
    }
    if (r.given(LANGUAGE) && title.get().byLanguage() && body.get().byLanguage()) {
      r.problems()
          .error(
              r.keyPositionOf(LANGUAGE),
              "'language' applies only to a 'title' or 'body' written as plain text",
              "the keys of 'title' and 'body' name their languages; remove 'language'");
    }
    if (title.get().complete() && body.get().complete() && !r.languages().isEmpty()) {
      checkLanguages(r, title.get(), body.get());
    }
    return new Options(title.get().texts(), body.get().texts());
  }

  /**
   * A monolingual briefing needs its language in every mapping by language; a bilingual one needs a
   * title and a body in each language it writes, and warns when one language is missing (that side
   * stays empty).
   */
  private static void checkLanguages(OptionReader r, Localized title, Localized body) {
    List<Language> languages = r.languages();
    if (languages.size() == 1) {
      Language needed = languages.get(0);
      for (Option key : List.of(TITLE, BODY)) {
        Localized l = key == TITLE ? title : body;
        if (l.byLanguage() && !l.texts().containsKey(needed)) {
          r.problems()
              .error(
                  r.keyPositionOf(key),
                  "'"
                      + key.name()
                      + "' has no "
                      + named(needed)
                      + " text, the language of this briefing",
                  "add '" + needed.code() + ": …' under '" + key.name() + "'");
        }
      }
      return;
    }
    List<Language> missing = new ArrayList<>();
    boolean mismatched = false;
    for (Language l : languages) {
      boolean hasTitle = title.texts().containsKey(l);
      boolean hasBody = body.texts().containsKey(l);
      if (hasTitle != hasBody) {
        mismatched = true;
        Option key = hasTitle ? BODY : TITLE;
        String other = hasTitle ? "title" : "body";
        r.problems()
            .error(
                r.keyPositionOf(key),
                "'" + key.name() + "' has no " + named(l) + " text, though '" + other + "' has",
                (hasTitle ? body : title).byLanguage()
                    ? "add '" + l.code() + ": …' under '" + key.name() + "'"
                    : "write '"
                        + key.name()
                        + "' by language, such as '"
                        + key.name()
                        + ": {en: …, pl: …}'");
      } else if (!hasTitle) {
        missing.add(l);
      }
    }
    if (missing.size() == 1 && !mismatched) {
      Language l = missing.get(0);
      Language other = languages.stream().filter(x -> x != l).findFirst().get();
      r.problems()
          .warning(
              r.position(),
              "text section '"
                  + title.texts().get(other)
                  + "' has no "
                  + l.englishName()
                  + " text; its "
                  + l.englishName()
                  + " side is left empty",
              "give 'title' and 'body' in both languages, such as 'title: {en: …, pl: …}'");
    }
  }

  private static String named(Language l) {
    return l.englishName() + " (" + l.code() + ")";
  }

  @Override
  public Optional<String> headingLabel() {
    return Optional.empty();
  }

  @Override
  public String idBase(Options o, Corpus corpus, Language main) {
    return "text-" + slug(o.title().getOrDefault(main, o.title().values().iterator().next()));
  }

  @Override
  public Optional<List<Inline>> title(Options o, SectionContext c) {
    if (!shows(o, c)) {
      return Optional.empty();
    }
    Map.Entry<Language, String> title = pick(o.title(), c.voice().language());
    return Optional.of(
        inLanguage(
            List.of(new Inline.Text(Voice.typeset(title.getValue(), title.getKey()))),
            title.getKey(),
            c.voice()));
  }

  @Override
  public SectionContent build(Options o, SectionContext c) {
    if (!shows(o, c)) {
      return SectionContent.nothing("it has no " + c.voice().language().englishName() + " text");
    }
    Map.Entry<Language, String> body = pick(o.body(), c.voice().language());
    Language written = body.getKey();
    List<Block> blocks =
        MarkdownText.builder()
            .headingLevel(c.level() + 1)
            .idPrefix(c.id() + "-")
            .textRule(s -> Voice.typeset(s, written))
            .build()
            .toBlocks(body.getValue());
    if (written == c.voice().language()) {
      return SectionContent.of(blocks);
    }
    return SectionContent.of(blocks.stream().map(b -> inLanguage(b, written, c.voice())).toList());
  }

  /** A bilingual briefing shows each side only in the languages written. */
  private static boolean shows(Options o, SectionContext c) {
    return c.spec().languages().size() == 1 || o.written().contains(c.voice().language());
  }

  /** The text in {@code language}, else the first one written. */
  private static Map.Entry<Language, String> pick(Map<Language, String> texts, Language language) {
    String text = texts.get(language);
    return text != null ? Map.entry(language, text) : texts.entrySet().iterator().next();
  }

  /** An ASCII anchor name, the same in every format ("Źródła" and "Żródła" are numbered apart). */
  static String slug(String text) {
    String s = org.briefing.text.Slug.of(text);
    return s.isEmpty() ? "section" : s;
  }

  private static List<Inline> inLanguage(List<Inline> content, Language written, Voice v) {
    return written == v.language() ? content : List.of(new Inline.LangSpan(written, content));
  }

  /** Marks the text of a block as written in another language than the document's. */
  private static Block inLanguage(Block b, Language written, Voice v) {
    if (b instanceof Block.Paragraph p) {
      return new Block.Paragraph(inLanguage(p.content(), written, v));
    } else if (b instanceof Block.Heading h) {
      return new Block.Heading(h.level(), h.id(), inLanguage(h.content(), written, v));
    } else if (b instanceof Block.ListBlock l) {
      return new Block.ListBlock(
          l.ordered(),
          l.items().stream()
              .map(item -> item.stream().map(x -> inLanguage(x, written, v)).toList())
              .toList());
    } else if (b instanceof Block.Quote q) {
      return new Block.Quote(
          q.content().stream().map(x -> inLanguage(x, written, v)).toList(), q.attribution());
    }
    return b;
  }
}
