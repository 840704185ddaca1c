package org.briefing.i18n.xliff;

import java.util.List;
import org.briefing.i18n.GlossaryTerms;
import org.briefing.i18n.UnitId;

/** The notes every exported unit carries for the translator: what it is, and its glossary terms. */
final class UnitNotes {
  private UnitNotes() {}

  /** "finding statement (findings.yaml)". */
  static String kind(String unitId) {
    return UnitId.parse(unitId)
        .map(u -> u.kind().description() + " (" + u.kind().file() + ")")
        .orElse(unitId);
  }

  /** "Glossary terms: small state → małe państwo; security → bezpieczeństwo", or empty. */
  static String terms(GlossaryTerms glossary, String english, String unitId) {
    List<GlossaryTerms.Term> found =
        glossary.in(english).stream()
            // A glossary term's own unit is not a use of itself.
            .filter(t -> !unitId.startsWith("glossary." + t.term().id() + "."))
            .toList();
    if (found.isEmpty()) {
      return "";
    }
    return "Glossary terms: "
        + String.join("; ", found.stream().map(GlossaryTerms.Term::describe).toList());
  }
}
