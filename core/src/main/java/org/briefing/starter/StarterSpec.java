package org.briefing.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefing.assemble.Assembler;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;

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
    return text(corpus, name, schema, null);
  }

  /**
   * The spec's text, for a corpus the spec does not find by itself (not the {@code corpus/} folder
   * beside it): its header says which corpus it was made for and how to build it with that one.
   *
   * @param schema the spec schema's path relative to the spec, or null when there is none to point
   *     to (the header then says how to write one)
   * @param corpusFolder the corpus folder the spec was made for, or null for the one it finds
   */
  public static String text(Corpus corpus, String name, String schema, String corpusFolder) {
    String text = compose(corpus, name, schema, corpusFolder, !corpus.references().isEmpty());
    if (!corpus.references().isEmpty() && !citesAnything(corpus, name, text)) {
      // A references section over sections that cite nothing would be left out with a warning
      // on the first build: offered commented out instead.
      return compose(corpus, name, schema, corpusFolder, false);
    }
    return text;
  }

  /** Whether the starter's sections, as the tool assembles them, cite any reference. */
  private static boolean citesAnything(Corpus corpus, String name, String text) {
    BriefingSpec spec = SpecReader.of(corpus).withFormats(List.of()).read(name + ".yaml", text);
    Document document = Assembler.of(corpus).withEnvironment(Map.of()).assemble(spec).document();
    boolean[] cites = {false};
    AbstractVisitor finder =
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Citation node) {
            cites[0] = true;
          }
        };
    document.blocks().forEach(b -> b.accept(finder));
    return cites[0];
  }

  private static String compose(
      Corpus corpus, String name, String schema, String corpusFolder, boolean references) {
    List<String> l = new ArrayList<>();
    l.add(
        schema != null
            ? "# yaml-language-server: $schema=" + schema
            : "# ./briefing schema > spec.schema.json writes the schema editors can check this"
                + " spec against.");
    if (corpusFolder == null) {
      l.add(
          "# A briefing spec ("
              + name
              + "). Build it with './briefing build' and this file's path.");
    } else {
      l.add("# A briefing spec (" + name + ").");
      l.add(
          "# Made for the corpus in "
              + oneLine(corpusFolder)
              + ", which it does not find by itself:");
      l.add("# build it with './briefing build', this file's path and --corpus with that folder.");
    }
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
      l.add(section(false, "{type: table, table: " + quoted(corpus.tables().get(0).id()) + "}"));
    }
    if (!corpus.events().isEmpty()) {
      l.add(section(false, "timeline"));
    }
    if (!corpus.figures().isEmpty()) {
      l.add(section(false, "{type: figure, figure: " + quoted(corpus.figures().get(0).id()) + "}"));
    }
    if (!corpus.glossary().isEmpty()) {
      l.add(section(false, "glossary"));
    }
    l.add(
        section(false, "{type: text, title: Recommendations, body: \"Free **Markdown** text.\"}"));
    l.add(section(references, "references"));
    l.add("");
    l.add("# filters:              # narrow what the sections draw from");
    if (!corpus.topics().isEmpty()) {
      l.add("#   topics: [" + quoted(corpus.topics().get(0).id()) + "]");
    }
    List<String> dates = corpus.dateExamples();
    if (!dates.isEmpty()) {
      l.add("#   period: {from: " + quoted(dates.get(0)) + "}");
    }
    l.add("");
    l.add("# max-pages: 2          # a length budget: a warning, or an error with --strict");
    l.add(
        "marking: TLP:CLEAR      # TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED,"
            + " or free text");
    l.add("formats: [md, html, pdf]");
    return String.join("\n", l) + "\n";
  }

  /**
   * A value as a double-quoted YAML string, so that no id or date reads as something else (an id
   * {@code null}, {@code true} or {@code 123} would be a null, a boolean or a number unquoted).
   */
  static String quoted(String value) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\x%02X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Text for a comment: a line break or other control character in it would end the comment. */
  private static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.toString();
  }

  private static String section(boolean on, String text) {
    return (on ? "  - " : "  # - ") + text;
  }
}
