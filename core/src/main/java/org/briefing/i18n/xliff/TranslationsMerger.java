package org.briefing.i18n.xliff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.Problems;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;
import org.briefing.model.Corpus;
import org.briefing.model.Footnote;

/**
 * Applies units imported from XLIFF to a corpus's translations.
 *
 * <pre>{@code
 * TranslationsMerger.Result r = TranslationsMerger.merge(corpus, Language.PL, units);
 * System.out.println(r.summary()); // "2 units updated: 1 reviewed, 1 draft; 231 unchanged"
 * }</pre>
 *
 * <p>For each imported unit: a {@code final} or {@code reviewed} segment becomes {@code reviewed};
 * {@code translated} becomes {@code draft}; {@code initial} with a new target becomes {@code
 * draft}; {@code initial} without a target, or with the target as it was, is left as it is (so a
 * stale translation nobody looked at stays stale). The article's own Polish, unchanged, stays
 * {@code article}. Every translation set this way gets the fingerprint of the English as it is now,
 * since the translator worked from it. A text counts as unchanged when it differs only in white
 * space within its paragraphs or in Unicode normalisation; a changed text is stored as {@link
 * #normal} gives it: NFC-normalised, trimmed, white space folded to single spaces within each
 * paragraph, paragraph breaks and Markdown block lines (headings, list items) kept. Units the file
 * does not hold are kept as they are.
 *
 * <p>A locked unit, the article's own text as exported with {@code translate="no"} (or any unit the
 * file marks so), keeps its text: an edited target for it is ignored with a warning, not refused.
 * CAT tools that honour the flag (OmegaT, Okapi's filters) never offer such a unit for translation,
 * so an edit comes from a tool that ignored it; refusing the file would throw away the translator's
 * other work for a text that must not change anyway. Stateless.
 */
public final class TranslationsMerger {

  /**
   * The merged translations and what changed.
   *
   * @param updated the translations that the import set or changed, in catalog order
   * @param unchanged how many imported units were translated and are stored as they were
   * @param untranslated how many imported units had no (complete) target and were left as they were
   * @param warnings one per locked unit whose edited target was ignored, at that unit's position
   */
  public record Result(
      Translations translations,
      List<Translation> updated,
      int unchanged,
      int untranslated,
      List<Diagnostic> warnings) {
    public Result {
      updated = List.copyOf(updated);
      warnings = List.copyOf(warnings);
    }

    /** How many updated translations have this status now. */
    public long count(TranslationStatus status) {
      return updated.stream().filter(t -> t.status() == status).count();
    }

    /** One line for people: "2 units updated: 1 reviewed, 1 draft; 231 unchanged". */
    public String summary() {
      StringBuilder s =
          new StringBuilder()
              .append(updated.size())
              .append(updated.size() == 1 ? " unit" : " units")
              .append(" updated: ")
              .append(count(TranslationStatus.REVIEWED))
              .append(" reviewed, ")
              .append(count(TranslationStatus.DRAFT))
              .append(" draft");
      if (count(TranslationStatus.ARTICLE) > 0) {
        s.append(", ").append(count(TranslationStatus.ARTICLE)).append(" article");
      }
      s.append("; ").append(unchanged).append(" unchanged");
      if (untranslated > 0) {
        s.append(", ").append(untranslated).append(" untranslated");
      }
      if (!warnings.isEmpty()) {
        s.append(", ").append(warnings.size()).append(" locked (edit ignored)");
      }
      return s.toString();
    }
  }

  private TranslationsMerger() {}

  /**
   * The longest line a target may have: the corpus reader's bound on a line of the translations
   * file, less room for the escapes and indentation it is written with.
   */
  static final int MAX_TARGET_LINE = org.briefing.yaml.YamlLoader.MAX_LINE_CHARS / 4;

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\\R", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }

  /**
   * Merges imported units into the corpus's translations of a language.
   *
   * @param units units read by {@link XliffReader} against this corpus's catalog
   * @throws org.briefing.diagnostics.InvalidInputException when a unit would change a text that
   *     must stay the article's own (the original of a footnote), at that unit's position
   */
  public static Result merge(Corpus corpus, Language language, List<XliffUnit> units) {
    UnitCatalog catalog = Localizer.units(corpus);
    Translations existing = corpus.translations(language);
    Map<String, Translation> merged = new LinkedHashMap<>(existing.units());
    Map<String, Translation> updated = new LinkedHashMap<>();
    List<String> originals = originals(corpus, language);
    Problems problems = new Problems();
    int unchanged = 0;
    int untranslated = 0;
    for (XliffUnit u : units) {
      Optional<Translation> old = existing.unit(u.unitId());
      if (u.target().isEmpty()) {
        untranslated++;
        continue;
      }
      String english = catalog.english(u.unitId());
      String target = u.target().get();
      int longest = longestLine(normal(target));
      if (longest > MAX_TARGET_LINE) {
        // The translations file holds each line of a text on a line of its own, which the corpus
        // reader bounds: a longer one could be written but never read back.
        problems.error(
            u.position(),
            "the target of '"
                + u.unitId()
                + "' has a line of "
                + longest
                + " characters, more than a translation may hold ("
                + MAX_TARGET_LINE
                + ")",
            "break the text into paragraphs, or shorten it");
        continue;
      }
      boolean sameText = old.map(t -> normal(t.text()).equals(normal(target))).orElse(false);
      Translation next;
      if (u.state() == XliffState.INITIAL && sameText) {
        next = old.get();
      } else {
        String text = sameText ? old.get().text() : normal(target);
        TranslationStatus status =
            sameText && old.get().status() == TranslationStatus.ARTICLE
                ? TranslationStatus.ARTICLE
                : status(u.state());
        next =
            new Translation(
                u.unitId(),
                status,
                Fingerprint.of(english),
                text,
                old.map(Translation::notes).orElse(java.util.List.of()),
                Optional.of(english));
      }
      if (!sameText && originals.contains(u.unitId())) {
        problems.error(
            u.position(),
            "'"
                + u.unitId()
                + "' is the article's original text (the English is a translation of it): it"
                + " cannot be changed by an import",
            "keep the target as it was exported");
        continue;
      }
      boolean article = old.filter(t -> XliffWriter.locked(Optional.of(t), english)).isPresent();
      if (!sameText && (article || u.locked())) {
        problems.warning(
            u.position(),
            "'"
                + u.unitId()
                + "' is locked (translate=\"no\""
                + (article ? ": it is the article's own text" : "")
                + "), so its edited target is ignored",
            article
                ? "the paper's own translation is not changed by an import; keep the target as"
                    + " exported"
                : "keep the target as exported, or export again");
        continue;
      }
      if (old.isPresent() && sameExceptSource(old.get(), next)) {
        unchanged++;
      } else {
        merged.put(u.unitId(), next);
        updated.put(u.unitId(), next);
      }
    }
    problems.throwIfErrors();
    List<Diagnostic> warnings = problems.all();
    List<Translation> inOrder = new ArrayList<>();
    for (String id : catalog.units().keySet()) {
      if (updated.containsKey(id)) {
        inOrder.add(updated.get(id));
      }
    }
    return new Result(
        new Translations(language, merged), inOrder, unchanged, untranslated, warnings);
  }

  /** Equal but for the English source kept with it (an older file may not keep it). */
  private static boolean sameExceptSource(Translation a, Translation b) {
    return a.status() == b.status()
        && a.fingerprint().equals(b.fingerprint())
        && a.text().equals(b.text())
        && a.notes().equals(b.notes());
  }

  static TranslationStatus status(XliffState state) {
    return switch (state) {
      case FINAL, REVIEWED -> TranslationStatus.REVIEWED;
      case TRANSLATED, INITIAL -> TranslationStatus.DRAFT;
    };
  }

  /**
   * A text as compared and stored: NFC, trimmed, with white space folded within each paragraph and
   * the Markdown block structure kept. A blank line (white space only) between two lines is a
   * paragraph break, written as one empty line; a line that starts a Markdown block (a heading, a
   * list item, a quotation, a table row) or follows a heading starts a line of its own; any other
   * line break, as a CAT tool writes when it reflows or indents a long line, folds into a space, as
   * do runs of spaces and tabs.
   */
  static String normal(String text) {
    String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\r\n|\r|\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    boolean joinable = false;
    for (String raw : lines) {
      String line = SPACES.matcher(raw.strip()).replaceAll(" ");
      if (line.isEmpty()) {
        blank = true;
        continue;
      }
      if (!out.isEmpty()) {
        out.append(
            blank ? "\n\n" : joinable && !BLOCK_START.matcher(line).lookingAt() ? " " : "\n");
      }
      out.append(line);
      blank = false;
      joinable = !HEADING.matcher(line).lookingAt();
    }
    return out.toString();
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A line that starts a Markdown block: heading, list item, quotation, table row, fence. */
  private static final Pattern BLOCK_START =
      Pattern.compile("#{1,6}(\\s|$)|[-*+]\\s|\\d{1,9}[.)]\\s|>|\\||```|~~~");

  private static final Pattern HEADING = Pattern.compile("#{1,6}(\\s|$)");

  /** Units whose text in this language is the article's original (footnotes not in English). */
  private static List<String> originals(Corpus corpus, Language language) {
    List<String> ids = new ArrayList<>();
    for (Footnote f : corpus.footnotes()) {
      if (f.originalLanguage().filter(language.code()::equals).isPresent()) {
        ids.add("footnote." + f.number());
      }
    }
    return ids;
  }
}
