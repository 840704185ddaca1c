package org.briefing.assemble;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.i18n.DateFormatter;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.i18n.LocalizedText;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Numbers;
import org.briefing.i18n.UnitId;
import org.briefing.model.Corpus;
import org.briefing.model.PartialDate;
import org.briefing.text.EnglishTypography;
import org.briefing.text.MarkdownText;
import org.briefing.text.PolishTypography;

/**
 * Writes text in one language: corpus units through the localizer (inline or block Markdown, with
 * badges for unchecked translations and language spans for text in another language), labels, dates
 * and numbers, with the language's typography applied.
 *
 * <pre>{@code
 * Voice pl = Voice.of(corpus, Language.PL);
 * pl.unit(UnitId.findingStatement("gipl"));   // inlines, with a "draft translation" badge
 * pl.date(PartialDate.parse("24 February 2022", 2022));   // "24 lutego 2022 r."
 * }</pre>
 */
public final class Voice {
  private final Corpus corpus;
  private final Language language;
  private final Localizer localizer;
  private final Labels labels;
  private final String idSuffix;

  /** The units this voice wrote in English for want of a translation, in the order first met. */
  private final Set<String> missing = new LinkedHashSet<>();

  /** The units this voice wrote from a translation whose English has changed since. */
  private final Set<String> stale = new LinkedHashSet<>();

  private Voice(Corpus corpus, Language language, String idSuffix) {
    this.corpus = corpus;
    this.language = language;
    this.localizer = Localizer.of(corpus, language);
    this.labels = Labels.of(language);
    this.idSuffix = idSuffix;
  }

  /** A voice whose ids are the section ids as they are (the main language of a briefing). */
  public static Voice of(Corpus corpus, Language language) {
    return new Voice(corpus, language, "");
  }

  /** A voice whose ids end with {@code -<code>} (the second language of a bilingual briefing). */
  static Voice secondary(Corpus corpus, Language language) {
    return new Voice(corpus, language, "-" + language.code());
  }

  public Language language() {
    return language;
  }

  public Labels labels() {
    return labels;
  }

  /** An id made unique to this language's copy of the content. */
  public String id(String base) {
    return base + idSuffix;
  }

  /** Text in a language, typeset for it (Polish and English rules; other languages as written). */
  public static String typeset(String text, Language language) {
    if (language == Language.PL) {
      return PolishTypography.apply(text);
    }
    return language == Language.EN ? EnglishTypography.apply(text) : text;
  }

  public String typeset(String text) {
    return typeset(text, language);
  }

  public String label(String key, Object... args) {
    return typeset(labels.get(key, args));
  }

  public Inline.Text labelText(String key, Object... args) {
    return new Inline.Text(label(key, args));
  }

  /** A unit in this language: its text and where it comes from. */
  public LocalizedText localized(UnitId unit) {
    LocalizedText t = localizer.text(unit);
    if (t.missing()) {
      missing.add(unit.toString());
    } else if (t.stale()) {
      stale.add(unit.toString());
    }
    return t;
  }

  /** The units written in English so far for want of a translation (ids, in order). */
  List<String> missingUnits() {
    return List.copyOf(missing);
  }

  /** The units written so far from a translation whose English changed since (ids, in order). */
  List<String> staleUnits() {
    return List.copyOf(stale);
  }

  /** A unit (inline Markdown) as inlines, then a badge when it is not a checked translation. */
  public List<Inline> unit(UnitId unit) {
    return unit(unit, "", "");
  }

  /**
   * A unit with text around it: {@code before + text + after}, then the badge, so that a marker
   * ("*") stays next to the text it belongs to.
   */
  public List<Inline> unit(UnitId unit, String before, String after) {
    LocalizedText t = localized(unit);
    List<Inline> text = inline(t.text(), t.language());
    List<Inline> out = new ArrayList<>();
    if (!before.isEmpty()) {
      out.add(new Inline.Text(before));
    }
    if (t.language() == language) {
      out.addAll(text);
    } else {
      out.add(new Inline.LangSpan(t.language(), text));
    }
    if (!after.isEmpty()) {
      out.add(new Inline.Text(after));
    }
    badge(t).ifPresent(b -> out.addAll(List.of(new Inline.Text(" "), b)));
    return merge(out);
  }

  /**
   * A unit displayed as a sentence: its first letter a capital, a full stop at its end when it has
   * no final punctuation. The data stays as written.
   */
  public List<Inline> sentence(UnitId unit) {
    LocalizedText t = localized(unit);
    String text = t.text().strip();
    if (!text.isEmpty()) {
      int first = text.codePointAt(0);
      text =
          new StringBuilder()
              .appendCodePoint(Character.toTitleCase(first))
              .append(text.substring(Character.charCount(first)))
              .toString();
      if (".!?…".indexOf(text.charAt(text.length() - 1)) < 0) {
        text = text + ".";
      }
    }
    return unitText(t, text);
  }

  private List<Inline> unitText(LocalizedText t, String text) {
    List<Inline> inlines = inline(text, t.language());
    List<Inline> out = new ArrayList<>();
    if (t.language() == language) {
      out.addAll(inlines);
    } else {
      out.add(new Inline.LangSpan(t.language(), inlines));
    }
    badge(t).ifPresent(b -> out.addAll(List.of(new Inline.Text(" "), b)));
    return out;
  }

  /**
   * A unit written in block Markdown (an abstract, a summary, a paragraph on method) as blocks: its
   * headings start at {@code headingLevel} with ids after {@code idPrefix}; the badge ends its last
   * paragraph.
   */
  public List<Block> blocks(UnitId unit, int headingLevel, String idPrefix) {
    LocalizedText t = localized(unit);
    Language written = t.language();
    List<Block> blocks =
        MarkdownText.builder()
            .headingLevel(headingLevel)
            .idPrefix(idPrefix)
            .textRule(s -> typeset(s, written))
            .build()
            .toBlocks(t.text());
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      out.add(written == language ? b : Blocks.inLanguage(b, written));
    }
    Optional<Inline.Badge> badge = badge(t);
    if (badge.isPresent()) {
      if (!out.isEmpty() && out.get(out.size() - 1) instanceof Block.Paragraph p) {
        List<Inline> content = new ArrayList<>(p.content());
        content.add(new Inline.Text(" "));
        content.add(badge.get());
        out.set(out.size() - 1, new Block.Paragraph(content));
      } else {
        out.add(new Block.Paragraph(List.of(badge.get())));
      }
    }
    return out;
  }

  /**
   * A verdict's label in this language: a built-in verdict's from the label bundle, a verdict the
   * corpus declares from its own (translated) label.
   *
   * @param plural for a verdict shared by several hypotheses
   */
  public String verdict(String verdictId, boolean plural) {
    org.briefing.model.VerdictKind kind = corpus.argument().verdict(verdictId).orElseThrow();
    if (kind.builtIn()) {
      return label((plural ? "verdicts." : "verdict.") + verdictId);
    }
    return plain(UnitId.verdictLabel(verdictId));
  }

  /** The text of a unit alone, typeset, for places that take plain text (alt text, metadata). */
  public String plain(UnitId unit) {
    return written(unit).text();
  }

  /**
   * The text of a unit alone, typeset, with the language it is written in: this voice's for a
   * translation (a draft too), English for a unit shown in English for want of one. For plain texts
   * that formats mark with their language (a chart's labels).
   */
  public Written written(UnitId unit) {
    LocalizedText t = localized(unit);
    return new Written(Blocks.plainText(inline(t.text(), t.language())), t.language());
  }

  /** A plain text and the language it is written in. */
  public record Written(String text, Language language) {}

  /**
   * A text alternative made of parts, each in the language it is written in (a sentence of this
   * voice naming English labels for want of their translation): the parts of this voice's language
   * are plain text, typeset, the others each in a language span; a part without letters (a unit
   * "%") is in no language and goes with this voice's text; punctuation alone between two parts of
   * one other language joins them (an English title and label in one span, not two).
   */
  public Block.AltText alt(List<Written> parts) {
    List<Written> runs = new ArrayList<>();
    for (Written p : parts) {
      if (p.text().isEmpty()) {
        continue;
      }
      if (p.text().codePoints().noneMatch(Character::isLetter)) {
        p = new Written(p.text(), language);
      }
      int n = runs.size();
      Written last = n == 0 ? null : runs.get(n - 1);
      if (last != null && last.language() == p.language()) {
        runs.set(n - 1, new Written(last.text() + p.text(), p.language()));
      } else if (p.language() != language
          && n >= 2
          && punctuationOnly(last.text())
          && runs.get(n - 2).language() == p.language()) {
        runs.remove(n - 1);
        Written before = runs.remove(n - 2);
        runs.add(new Written(before.text() + last.text() + p.text(), p.language()));
      } else {
        runs.add(p);
      }
    }
    List<Inline> content = new ArrayList<>();
    for (Written r : runs) {
      content.add(
          r.language() == language
              ? new Inline.Text(typeset(r.text()))
              : new Inline.LangSpan(r.language(), List.of(new Inline.Text(r.text()))));
    }
    return new Block.AltText(content);
  }

  private static boolean punctuationOnly(String s) {
    return s.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** Inline Markdown, typeset in its language. */
  private static List<Inline> inline(String markdown, Language written) {
    return MarkdownText.builder().textRule(s -> typeset(s, written)).build().toInlines(markdown);
  }

  /** Joins neighbouring plain texts, so that a unit without Markdown stays one text. */
  private static List<Inline> merge(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t
          && !out.isEmpty()
          && out.get(out.size() - 1) instanceof Inline.Text last) {
        out.set(out.size() - 1, new Inline.Text(last.text() + t.text()));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /** The badge for a text that a reader should not take as a checked translation. */
  public static Optional<Inline.Badge> badge(LocalizedText t) {
    if (t.missing()) {
      return Optional.of(new Inline.Badge("missing-translation"));
    }
    if (t.stale()) {
      return Optional.of(new Inline.Badge("stale-translation"));
    }
    if (t.isDraft()) {
      return Optional.of(new Inline.Badge("draft-translation"));
    }
    return Optional.empty();
  }

  /** English text the corpus has in English only (editorial notes). */
  public List<Inline> english(String text) {
    Inline.Text t = new Inline.Text(text);
    return language == Language.EN
        ? List.of(t)
        : List.of(new Inline.LangSpan(Language.EN, List.of(t)));
  }

  /** A date as this language writes it ("24 lutego 2022 r."). */
  public String date(PartialDate date) {
    return typeset(DateFormatter.of(language).format(date));
  }

  /** The date a briefing is dated with, in figures written out ("24 February 2022"). */
  public String dated(PartialDate date) {
    return typeset(DateFormatter.of(language).dated(date));
  }

  /** A number as written in this language, keeping its decimals ("4.0" → "4,0" in Polish). */
  public String number(BigDecimal value) {
    return Numbers.format(value, Math.max(0, value.scale()), language.locale());
  }

  /** Whether a document holds any badge. */
  static boolean hasBadge(Block block) {
    boolean[] found = {false};
    block.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Badge node) {
            found[0] = true;
          }
        });
    return found[0];
  }
}
