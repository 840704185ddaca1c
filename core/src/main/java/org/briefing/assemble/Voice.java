package org.briefing.assemble;

import java.util.ArrayList;
import java.util.List;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.i18n.LocalizedText;
import org.briefing.i18n.Localizer;
import org.briefing.model.Citation;
import org.briefing.model.Corpus;
import org.briefing.model.PartialDate;
import org.briefing.model.Reference;
import org.briefing.text.PolishTypography;

/**
 * Writes text in one language: corpus units through the localizer (with badges for unchecked
 * translations and language spans for text in another language), labels, dates and citations, with
 * Polish typography applied to Polish text.
 */
final class Voice {
  private final Corpus corpus;
  private final Language language;
  private final Localizer localizer;
  private final Labels labels;
  private final String idSuffix;
  private final boolean linkCitations;

  /**
   * @param linkCitations whether the document lists its references, so that citations link to their
   *     entries
   */
  Voice(Corpus corpus, Language language, String idSuffix, boolean linkCitations) {
    this.corpus = corpus;
    this.linkCitations = linkCitations;
    this.language = language;
    this.localizer = Localizer.of(corpus, language);
    this.labels = Labels.of(language);
    this.idSuffix = idSuffix;
  }

  Language language() {
    return language;
  }

  /** An id made unique to this language's copy of the content. */
  String id(String base) {
    return base + idSuffix;
  }

  /** Text in a language, typeset for it. */
  static String typeset(String text, Language language) {
    return language == Language.PL ? PolishTypography.apply(text) : text;
  }

  String typeset(String text) {
    return typeset(text, language);
  }

  String label(String key, Object... args) {
    return typeset(labels.get(key, args));
  }

  Inline.Text labelText(String key, Object... args) {
    return new Inline.Text(label(key, args));
  }

  /** A corpus unit in this language. */
  LocalizedText localized(String unitId) {
    return localizer.text(unitId);
  }

  /** A unit as inlines: its text, then a badge when it is not a checked translation. */
  List<Inline> unit(String unitId) {
    return unit(unitId, "", "");
  }

  /**
   * A unit with text around it: {@code before + text + after}, then the badge, so that a marker
   * ("*") stays next to the text it belongs to.
   */
  List<Inline> unit(String unitId, String before, String after) {
    LocalizedText t = localized(unitId);
    List<Inline> out = new ArrayList<>();
    String text = typeset(t.text(), t.language());
    if (t.language() == language) {
      out.add(new Inline.Text(before + text + after));
    } else {
      if (!before.isEmpty()) {
        out.add(new Inline.Text(before));
      }
      out.add(new Inline.LangSpan(t.language(), List.of(new Inline.Text(text))));
      if (!after.isEmpty()) {
        out.add(new Inline.Text(after));
      }
    }
    badge(t).ifPresent(b -> out.addAll(List.of(new Inline.Text(" "), b)));
    return out;
  }

  /** The text of a unit alone, typeset, for places that take plain text (alt text, metadata). */
  String plain(String unitId) {
    LocalizedText t = localized(unitId);
    return typeset(t.text(), t.language());
  }

  /** The badge for a text that a reader should not take as a checked translation. */
  static java.util.Optional<Inline.Badge> badge(LocalizedText t) {
    if (t.missing()) {
      return java.util.Optional.of(new Inline.Badge("missing-translation"));
    }
    if (t.stale()) {
      return java.util.Optional.of(new Inline.Badge("stale-translation"));
    }
    if (t.isDraft()) {
      return java.util.Optional.of(new Inline.Badge("draft-translation"));
    }
    return java.util.Optional.empty();
  }

  /** English text the corpus has in English only (editorial notes). */
  List<Inline> english(String text) {
    Inline.Text t = new Inline.Text(text);
    return language == Language.EN
        ? List.of(t)
        : List.of(new Inline.LangSpan(Language.EN, List.of(t)));
  }

  String date(PartialDate date) {
    return typeset(date.format(language));
  }

  /**
   * A claim's citations as one group, {@code " (A, 2017; B, 2015: 43)"}: each reference's
   * author–year and its locator; nothing when there are none.
   */
  List<Inline> citations(List<Citation> citations) {
    if (citations.isEmpty()) {
      return List.of();
    }
    List<Inline.Cite> items = new ArrayList<>();
    for (Citation c : citations) {
      String label =
          corpus.reference(c.ref()).map(Reference::authorYear).orElse(c.ref())
              + (c.hasLocator() ? ": " + c.locator() : "");
      items.add(
          new Inline.Cite(
              label,
              c.ref(),
              linkCitations
                  ? java.util.Optional.of(Anchors.reference(c.ref()))
                  : java.util.Optional.empty()));
    }
    return List.of(new Inline.Text(" "), new Inline.Citation(items, "(", "; ", ")"));
  }

  /** Editorial notes as a callout, or nothing when there are none. */
  List<Block> notes(List<String> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    List<Block> content = notes.stream().map(n -> (Block) new Block.Paragraph(english(n))).toList();
    return List.of(
        new Block.Callout(
            Block.CalloutKind.EDITORIAL, List.of(labelText("editorial-note")), content));
  }
}
