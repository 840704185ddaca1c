package org.briefing.i18n.xliff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translation;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitId;
import org.briefing.model.Corpus;
import org.briefing.model.GlossaryTerm;

/**
 * The corpus glossary for translators' term bases: TBX-Basic for CAT tools, CSV for spreadsheets.
 * Each term has its English term, definition and note, and its translation and translated
 * definition where the translations have them (a stale one included: a term base lists, it does not
 * judge). The same corpus always gives the same text. Stateless.
 *
 * <pre>{@code
 * String tbx = TermBaseWriter.tbx(corpus, Language.PL);
 * String csv = TermBaseWriter.csv(corpus, Language.PL);
 * }</pre>
 */
public final class TermBaseWriter {
  /** The CSV columns, in order. */
  public static final String[] CSV_HEADER = {
    "id", "term", "translation", "definition", "translated definition", "note"
  };

  private TermBaseWriter() {}

  /** The glossary as a TBX-Basic document (TBX 2008, {@code <martif type="TBX-Basic">}). */
  public static String tbx(Corpus corpus, Language target) {
    Translations t = translations(corpus, target);
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
      x.end();
      x.end();
      Optional<String> term = text(t, UnitId.glossaryTerm(g.id()));
      if (term.isPresent()) {
        x.start("langSet").attribute("xml:lang", target.code());
        Optional<String> definition = text(t, UnitId.glossaryDefinition(g.id()));
        if (definition.isPresent()) {
          x.textElement("descrip", definition.get(), false, "type", "definition");
        }
        x.start("tig");
        x.textElement("term", term.get(), false);
        x.end();
        x.end();
      }
      x.end();
    }
    x.end().end().end();
    return x.toString();
  }

  /** The glossary as CSV (RFC 4180, with a header row of {@link #CSV_HEADER}). */
  public static String csv(Corpus corpus, Language target) {
    Translations t = translations(corpus, target);
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
      for (GlossaryTerm g : corpus.glossary()) {
        p.printRecord(
            g.id(),
            g.term(),
            text(t, UnitId.glossaryTerm(g.id())).orElse(""),
            g.definition(),
            text(t, UnitId.glossaryDefinition(g.id())).orElse(""),
            g.note());
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

  private static Optional<String> text(Translations t, UnitId id) {
    return t.unit(id.value()).map(Translation::text);
  }
}
