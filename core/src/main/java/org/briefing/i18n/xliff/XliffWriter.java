package org.briefing.i18n.xliff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.GlossaryTerms;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;
import org.briefing.i18n.UnitId;
import org.briefing.model.Corpus;
import org.briefing.model.Figure;
import org.briefing.model.Footnote;
import org.briefing.model.Hypothesis;
import org.briefing.model.Table;

/**
 * Writes the translatable units of a corpus as an XLIFF 2.0 document for a CAT tool: one {@code
 * <unit>} per unit of the {@link UnitCatalog}, in catalog order, with the English as {@code
 * <source>}, the translation (if any) as {@code <target>}, and the translation status as the
 * segment's {@code state}.
 *
 * <pre>{@code
 * byte[] xliff = XliffWriter.bytes(corpus, Language.PL);
 * }</pre>
 *
 * <p>Each unit carries notes: {@code briefing-fingerprint} (the fingerprint stored with the
 * translation), {@code briefing-stale} (when the English changed since it was translated: the
 * segment then goes out as {@code initial}, with the old translation as target), {@code
 * briefing-article} (the paper's own text in that language) and {@code briefing-editorial} (the
 * corpus's editorial notes on the item). A unit whose target is the paper's own text, current, is
 * locked with {@code translate="no"} (XLIFF 2.0 allows it on {@code <unit>}); a unit whose texts
 * have line breaks (paragraphs) carries {@code xml:space="preserve"}. The same corpus always gives
 * the same bytes. Stateless.
 */
public final class XliffWriter {
  /** The XLIFF 2.0 namespace. */
  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

  /** The id of the one {@code <file>} element. */
  public static final String FILE_ID = "corpus";

  private XliffWriter() {}

  /** The document as UTF-8 bytes. */
  public static byte[] bytes(Corpus corpus, Language target) {
    return write(corpus, target).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The document as text.
   *
   * @throws IllegalArgumentException for English, the source language
   */
  public static String write(Corpus corpus, Language target) {
    if (target == Language.EN) {
      throw new IllegalArgumentException("English is the source language: nothing to translate");
    }
    UnitCatalog catalog = Localizer.units(corpus);
    Translations translations = corpus.translations(target);
    Map<String, List<String>> editorial = editorialNotes(corpus);
    XmlWriter x = new XmlWriter();
    x.start("xliff")
        .attribute("xmlns", NAMESPACE)
        .attribute("version", "2.0")
        .attribute("srcLang", Language.EN.code())
        .attribute("trgLang", target.code());
    x.start("file").attribute("id", FILE_ID);
    GlossaryTerms glossary = GlossaryTerms.of(corpus, target);
    for (Map.Entry<String, String> u : catalog.units().entrySet()) {
      unit(x, u.getKey(), u.getValue(), translations.unit(u.getKey()), editorial, glossary);
    }
    x.end().end();
    return x.toString();
  }

  private static void unit(
      XmlWriter x,
      String id,
      String english,
      Optional<Translation> translation,
      Map<String, List<String>> editorial,
      GlossaryTerms glossary) {
    boolean stale = translation.map(t -> t.isStaleFor(english)).orElse(false);
    x.start("unit").attribute("id", id);
    if (locked(translation, english)) {
      x.attribute("translate", "no");
    }
    if (preserveSpace(english, translation)) {
      x.attribute("xml:space", "preserve");
    }
    List<String[]> notes = new ArrayList<>();
    notes.add(new String[] {"briefing-kind", UnitNotes.kind(id)});
    String terms = UnitNotes.terms(glossary, english, id);
    if (!terms.isEmpty()) {
      notes.add(new String[] {"briefing-terms", terms});
    }
    if (translation.isPresent()) {
      Translation t = translation.get();
      notes.add(new String[] {"briefing-fingerprint", t.fingerprint()});
      if (stale) {
        notes.add(
            new String[] {
              "briefing-stale",
              "The English changed since this was translated (fingerprint "
                  + t.fingerprint()
                  + ", now "
                  + Fingerprint.of(english)
                  + "): check the translation against the source."
            });
      }
      if (t.status() == TranslationStatus.ARTICLE) {
        notes.add(new String[] {"briefing-article", "The target is the paper's own text."});
      }
    }
    for (String n : editorial.getOrDefault(id, List.of())) {
      notes.add(new String[] {"briefing-editorial", n});
    }
    if (!notes.isEmpty()) {
      x.start("notes");
      for (String[] n : notes) {
        x.textElement("note", n[1], false, "category", n[0]);
      }
      x.end();
    }
    XliffState state =
        translation.isEmpty() || stale ? XliffState.INITIAL : state(translation.get().status());
    x.start("segment").attribute("state", state.key());
    x.textElement("source", english, true);
    translation.ifPresent(t -> x.textElement("target", t.text(), true));
    x.end().end();
  }

  /**
   * Whether a unit goes out locked ({@code translate="no"}): its translation is the paper's own
   * text and the English has not changed since. Import ignores edits to such a unit.
   */
  static boolean locked(Optional<Translation> translation, String english) {
    return translation
        .filter(t -> t.status() == TranslationStatus.ARTICLE && !t.isStaleFor(english))
        .isPresent();
  }

  /**
   * Whether a unit goes out with {@code xml:space="preserve"}: its English or its translation has
   * line breaks (paragraphs, Markdown headings or list items), which a CAT tool must keep. Import
   * keeps them in any case and folds only the white space within a paragraph.
   */
  static boolean preserveSpace(String english, Optional<Translation> translation) {
    return english.indexOf('\n') >= 0
        || translation.filter(t -> t.text().indexOf('\n') >= 0).isPresent();
  }

  static XliffState state(TranslationStatus status) {
    return switch (status) {
      case DRAFT -> XliffState.TRANSLATED;
      case REVIEWED -> XliffState.REVIEWED;
      case ARTICLE -> XliffState.FINAL;
    };
  }

  /**
   * The corpus's editorial notes, by the unit ids of the item they are about. Notes on the whole
   * article or the whole table are about no one unit and stay out.
   */
  static Map<String, List<String>> editorialNotes(Corpus c) {
    Map<String, List<String>> n = new HashMap<>();
    c.findings().forEach(f -> n.put(UnitId.findingStatement(f.id()).value(), f.notes()));
    for (Hypothesis h : c.argument().items()) {
      n.put(UnitId.hypothesisStatement(h.id()).value(), h.notes());
      n.put(UnitId.verdictSentence(h.id()).value(), h.notes());
    }
    for (Table t : c.tables()) {
      for (Table.Row r : t.rows()) {
        for (Table.Column col : t.columns()) {
          r.cell(col.id())
              .ifPresent(
                  cell -> {
                    for (int i = 0; i < cell.lines().size(); i++) {
                      List<String> notes = cell.lines().get(i).notes();
                      if (!notes.isEmpty()) {
                        UnitId id =
                            cell.list()
                                ? UnitId.tableCellLine(t.id(), r.id(), col.id(), i + 1)
                                : UnitId.tableCell(t.id(), r.id(), col.id());
                        n.put(id.value(), notes);
                      }
                    }
                  });
        }
      }
    }
    c.events().forEach(e -> n.put(UnitId.eventText(e.id()).value(), e.notes()));
    for (Figure f : c.figures()) {
      n.put(UnitId.figureTitle(f.id()).value(), f.notes());
    }
    for (Footnote f : c.footnotes()) {
      n.put(UnitId.footnote(f.number()).value(), f.notes());
    }
    return n;
  }
}
