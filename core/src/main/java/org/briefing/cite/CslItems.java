package org.briefing.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.PartialDate;
import org.briefing.model.Reference;

/** A reference as CSL-JSON, the form every CSL processor reads. */
public final class CslItems {
  private static final java.util.regex.Pattern YEAR_SUFFIX =
      java.util.regex.Pattern.compile("(\\d{4})([a-z])$");

  private CslItems() {}

  /** The reference as a citeproc-java item. */
  static CSLItemData item(Reference r) {
    return CSLItemData.fromJson(json(r));
  }

  /**
   * The reference as a CSL-JSON object: kebab-case variables, {@code URL} and {@code DOI} in
   * capitals as CSL-JSON writes them, dates as {@code date-parts} at the precision the corpus
   * gives, and the paper's label as {@code citation-label}.
   */
  public static Map<String, Object> json(Reference r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("type", r.type());
    m.put("citation-label", r.label());
    r.names()
        .forEach(
            (variable, names) -> {
              List<Object> list = new ArrayList<>();
              for (Reference.Name n : names) {
                Map<String, Object> nm = new LinkedHashMap<>();
                if (!n.literal().isEmpty()) {
                  nm.put("literal", n.literal());
                } else {
                  nm.put("family", n.family());
                  if (!n.given().isEmpty()) {
                    nm.put("given", n.given());
                  }
                }
                list.add(nm);
              }
              m.put(variable, list);
            });
    r.issued().ifPresent(d -> m.put("issued", date(d)));
    // citeproc-java does not add "2022a", "2022b" itself: keep the letter the paper gives.
    java.util.regex.Matcher suffix = YEAR_SUFFIX.matcher(r.label());
    if (r.issued().isPresent()
        && suffix.find()
        && suffix.group(1).equals(String.valueOf(r.issued().get().year()))) {
      m.put("year-suffix", suffix.group(2));
    }
    r.accessed().ifPresent(d -> m.put("accessed", date(d)));
    r.fields().forEach((k, v) -> m.put(cslName(k), v));
    return m;
  }

  /** The CSL-JSON spelling of a variable: URL, DOI, ISBN … in capitals. */
  static String cslName(String variable) {
    return switch (variable) {
      case "url", "doi", "isbn", "issn", "pmid", "pmcid" ->
          variable.toUpperCase(java.util.Locale.ROOT);
      default -> variable;
    };
  }

  /** A date at the precision it is written: a day, a month, a year, or a range of years. */
  static Map<String, Object> date(PartialDate d) {
    List<Object> parts = new ArrayList<>();
    switch (d.precision()) {
      case DAY ->
          parts.add(
              List.of(d.start().getYear(), d.start().getMonthValue(), d.start().getDayOfMonth()));
      case MONTH -> parts.add(List.of(d.start().getYear(), d.start().getMonthValue()));
      case YEAR_RANGE, DECADE -> {
        parts.add(List.of(d.year()));
        parts.add(List.of(d.endYear().orElse(d.year())));
      }
      default -> parts.add(List.of(d.year()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date-parts", parts);
    return m;
  }
}
