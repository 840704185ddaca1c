package org.briefing.i18n.xliff;

import java.util.Map;
import java.util.Optional;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.model.Corpus;

/**
 * The corpus's trusted translations as a translation memory, TMX 1.4b: one {@code <tu>} per unit
 * whose translation is reviewed or the paper's own, and current (a stale or draft pair would teach
 * a CAT tool a wrong match). Each {@code <tu>} has the unit id as {@code tuid} and the status as a
 * {@code x-status} property. No creation date is written, so the same corpus always gives the same
 * bytes. Stateless.
 *
 * <pre>{@code
 * String tmx = TmxWriter.write(corpus, Language.PL);
 * }</pre>
 */
public final class TmxWriter {
  private TmxWriter() {}

  /** The memory, and how many pairs it holds, through {@link #pairs}. */
  public static String write(Corpus corpus, Language target) {
    if (target.isSource()) {
      throw new IllegalArgumentException("English is the source language: nothing to translate");
    }
    Translations translations = corpus.translations(target);
    XmlWriter x = new XmlWriter();
    x.start("tmx").attribute("version", "1.4");
    x.start("header")
        .attribute("creationtool", "briefing")
        .attribute("creationtoolversion", "1")
        .attribute("segtype", "paragraph")
        .attribute("o-tmf", "briefing-corpus")
        .attribute("adminlang", Language.EN.code())
        .attribute("srclang", Language.EN.code())
        .attribute("datatype", "plaintext")
        .end();
    x.start("body");
    for (Map.Entry<String, String> u : Localizer.units(corpus).units().entrySet()) {
      Optional<Translation> t = trusted(translations, u.getKey(), u.getValue());
      if (t.isEmpty()) {
        continue;
      }
      x.start("tu").attribute("tuid", u.getKey());
      x.textElement("prop", t.get().status().key(), false, "type", "x-status");
      x.start("tuv").attribute("xml:lang", Language.EN.code());
      x.textElement("seg", u.getValue(), false);
      x.end();
      x.start("tuv").attribute("xml:lang", target.code());
      x.textElement("seg", t.get().text(), false);
      x.end();
      x.end();
    }
    x.end().end();
    return x.toString();
  }

  /** How many pairs the memory of this corpus and language holds. */
  public static int pairs(Corpus corpus, Language target) {
    Translations translations = corpus.translations(target);
    return (int)
        Localizer.units(corpus).units().entrySet().stream()
            .filter(u -> trusted(translations, u.getKey(), u.getValue()).isPresent())
            .count();
  }

  private static Optional<Translation> trusted(Translations t, String id, String english) {
    return t.unit(id)
        .filter(x -> x.status() != TranslationStatus.DRAFT)
        .filter(x -> !x.isStaleFor(english));
  }
}
