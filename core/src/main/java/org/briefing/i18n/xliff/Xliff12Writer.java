package org.briefing.i18n.xliff;

import java.nio.charset.StandardCharsets;
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
import org.briefing.model.Corpus;

/**
 * Writes the translatable units of a corpus as an XLIFF 1.2 document, for CAT tools that read 1.2
 * better than 2.0 (OmegaT's XLIFF filter, older Trados): one {@code <trans-unit>} per unit of the
 * {@link UnitCatalog}, in catalog order.
 *
 * <pre>{@code
 * byte[] xliff = Xliff12Writer.bytes(corpus, Language.PL);
 * }</pre>
 *
 * <p>Statuses map to the target's {@code state}: {@code draft} → {@code needs-review-translation};
 * {@code reviewed} and {@code article} → {@code final}, and the paper's own text is locked ({@code
 * translate="no"}); a stale translation → {@code needs-translation} with its old target; no
 * translation → no target. Each unit has notes: what it is, the glossary terms it uses with their
 * translation, staleness, and the corpus's editorial notes. The same corpus always gives the same
 * bytes. Stateless.
 */
public final class Xliff12Writer {
  /** The XLIFF 1.2 namespace. */
  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

  private Xliff12Writer() {}

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
    if (target.isSource()) {
      throw new IllegalArgumentException("English is the source language: nothing to translate");
    }
    UnitCatalog catalog = Localizer.units(corpus);
    Translations translations = corpus.translations(target);
    Map<String, List<String>> editorial = XliffWriter.editorialNotes(corpus);
    GlossaryTerms glossary = GlossaryTerms.of(corpus, target);
    XmlWriter x = new XmlWriter();
    x.start("xliff").attribute("xmlns", NAMESPACE).attribute("version", "1.2");
    x.start("file")
        .attribute("original", XliffWriter.FILE_ID)
        .attribute("source-language", Language.EN.code())
        .attribute("target-language", target.code())
        .attribute("datatype", "plaintext");
    x.start("body");
    for (Map.Entry<String, String> u : catalog.units().entrySet()) {
      unit(x, u.getKey(), u.getValue(), translations.unit(u.getKey()), editorial, glossary, target);
    }
    x.end().end().end();
    return x.toString();
  }

  private static void unit(
      XmlWriter x,
      String id,
      String english,
      Optional<Translation> translation,
      Map<String, List<String>> editorial,
      GlossaryTerms glossary,
      Language target) {
    boolean stale = translation.map(t -> t.isStaleFor(english)).orElse(false);
    boolean locked = XliffWriter.locked(translation, english);
    x.start("trans-unit").attribute("id", id);
    if (locked) {
      x.attribute("translate", "no");
    }
    if (XliffWriter.preserveSpace(english, translation)) {
      x.attribute("xml:space", "preserve");
    }
    x.textElement("source", english, false, "xml:lang", Language.EN.code());
    if (translation.isPresent()) {
      String state = stale ? "needs-translation" : state(translation.get().status());
      x.textElement(
          "target", translation.get().text(), false, "xml:lang", target.code(), "state", state);
    }
    x.textElement("note", UnitNotes.kind(id), false, "from", "briefing-kind");
    String terms = UnitNotes.terms(glossary, english, id);
    if (!terms.isEmpty()) {
      x.textElement("note", terms, false, "from", "briefing-terms");
    }
    if (locked) {
      x.textElement(
          "note", "The target is the paper's own text: locked.", false, "from", "briefing-article");
    }
    if (stale) {
      x.textElement(
          "note",
          "The English changed since this was translated (fingerprint "
              + translation.get().fingerprint()
              + ", now "
              + Fingerprint.of(english)
              + "): check the translation against the source.",
          false,
          "from",
          "briefing-stale");
    }
    for (String n : editorial.getOrDefault(id, List.of())) {
      x.textElement("note", n, false, "from", "briefing-editorial");
    }
    x.end();
  }

  static String state(TranslationStatus status) {
    return switch (status) {
      case DRAFT -> "needs-review-translation";
      case REVIEWED, ARTICLE -> "final";
    };
  }
}
