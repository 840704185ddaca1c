package org.briefing.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;

/**
 * A commented starter spec for a corpus: the sections the corpus can fill uncommented, the others
 * commented out, and examples that use the corpus's own ids and date forms.
 *
 * <pre>{@code
 * String yaml = StarterSpec.text(corpus, "gas-note", "./schema/briefing-spec.schema.json");
 * }</pre>
 */
public final class StarterSpec {
  private StarterSpec() {}

  /**
   * The spec's text.
   *
   * @param name the spec's name (its title until the author writes one)
   * @param schema the spec schema's path relative to the spec, for editors
   */
  public static String text(Corpus corpus, String name, String schema) {
    List<String> l = new ArrayList<>();
    l.add("# yaml-language-server: $schema=" + schema);
    l.add(
        "# A briefing spec (" + name + "). Build it with './briefing build' and this file's path.");
    l.add("# Every key is optional except sections. `./briefing schema` prints the full format;");
    l.add("# `./briefing list topics` (or findings, tables, figures …) shows the ids to use.");
    l.add("");
    l.add("# title: A title        # default: the paper's title");
    l.add("# subtitle: A short subtitle");
    l.add("# authors: [Your Name]");
    l.add("# audience: Who this is for");
    l.add("");
    String languages =
        corpus.languages().stream().map(Language::code).collect(Collectors.joining(", "));
    l.add(
        "language: en            # "
            + languages
            + (corpus.languages().size() > 1
                ? ", or bilingual (then: layout: parallel | sequential)"
                : ""));
    l.add("");
    l.add("sections:               # in the order they appear");
    boolean argument = !corpus.argument().items().isEmpty();
    boolean keyFindings = corpus.findings().stream().anyMatch(f -> f.key());
    l.add(section(argument || keyFindings, "executive-summary"));
    l.add(section(!corpus.findings().isEmpty(), "{type: key-points, limit: 5}"));
    l.add(section(corpus.article().summary().isPresent(), "summary"));
    l.add(section(argument, "hypotheses"));
    l.add(section(false, "{type: findings, group-by: topic}     # or group-by: date"));
    if (!corpus.tables().isEmpty()) {
      l.add(section(false, "{type: table, table: " + corpus.tables().get(0).id() + "}"));
    }
    if (!corpus.events().isEmpty()) {
      l.add(section(false, "timeline"));
    }
    if (!corpus.figures().isEmpty()) {
      l.add(section(false, "{type: figure, figure: " + corpus.figures().get(0).id() + "}"));
    }
    if (!corpus.glossary().isEmpty()) {
      l.add(section(false, "glossary"));
    }
    l.add(
        section(false, "{type: text, title: Recommendations, body: \"Free **Markdown** text.\"}"));
    l.add(section(!corpus.references().isEmpty(), "references"));
    l.add("");
    l.add("# filters:              # narrow what the sections draw from");
    if (!corpus.topics().isEmpty()) {
      l.add("#   topics: [" + corpus.topics().get(0).id() + "]");
    }
    List<String> dates = corpus.dateExamples();
    if (!dates.isEmpty()) {
      l.add("#   period: {from: \"" + dates.get(0) + "\"}");
    }
    l.add("");
    l.add("# max-pages: 2          # a length budget: a warning, or an error with --strict");
    l.add(
        "marking: TLP:CLEAR      # TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED,"
            + " or free text");
    l.add("formats: [md, html, pdf]");
    return String.join("\n", l) + "\n";
  }

  private static String section(boolean on, String text) {
    return (on ? "  - " : "  # - ") + text;
  }
}
