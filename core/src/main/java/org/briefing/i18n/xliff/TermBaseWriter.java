package org.briefing.i18n.xliff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitId;
import org.briefing.model.Corpus;
import org.briefing.model.GlossaryTerm;
import org.briefing.render.FormulaGuard;

/**
 * The corpus glossary for translators' term bases: TBX-Basic for CAT tools, CSV for spreadsheets.
 * Each term has its English term, definition and note, and its translation and translated
 * definition where the translations have them, each with its status. A stale translation (of an
 * English term or definition that has changed since) is left out, as {@code tm export} leaves out
 * stale pairs: a term base would offer it as the term to use. The same corpus always gives the same
 * text. Stateless.
 *
 * <p>Status: in TBX, each term carries TBX-Basic's own status data category, {@code
 * administrativeStatus}, as a {@code <termNote>} (TBX-Basic has no data category for a
 * translation's review; {@code processStatus} is not in its set, and a strict TBX-Basic checker
 * refuses it): {@code preferredTerm-admn-sts} for the English term, a reviewed translation or the
 * paper's own, {@code admittedTerm-admn-sts} for a draft, which also gets a {@code <note>} saying
 * that it is a draft not yet reviewed ({@link #DRAFT_NOTE}). In CSV, the columns "translation
 * status" and "translated definition status" hold {@code draft}, {@code reviewed} or {@code
 * article}. Every CSV field goes through {@link FormulaGuard}, as in every CSV the tool writes;
 * UTF-8 without a byte order mark, as the CSV renderer writes by default.
 *
 * <pre>{@code
 * String tbx = TermBaseWriter.tbx(corpus, Language.PL);
 * String csv = TermBaseWriter.csv(corpus, Language.PL);
 * }</pre>
 */
public final class TermBaseWriter {
  /** The CSV columns, in order. */
  public static final String[] CSV_HEADER = {
    "id",
    "term",
    "translation",
    "definition",
    "translated definition",
    "note",
    "translation status",
    "translated definition status"
  };

  /** TBX-Basic's status of a term to use. */
  static final String PREFERRED = "preferredTerm-admn-sts";

  /** TBX-Basic's status of a term that may be used: a draft translation's. */
  static final String ADMITTED = "admittedTerm-admn-sts";

  /** The note on a draft translation's term in TBX. */
  public static final String DRAFT_NOTE = "Draft translation, not yet reviewed.";

  private TermBaseWriter() {}

  /** The glossary as a TBX-Basic document (TBX 2008, {@code <martif type="TBX-Basic">}). */
  public static String tbx(Corpus corpus, Language target) {
    Translations t = translations(corpus, target);
    Map<String, String> english = Localizer.units(corpus).units();
    XmlWriter x = new XmlWriter();
    x.start("martif").attribute("type", "TBX-Basic").attribute("xml:lang", Language.EN.code());
    x.start("martifHeader");
    x.start("fileDesc").start("sourceDesc");
    x.textElement(
        "p",
        "The glossary of "
            + (corpus.article() == null ? "the corpus" : corpus.article().title())
            + ", with its "
            + target.locale().getDisplayLanguage(java.util.Locale.ENGLISH)
            + " translation.",
        false);
    x.end().end();
    x.start("encodingDesc");
    x.textElement("p", "TBXBasicXCSV02.xcs", false, "type", "XCSURI");
    x.end();
    x.end();
    x.start("text").start("body");
    for (GlossaryTerm g : corpus.glossary()) {
      x.start("termEntry").attribute("id", g.id());
      if (!g.note().isEmpty()) {
        x.textElement("note", g.note(), false);
      }
      x.start("langSet").attribute("xml:lang", Language.EN.code());
      if (!g.definition().isEmpty()) {
        x.textElement("descrip", g.definition(), false, "type", "definition");
      }
      x.start("tig");
      x.textElement("term", g.term(), false);
      x.textElement("termNote", PREFERRED, false, "type", "administrativeStatus");
      x.end();
      x.end();
      Optional<Translation> term = current(t, english, UnitId.glossaryTerm(g.id()));
      if (term.isPresent()) {
        x.start("langSet").attribute("xml:lang", target.code());
        Optional<Translation> definition = current(t, english, UnitId.glossaryDefinition(g.id()));
        if (definition.isPresent()) {
          x.textElement("descrip", definition.get().text(), false, "type", "definition");
        }
        x.start("tig");
        x.textElement("term", term.get().text(), false);
        boolean draft = term.get().status() == TranslationStatus.DRAFT;
        x.textElement(
            "termNote", draft ? ADMITTED : PREFERRED, false, "type", "administrativeStatus");
        if (draft) {
          x.textElement("note", DRAFT_NOTE, false);
        }
        x.end();
        x.end();
      }
      x.end();
    }
    x.end().end().end();
    return x.toString();
  }

  /**
   * The glossary as CSV (RFC 4180, CRLF, with a header row of {@link #CSV_HEADER}); a stale
   * translation's fields are empty, and every field is guarded against spreadsheet formulas.
   */
  public static String csv(Corpus corpus, Language target) {
    Translations t = translations(corpus, target);
    Map<String, String> english = Localizer.units(corpus).units();
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      p.printRecord((Object[]) CSV_HEADER);
      for (GlossaryTerm g : corpus.glossary()) {
        Optional<Translation> term = current(t, english, UnitId.glossaryTerm(g.id()));
        Optional<Translation> definition = current(t, english, UnitId.glossaryDefinition(g.id()));
        List<String> fields =
            List.of(
                g.id(),
                g.term(),
                term.map(Translation::text).orElse(""),
                g.definition(),
                definition.map(Translation::text).orElse(""),
                g.note(),
                term.map(x -> x.status().key()).orElse(""),
                definition.map(x -> x.status().key()).orElse(""));
        p.printRecord(fields.stream().map(FormulaGuard::neutralise).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Translations translations(Corpus corpus, Language target) {
    if (target.isSource()) {
      throw new IllegalArgumentException("English is the source language: nothing to translate");
    }
    return corpus.translations(target);
  }

  /** The unit's translation, unless it is stale (its English has changed since). */
  private static Optional<Translation> current(
      Translations t, Map<String, String> english, UnitId id) {
    String source = english.get(id.value());
    return t.unit(id.value()).filter(x -> source == null || !x.isStaleFor(source));
  }
}
