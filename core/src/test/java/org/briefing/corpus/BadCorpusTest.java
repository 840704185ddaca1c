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
                c.replace(
                    "hypotheses.yaml", "[gas-stop, sanctions-push]", "[gas-stop, sanction-push]"),
            "corpus/hypotheses.yaml:7:26: error: hypothesis 'h1' refers to unknown finding 'sanction-push'",
            "  hint: did you mean 'sanctions-push'?"),
        bad(
            "a date that does not exist",
            c -> c.replace("findings.yaml", "date: April 2022", "date: 31 February 2022"),
            "corpus/findings.yaml:6:11: error: '31 February 2022' is not a real date: February has no day 31",
            "  hint: write a date as the article does: '24 February 2022', 'February 2022', 'June', '2022', 'spring 2021', 'beginning of April 2022', 'end of April 2022', 'March/April', 'March-November', '2016–2020', and any month form after 'From'"),
        bad(
            "a text that is no date",
            c -> c.replace("table.yaml", "date: \"June\"", "date: \"Juny\""),
            "corpus/table.yaml:14:15: error: 'Juny' is not a date this tool reads",
            "  hint: write a date as the article does: '24 February 2022', 'February 2022', 'June', '2022', 'spring 2021', 'beginning of April 2022', 'end of April 2022', 'March/April', 'March-November', '2016–2020', and any month form after 'From'"),
        bad(
            "unknown verdict",
            c -> c.replace("hypotheses.yaml", "verdict: confirmed", "verdict: confimed"),
            "corpus/hypotheses.yaml:5:14: error: 'confimed' is not a verdict; use one of: confirmed, partially-confirmed, not-confirmed, needs-further-research",
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
            c -> c.replace("hypotheses.yaml", "number: 1", "number: one"),
            "corpus/hypotheses.yaml:3:13: error: 'number' must be a whole number"),
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
            "empty topic list",
            c -> c.replace("findings.yaml", "topics: [sanctions]", "topics: []"),
            "corpus/findings.yaml:15:13: error: 'topics' needs at least one topic"),
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
            c -> c.replace("table.yaml", "actors: [nato]", "actors: [natto]"),
            "corpus/table.yaml:7:14: error: table row 'nato' refers to unknown actor 'natto'",
            "  hint: did you mean 'nato'?"),
        bad(
            "dangling reference in the table note",
            c -> c.replace("table.yaml", "ref: sturm-2022", "ref: statista-2022"),
            "corpus/table.yaml:20:8: error: the table note refers to unknown reference 'statista-2022'",
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
            c -> c.remove("figures.yaml"),
            "corpus/figures.yaml:1:1: error: the corpus file is missing",
            "  hint: a corpus holds article.yaml, topics.yaml, actors.yaml, findings.yaml, hypotheses.yaml, table.yaml, events.yaml, figures.yaml, footnotes.yaml, references.yaml, glossary.yaml, translations/pl.yaml"),
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
            c -> c.replace("table.yaml", "marker: \"*\"\n  text:", "marker: \"†\"\n  text:"),
            "corpus/table.yaml:16:17: error: marker '*' has no note under the table",
            "  hint: the table note's marker is '†'"));
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
