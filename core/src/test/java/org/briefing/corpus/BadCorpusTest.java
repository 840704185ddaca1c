package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One edit to a small valid corpus per case, and the exact errors it must produce: every error, in
 * order, as a person reads them ({@code path:line:column: error: message} and the hint line).
 */
class BadCorpusTest {

  private static Arguments bad(String name, UnaryOperator<MiniCorpus> edit, String... expected) {
    return Arguments.of(name, edit, String.join("\n", expected));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        bad(
            "misspelt key",
            c ->
                c.replace(
                    "findings.yaml",
                    "    statement: \"Lithuania pushed",
                    "    statment: \"Lithuania pushed"),
            "corpus/findings.yaml:13:5: error: finding 'sanctions-push' needs 'statement'",
            "  hint: add 'statement: …'",
            "corpus/findings.yaml:14:5: error: unknown key 'statment' in finding 'sanctions-push'",
            "  hint: did you mean 'statement'?"),
        bad(
            "dangling finding id in a hypothesis",
            c ->
                c.replace("argument.yaml", "{finding: sanctions-push,", "{finding: sanction-push,"),
            "corpus/argument.yaml:9:19: error: hypothesis 'h1' refers to unknown finding 'sanction-push'",
            "  hint: did you mean 'sanctions-push'?"),
        bad(
            "a date that does not exist",
            c -> c.replace("findings.yaml", "date: April 2022", "date: 31 February 2022"),
            "corpus/findings.yaml:6:11: error: '31 February 2022' is not a real date: February has no day 31",
            "  hint: write it as the corpus writes its dates, such as 'From March/April', 'June', '2022'; the forms read are '24 February 2022', 'February 24, 2022', '2022-02-24', '2022-02', 'February 2022', 'June', '2022', 'spring 2021', 'early 2026' (also mid, late), 'FY2026', 'the 1970s', 'beginning of April 2022', 'end of April 2022', 'March/April', 'March-November', '2016–2020', and any of them after 'From' or 'since'"),
        bad(
            "a text that is no date",
            c -> c.replace("tables.yaml", "date: \"June\"", "date: \"Juny\""),
            "corpus/tables.yaml:20:21: error: 'Juny' is not a date this tool reads",
            "  hint: write it as the corpus writes its dates, such as 'April 2022', 'From March/April', '2022'; the forms read are '24 February 2022', 'February 24, 2022', '2022-02-24', '2022-02', 'February 2022', 'June', '2022', 'spring 2021', 'early 2026' (also mid, late), 'FY2026', 'the 1970s', 'beginning of April 2022', 'end of April 2022', 'March/April', 'March-November', '2016–2020', and any of them after 'From' or 'since'"),
        bad(
            "unknown verdict",
            c -> c.replace("argument.yaml", "verdict: confirmed", "verdict: confimed"),
            "corpus/argument.yaml:5:14: error: hypothesis 'h1' refers to unknown verdict kind 'confimed'",
            "  hint: did you mean 'confirmed'?"),
        bad(
            "unknown actor kind",
            c -> c.replace("actors.yaml", "kind: state", "kind: country"),
            "corpus/actors.yaml:4:11: error: 'country' is not an actor kind; use one of: state, organisation, institution, company, person"),
        bad(
            "unknown translation status",
            c ->
                c.replace(
                    "translations/pl.yaml",
                    "  article.title:\n    status: draft",
                    "  article.title:\n    status: final"),
            "corpus/translations/pl.yaml:4:13: error: 'final' is not a translation status; use one of: article, draft, reviewed"),
        bad(
            "duplicate id",
            c -> c.append("topics.yaml", "  - id: energy\n    label: Energy again\n"),
            "corpus/topics.yaml:6:9: error: duplicate topic id 'energy'",
            "  hint: the first is at line 2"),
        bad(
            "id not kebab-case",
            c -> c.replace("glossary.yaml", "id: small-state", "id: Small_State"),
            "corpus/glossary.yaml:2:9: error: 'Small_State' is not a valid id",
            "  hint: ids use lower-case letters, digits and hyphens, such as 'gas-interconnector'"),
        bad(
            "wrong type: a mapping for a list",
            c -> c.replace("findings.yaml", "topics: [energy]", "topics: {energy: 1}"),
            "corpus/findings.yaml:4:13: error: 'topics' must be a list, not a mapping"),
        bad(
            "wrong type: a word for a number",
            c -> c.replace("argument.yaml", "number: 1", "number: one"),
            "corpus/argument.yaml:3:13: error: 'number' must be a whole number"),
        bad(
            "wrong type: a word for a figure value",
            c -> c.replace("figures.yaml", "value: 68.8", "value: high"),
            "corpus/figures.yaml:9:16: error: 'value' must be a number such as 91.6"),
        bad(
            "missing statement",
            c ->
                c.replace(
                    "findings.yaml", "    statement: \"Lithuania pushed for sanctions.\"\n", ""),
            "corpus/findings.yaml:13:5: error: finding 'sanctions-push' needs 'statement'",
            "  hint: add 'statement: …'"),
        bad(
            "unknown stance",
            c ->
                c.replace(
                    "argument.yaml",
                    "{finding: gas-stop, stance: supports}",
                    "{finding: gas-stop, stance: support}"),
            "corpus/argument.yaml:8:37: error: 'support' is not a stance; use one of: supports, challenges, context",
            "  hint: did you mean 'supports'?"),
        bad(
            "dangling topic in a finding",
            c -> c.replace("findings.yaml", "topics: [energy]", "topics: [enrgy]"),
            "corpus/findings.yaml:4:14: error: finding 'gas-stop' refers to unknown topic 'enrgy'",
            "  hint: did you mean 'energy'?"),
        bad(
            "dangling reference in a finding citation",
            c -> c.replace("findings.yaml", "- ref: sturm-2022", "- ref: storm-2022"),
            "corpus/findings.yaml:8:14: error: finding 'gas-stop' refers to unknown reference 'storm-2022'",
            "  hint: did you mean 'sturm-2022'?"),
        bad(
            "dangling section in an event source",
            c -> c.replace("events.yaml", "{section: energy-security,", "{section: conclusions,"),
            "corpus/events.yaml:10:23: error: event 'gas-ban' refers to unknown section 'conclusions'",
            "  hint: sections are defined in article.yaml"),
        bad(
            "dangling actor in a table row",
            c -> c.replace("tables.yaml", "actors: [nato]", "actors: [natto]"),
            "corpus/tables.yaml:11:18: error: row 'nato' of table 'summary' refers to unknown actor 'natto'",
            "  hint: did you mean 'nato'?"),
        bad(
            "dangling reference in the table note",
            c -> c.replace("tables.yaml", "ref: sturm-2022", "ref: statista-2022"),
            "corpus/tables.yaml:26:14: error: table 'summary' refers to unknown reference 'statista-2022'",
            "  hint: references are defined in references.yaml"),
        bad(
            "dangling footnote in a figure",
            c -> c.replace("figures.yaml", "footnote: 2", "footnote: 7"),
            "corpus/figures.yaml:6:15: error: figure 'oil-2020' refers to unknown footnote 7",
            "  hint: the footnotes are 1, 2"),
        bad(
            "dangling section in a footnote",
            c ->
                c.replace(
                    "footnotes.yaml",
                    "number: 2\n    section: energy-security",
                    "number: 2\n    section: energy"),
            "corpus/footnotes.yaml:7:14: error: footnote 2 refers to unknown section 'energy'",
            "  hint: sections are defined in article.yaml"),
        bad(
            "translation for an unknown unit",
            c ->
                c.replace(
                    "translations/pl.yaml",
                    "  finding.gas-stop.statement:",
                    "  finding.gas-stpo.statement:"),
            "corpus/translations/pl.yaml:43:3: error: unknown unit 'finding.gas-stpo.statement'",
            "  hint: did you mean 'finding.gas-stop.statement'?"),
        bad(
            "bad fingerprint",
            c ->
                c.replace(
                    "translations/pl.yaml",
                    "fingerprint: a718767725acd41a",
                    "fingerprint: A718767725ACD41A"),
            "corpus/translations/pl.yaml:5:18: error: 'A718767725ACD41A' is not a fingerprint: it must be 16 lower-case hex digits",
            "  hint: the fingerprint of the English text now is a718767725acd41a"),
        bad(
            "translations file for another language",
            c -> c.replace("translations/pl.yaml", "language: pl", "language: de"),
            "corpus/translations/pl.yaml:1:11: error: this file is named for language 'pl' but says 'language: de'",
            "  hint: write 'language: pl', or rename the file to de.yaml"),
        bad(
            "missing corpus file",
            c -> c.remove("article.yaml"),
            "corpus/article.yaml:1:1: error: the corpus file is missing",
            "  hint: a corpus needs article.yaml; './briefing init DIR' makes a new one"),
        bad(
            "YAML syntax error",
            c -> c.replace("topics.yaml", "label: Sanctions", "label: \"Sanctions"),
            "corpus/topics.yaml:6:1: error: not valid YAML: found unexpected end of stream (while scanning a quoted scalar)",
            "  hint: it started at line 5, column 12; check indentation, colons and quotes there"),
        bad(
            "duplicate key",
            c -> c.replace("actors.yaml", "    name: NATO\n", "    name: NATO\n    name: Nato\n"),
            "corpus/actors.yaml:7:5: error: duplicate key 'name'",
            "  hint: it was first given at line 6"),
        bad(
            "alias bomb",
            c -> c.put("glossary.yaml", aliasBomb()),
            "corpus/glossary.yaml:1:1: error: too many aliases: at most 20 uses of '*name' for lists and mappings are allowed",
            "  hint: write the values out instead of repeating them through aliases"),
        bad(
            "nesting too deep",
            c ->
                c.replace(
                    "findings.yaml",
                    "    notes: []",
                    "    notes: " + "[".repeat(60) + "]".repeat(60)),
            "corpus/findings.yaml:19:49: error: nested too deeply (more than 40 levels)"),
        bad(
            "marker without a note",
            c -> c.replace("tables.yaml", "- marker: \"*\"", "- marker: \"†\""),
            "corpus/tables.yaml:22:23: error: marker '*' has no note under the table",
            "  hint: the table's note markers are '†'"),
        bad(
            "a figure value out of its unit's range",
            c -> c.replace("figures.yaml", "value: 68.8", "value: -1e308"),
            "corpus/figures.yaml:9:16: error: the value -1E+308 is out of range",
            "  hint: values lie within ±10^15 with at most 10 decimals"),
        bad(
            "a reference address that is not a web address",
            c ->
                c.replace(
                    "references.yaml",
                    "    issued: \"2022\"\n    cited-as: [\"LRT",
                    "    issued: \"2022\"\n    url: \"javascript:alert(1)\"\n    cited-as: [\"LRT"),
            "corpus/references.yaml:13:10: error: 'javascript:alert(1)' is not a web address this tool links to",
            "  hint: only http, https and mailto addresses are allowed"),
        bad(
            "a picture without its text alternative",
            c ->
                c.append(
                    "figures.yaml",
                    "  - id: map\n    kind: image\n    title: A map\n    image: images/map.png\n"),
            "corpus/figures.yaml:10:5: error: figure 'map' is a picture and needs 'alt'",
            "  hint: describe what it shows for readers who cannot see it",
            "corpus/figures.yaml:13:12: error: no picture file 'images/map.png'",
            "  hint: the path is read relative to the corpus"),
        bad(
            "an SVG picture that imports a style sheet",
            c -> svgFigure(c, "<style>@import url(http://evil/x.css);</style>"),
            "corpus/figures.yaml:14:12: error: the picture 'images/map.svg' imports a style sheet"
                + " from outside itself, @import in <style> (line 1, column 139)",
            SVG_HINT),
        bad(
            "an SVG picture that shows another file",
            c -> svgFigure(c, "<image href=\"../../secret.png\" width=\"9\" height=\"9\"/>"),
            "corpus/figures.yaml:14:12: error: the picture 'images/map.svg' refers to"
                + " '../../secret.png' outside itself, in href (line 1, column 146)",
            SVG_HINT),
        bad(
            "an SVG picture that is not well-formed",
            c ->
                svgFigure(c, "")
                    .put("images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>"),
            "corpus/figures.yaml:14:12: error: the picture 'images/map.svg' is not a well-formed"
                + " SVG file: line 1, column 47: XML document structures must start and end within"
                + " the same entity.",
            SVG_HINT));
  }

  private static final String SVG_HINT =
      "  hint: an SVG picture must be self-contained: links and url() only to #ids inside it,"
          + " no @import, <!DOCTYPE>, scripts or <foreignObject> (or use a PNG)";

  /** The mini corpus with a picture figure showing an SVG that holds {@code inside}. */
  private static MiniCorpus svgFigure(MiniCorpus c, String inside) {
    return c.append(
            "figures.yaml",
            "  - id: map\n    kind: image\n    title: A map\n    alt: A map\n"
                + "    image: images/map.svg\n")
        .put(
            "images/map.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
                + "<rect width=\"5\" height=\"5\"/>"
                + inside
                + "</svg>");
  }

  static String aliasBomb() {
    StringBuilder b = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      b.append(c).append(": &").append(c).append(" [");
      b.append(String.join(", ", java.util.Collections.nCopies(9, "*" + p)));
      b.append("]\n");
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactly(String name, UnaryOperator<MiniCorpus> edit, String expected) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> edit.apply(MiniCorpus.valid()).read());
    assertThat(e).as("an error for: " + name).isNotNull();
    assertThat(errors(e)).isEqualTo(expected);
  }

  static String errors(InvalidInputException e) {
    return e.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(d -> d.format().replace(System.lineSeparator(), "\n"))
        .collect(Collectors.joining("\n"));
  }
}
