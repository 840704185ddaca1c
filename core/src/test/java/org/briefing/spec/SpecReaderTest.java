package org.briefing.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.document.Marking;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;
import org.briefing.model.PartialDate;
import org.briefing.testing.SmallCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecReaderTest {
  private static final SpecReader READER =
      SpecReader.of(SmallCorpus.corpus()).withFormats(List.of("md", "html", "pdf"));

  private static String errors(String yaml) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read("spec.yaml", yaml));
    return e.diagnostics().stream().map(d -> d.format()).collect(Collectors.joining("\n"));
  }

  @Test
  void aBriefingHoldsAtMostMaxSectionsGroupsIncluded() {
    StringBuilder top = new StringBuilder("sections:\n");
    for (int i = 0; i <= SpecReader.MAX_SECTIONS; i++) {
      top.append("  - {type: key-points, limit: ").append(i + 1).append("}\n");
    }
    assertEquals(
        "spec.yaml:"
            + (SpecReader.MAX_SECTIONS + 2)
            + ":5: error: too many sections: a briefing holds at most "
            + SpecReader.MAX_SECTIONS
            + ", groups included\n  hint: split it into several briefings",
        errors(top.toString()));

    // A group counts with the sections in it: the limit is reached inside the group.
    StringBuilder grouped = new StringBuilder("sections:\n  - type: group\n    title: All\n");
    grouped.append("    sections:\n");
    for (int i = 1; i < SpecReader.MAX_SECTIONS; i++) {
      grouped.append("      - {type: key-points, limit: ").append(i).append("}\n");
    }
    assertEquals(1, READER.read("spec.yaml", grouped.toString()).sections().size());
    grouped.append("      - abstract\n");
    assertThat(errors(grouped.toString()))
        .startsWith("spec.yaml:" + (SpecReader.MAX_SECTIONS + 4) + ":9: error: too many sections");
  }

  @Test
  void readsEveryKey() {
    BriefingSpec s =
        READER.read(
            "briefings/note.yaml",
            """
            title: Gas and energy
            subtitle: One page
            series: Briefing notes
            number: "7"
            date: May 2024
            authors: [A. Author, B. Author]
            audience: Ministry of Energy
            language: bilingual
            layout: sequential
            sections:
              - key-points
              - {type: findings, group-by: date, limit: 3}
              - {type: summary-table, rows: [us], period: {from: June, to: December 2022}}
              - {type: figure, figure: figure-1, highlight: [Lithuania]}
              - type: text
                title: Why it matters
                body: "Lithuania *acted*."
                language: pl
              - {type: hypotheses, with-findings: true}
              - references
            filters:
              topics: [energy]
              actors: [lithuania]
              period: {from: March 2022, to: May 2022}
              hypotheses: [h1]
              findings: [gipl]
            max-words: 600
            max-pages: 2
            marking: TLP:AMBER+STRICT
            show-notes: true
            formats: [md, pdf]
            output: gas-note
            organisation: {name: Institute, accent: "#0b5394"}
            page-size: Letter
            created: 2024-05-01T09:00:00Z
            """);
    assertEquals("briefings/note.yaml", s.path());
    assertEquals("gas-note", s.name());
    assertEquals(Map.of(Language.EN, "Gas and energy"), s.title());
    assertEquals(Map.of(Language.EN, "One page"), s.subtitle());
    assertEquals(Optional.of("7"), s.number());
    assertEquals(List.of("A. Author", "B. Author"), s.authors());
    assertEquals(List.of(Language.EN, Language.PL), s.languages());
    assertEquals(Layout.SEQUENTIAL, s.layout());
    assertEquals(
        List.of(
            "key-points Options[limit=5]",
            "findings Options[groupBy=date, limit=3]",
            "summary-table Options[table=summary, rows=[us], period=Optional[Period[from=Optional[June],"
                + " to=Optional[December 2022]]]]",
            "figure Options[figure=figure-1, highlight=[Lithuania]]",
            "text Options[title={pl=Why it matters}, body={pl=Lithuania *acted*.}]",
            "hypotheses Options[withFindings=true]",
            "references Options[]"),
        s.sections().stream().map(x -> x.name() + " " + x.options()).toList());
    assertEquals("briefings/note.yaml:12:5", s.sections().get(1).position().toString());
    assertEquals(List.of("energy"), s.filters().topics());
    assertEquals(List.of("gipl"), s.filters().findings());
    assertEquals(
        PartialDate.parse("March 2022", 2022), s.filters().period().orElseThrow().from().get());
    assertEquals(600, s.maxWords().orElseThrow().value());
    assertEquals(2, s.maxPages().orElseThrow().value());
    assertEquals("briefings/note.yaml:27:12", s.maxWords().orElseThrow().position().toString());
    assertEquals(Optional.of(Marking.Tlp.AMBER_STRICT), s.marking().orElseThrow().tlp());
    assertTrue(s.showNotes());
    assertEquals(List.of("md", "pdf"), s.formats());
    assertEquals("Institute", s.organisation().orElseThrow().name());
    assertEquals(Optional.of("#0b5394"), s.organisation().orElseThrow().accent());
    assertEquals(PageSize.LETTER, s.pageSize());
    assertEquals(Instant.parse("2024-05-01T09:00:00Z"), s.created().orElseThrow());
  }

  @Test
  void defaults() {
    BriefingSpec s = READER.read("dir/short.yaml", "sections: [findings, timeline]\n");
    assertEquals("short", s.name());
    assertEquals(List.of(Language.EN), s.languages());
    assertEquals(Layout.PARALLEL, s.layout());
    assertEquals(PageSize.A4, s.pageSize());
    assertEquals(Filters.none(), s.filters());
    assertEquals(Optional.empty(), s.marking());
    assertEquals(
        List.of("findings Options[groupBy=topic, limit=2147483647]", "timeline Options[]"),
        s.sections().stream().map(x -> x.name() + " " + x.options()).toList());
  }

  @Test
  void aCalendarDateMustBeARealOneOtherDatesAreText() {
    assertThat(errors("sections: [abstract]\ndate: 2022-02-30\n"))
        .startsWith("spec.yaml:2:7: error: 'date' is not a date: '2022-02-30' is not a real date");
    assertThat(errors("sections: [abstract]\ndate: \"2022-13\"\n"))
        .startsWith("spec.yaml:2:7: error: 'date' is not a date: '2022-13' is not a real date");
    // In words too: a day the month does not have, in any form the tool reads.
    assertThat(errors("sections: [abstract]\ndate: 30 February 2026\n"))
        .startsWith(
            "spec.yaml:2:7: error: 'date' is not a date: '30 February 2026' is not a real date");
    assertThat(errors("sections: [abstract]\ndate: 'February 30, 2026'\n"))
        .startsWith("spec.yaml:2:7: error: 'date' is not a date: 'February 30, 2026' is not a");
    assertEquals(
        Optional.of("draft of 3 May"),
        READER.read("s.yaml", "sections: [abstract]\ndate: draft of 3 May\n").date());
  }

  @Test
  void freeMarkingIsNotATlpLabel() {
    BriefingSpec s =
        READER.read("s.yaml", "sections: [abstract]\nmarking: Do użytku wewnętrznego\n");
    assertEquals(
        new Marking("Do użytku wewnętrznego", Optional.empty()), s.marking().orElseThrow());
  }

  @Test
  void createdFallsBackToSourceDateEpochThenToTheDefault() {
    BriefingSpec s = READER.read("s.yaml", "sections: [abstract]\n");
    assertEquals(
        Instant.ofEpochSecond(1700000000), s.createdOr(Map.of("SOURCE_DATE_EPOCH", "1700000000")));
    assertEquals(BriefingSpec.DEFAULT_CREATED, s.createdOr(Map.of()));
    assertEquals(BriefingSpec.DEFAULT_CREATED, s.createdOr(Map.of("SOURCE_DATE_EPOCH", "soon")));
    BriefingSpec fixed = READER.read("s.yaml", "sections: [abstract]\ncreated: 2024-05-01\n");
    assertEquals(
        Instant.parse("2024-05-01T00:00:00Z"),
        fixed.createdOr(Map.of("SOURCE_DATE_EPOCH", "1700000000")));
  }

  static Stream<Arguments> badSpecs() {
    String dates =
        "write dates as the corpus does, such as '1 May 2022', 'From March/April', 'June'; the"
            + " forms read are "
            + PartialDate.acceptedForms();
    return Stream.of(
        Arguments.of(
            "titel: Note\nsections: [key-points]\n",
            "spec.yaml:1:1: error: unknown key 'titel' in a briefing spec\n"
                + "  hint: did you mean 'title'?"),
        Arguments.of(
            "sections: [key-points]\nfilters:\n  findings: [gilp]\n",
            "spec.yaml:3:14: error: unknown finding 'gilp'\n  hint: did you mean 'gipl'?"),
        Arguments.of(
            "sections: [timeline]\nfilters:\n  period:\n    from: Marhc 2022\n",
            "spec.yaml:4:11: error: 'from' is not a date: 'Marhc 2022' is not a date this tool"
                + " reads\n  hint: "
                + dates),
        Arguments.of(
            "sections: [key-points]\nmarking: TLP:WHITE\n",
            "spec.yaml:2:10: error: 'TLP:WHITE' is not a TLP 2.0 label\n"
                + "  hint: TLP 2.0 replaced TLP:WHITE with TLP:CLEAR"),
        Arguments.of(
            "sections: [key-points]\nmarking: tlp:amber\n",
            "spec.yaml:2:10: error: 'tlp:amber' is not a TLP 2.0 label\n"
                + "  hint: did you mean 'TLP:AMBER'?"),
        Arguments.of(
            "language: pl\nlayout: parallel\nsections: [abstract]\n",
            "spec.yaml:2:1: error: 'layout' applies only to bilingual briefings\n"
                + "  hint: remove it, or set 'language: bilingual'"),
        Arguments.of(
            "title: [a, b]\nsections: [key-points]\n",
            "spec.yaml:1:8: error: 'title' must be a text, not a list"),
        Arguments.of(
            "sections: [key-point]\n",
            "spec.yaml:1:12: error: unknown section 'key-point'\n"
                + "  hint: did you mean 'key-points'?"),
        Arguments.of(
            "language: english\nsections: [abstract]\n",
            "spec.yaml:1:11: error: 'language' must be one of en, pl, bilingual, not 'english'"),
        Arguments.of(
            "sections: [findings]\nfilters:\n  topics: [energie]\n",
            "spec.yaml:3:12: error: unknown topic 'energie'\n  hint: did you mean 'energy'?"),
        Arguments.of(
            "sections: [findings]\nfilters:\n  actors: [atlantis]\n",
            "spec.yaml:3:12: error: unknown actor 'atlantis'\n"
                + "  hint: known: lithuania, russia, belarus"),
        Arguments.of(
            "sections:\n  - {type: figure, figure: figure-2}\n",
            "spec.yaml:2:28: error: unknown figure 'figure-2'\n"
                + "  hint: did you mean 'figure-1'?"),
        Arguments.of(
            "sections: [figure]\n",
            "spec.yaml:1:12: error: a figure section needs 'figure'\n"
                + "  hint: write it as '- {type: figure, figure: figure-1}'"),
        Arguments.of(
            "sections:\n  - type: text\n    title: Hi\n",
            "spec.yaml:2:5: error: a text section needs 'body'\n  hint: add 'body: …'"),
        Arguments.of(
            "sections:\n  - type: timeline\n    group-by: date\n",
            "spec.yaml:3:5: error: unknown key 'group-by' in a timeline section\n"
                + "  hint: known keys: type"),
        Arguments.of(
            "sections:\n  - {type: findings, group-by: topics}\n",
            "spec.yaml:2:32: error: 'group-by' must be one of topic, date, not 'topics'\n"
                + "  hint: did you mean 'topic'?"),
        Arguments.of(
            "sections: [abstract]\nmax-pages: 0\n",
            "spec.yaml:2:12: error: 'max-pages' must be at least 1"),
        Arguments.of(
            "sections: [abstract]\nmax-words: many\n",
            "spec.yaml:2:12: error: 'max-words' must be a whole number"),
        Arguments.of(
            "sections: [abstract]\norganisation: {name: Institute, accent: blue}\n",
            "spec.yaml:2:41: error: 'accent' must be a colour written #rrggbb, not 'blue'\n"
                + "  hint: such as '#0b5394'"),
        Arguments.of(
            "sections: [abstract]\npage-size: A5\n",
            "spec.yaml:2:12: error: 'page-size' must be one of A4, Letter, not 'A5'\n"
                + "  hint: did you mean 'A4'?"),
        Arguments.of(
            "sections: [abstract]\ncreated: yesterday\n",
            "spec.yaml:2:10: error: 'created' must be a date and time such as"
                + " 2024-05-01T09:00:00Z, not 'yesterday'\n"
                + "  hint: a date alone (2024-05-01) means midnight UTC"),
        Arguments.of(
            "sections: [abstract]\ncreated: \"1500-01-01T00:00:00Z\"\n",
            "spec.yaml:2:10: error: 'created' must fall between the years 1583 and 9999, not"
                + " '1500-01-01T00:00:00Z'\n"
                + "  hint: the time a document says it was made, such as 2024-05-01T09:00:00Z"),
        Arguments.of(
            "sections: [abstract]\nshow-notes: yes\n",
            "spec.yaml:2:13: error: 'show-notes' must be true or false"),
        Arguments.of(
            "sections: [abstract]\nformats: [md, htlm]\n",
            "spec.yaml:2:15: error: unknown format 'htlm'\n  hint: did you mean 'html'?"),
        Arguments.of(
            "sections: [abstract]\noutput: ../notes/x\n",
            "spec.yaml:2:9: error: 'output' must be a plain file name: '../notes/x' must start"
                + " with a letter or digit\n"
                + "  hint: such as 'gas-note'; the CLI adds the extension of each format"),
        Arguments.of(
            "sections: [abstract]\norganisation: {name: Institute, logo: ../secret.png}\n",
            "spec.yaml:2:39: error: the logo '../secret.png' is outside the root folder\n"
                + "  hint: the root is "
                + Path.of("").toAbsolutePath()
                + "; name a file inside it, or widen the root with --root DIR"),
        Arguments.of(
            "sections: [timeline]\nfilters:\n  period: {from: June 2022, to: March 2022}\n",
            "spec.yaml:3:33: error: the period ends (March 2022) before it starts (June 2022)"),
        Arguments.of(
            "title: No sections\n",
            "spec.yaml:1:1: error: a briefing spec needs 'sections'\n"
                + "  hint: list them in order, such as 'sections: [key-points, findings,"
                + " references]'"),
        Arguments.of(
            "sections: [hypotheses]\nfilters: {hypotheses: [h5]}\n",
            "spec.yaml:2:24: error: unknown hypothesis 'h5'\n  hint: did you mean 'h1'?"),
        Arguments.of(
            "sections:\n  - {type: summary-table, rows: [usa]}\n",
            "spec.yaml:2:34: error: 'usa' is not a row of table 'summary'\n  hint: did you mean 'us'?"),
        Arguments.of(
            "sections:\n  - {type: figure, figure: figure-1, highlight: [Lithuana]}\n",
            "spec.yaml:2:50: error: 'Lithuana' is not a label of figure 'figure-1'\n"
                + "  hint: did you mean 'Lithuania'?"),
        Arguments.of(
            "- just\n- a list\n",
            "spec.yaml:1:1: error: a briefing spec must be a mapping of keys, not a list"),
        Arguments.of(
            "# only a comment\n",
            "spec.yaml:1:1: error: the spec is empty\n"
                + "  hint: start from one made by './briefing new NAME'"));
  }

  @Test
  void aTitleOrSubtitleMayBeGivenByLanguage() {
    BriefingSpec s =
        READER.read(
            "spec.yaml",
            """
            title: {en: Gas, pl: Gaz}
            subtitle: {pl: Notatka z 24 lutego 2022 r.}
            language: bilingual
            sections: [key-points]
            """);
    assertEquals(Map.of(Language.EN, "Gas", Language.PL, "Gaz"), s.title());
    assertEquals(Map.of(Language.PL, "Notatka z 24 lutego 2022 r."), s.subtitle());
    assertEquals(
        "spec.yaml:1:8: error: 'title' has no text in Polish (pl), the language of this briefing\n"
            + "  hint: add 'pl: …' under 'title'",
        errors("title: {en: Gas}\nlanguage: pl\nsections: [key-points]\n"));
    assertEquals(
        "spec.yaml:1:16: error: 'subtitle.pl' must be one line\n  hint: remove the line break",
        errors("subtitle: {pl: \"a\\nb\"}\nlanguage: pl\nsections: [key-points]\n"));
  }

  @ParameterizedTest
  @MethodSource("badSpecs")
  void reportsEachProblemWithItsPosition(String yaml, String expected) {
    assertEquals(expected, errors(yaml));
  }

  @Test
  void reportsEveryProblemOfASpecInOneRun() {
    String all =
        errors(
            """
            titel: Note
            language: pl
            layout: parallel
            sections: [key-points, timelime]
            filters:
              findings: [gilp]
            marking: TLP:PURPLE
            """);
    assertEquals(
        """
        spec.yaml:1:1: error: unknown key 'titel' in a briefing spec
          hint: did you mean 'title'?
        spec.yaml:3:1: error: 'layout' applies only to bilingual briefings
          hint: remove it, or set 'language: bilingual'
        spec.yaml:4:24: error: unknown section 'timelime'
          hint: did you mean 'timeline'?
        spec.yaml:6:14: error: unknown finding 'gilp'
          hint: did you mean 'gipl'?
        spec.yaml:7:10: error: 'TLP:PURPLE' is not a TLP 2.0 label
          hint: use one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED, or a\
         marking that does not start with 'TLP'""",
        all);
  }

  @Test
  void childKeysOverrideParentKeys(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("base.yaml"),
        """
        title: Base
        authors: [Analyst]
        sections: [key-points, references]
        filters:
          topics: [energy]
          period: {from: March 2022, to: May 2022}
        marking: TLP:GREEN
        """);
    Files.writeString(
        dir.resolve("child.yaml"),
        """
        extends: base.yaml
        title: Child
        sections: [findings]
        filters:
          period: {to: June 2022}
        """);
    BriefingSpec s = READER.read(dir.resolve("child.yaml"));
    assertEquals(Map.of(Language.EN, "Child"), s.title());
    assertEquals(List.of("Analyst"), s.authors());
    assertEquals(
        List.of("findings Options[groupBy=topic, limit=2147483647]"),
        s.sections().stream().map(x -> x.name() + " " + x.options()).toList());
    assertEquals(List.of("energy"), s.filters().topics());
    Period p = s.filters().period().orElseThrow();
    assertEquals("March 2022", p.from().orElseThrow().text());
    assertEquals("June 2022", p.to().orElseThrow().text());
    assertEquals("TLP:GREEN", s.marking().orElseThrow().text());
    assertEquals("child", s.name());
  }

  @Test
  void aProblemInAParentIsReportedWhereItIsWritten(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("base.yaml"), "sections: [key-points]\nfilters: {topics: [gaz]}\n");
    Files.writeString(dir.resolve("child.yaml"), "extends: base.yaml\ntitle: Child\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read(dir.resolve("child.yaml")));
    assertEquals(
        dir.resolve("base.yaml")
            + ":2:20: error: unknown topic 'gaz'\n"
            + "  hint: known: energy, sanctions, nato",
        e.diagnostics().get(0).format());
  }

  @Test
  void aParentThatIsNotUtf8IsReportedAtItsOwnBadByte(@TempDir Path dir) throws IOException {
    Files.write(
        dir.resolve("base.yaml"),
        "sections: [key-points]\nseries: Notatki o bezpieczeństwie\n"
            .getBytes(java.nio.charset.Charset.forName("ISO-8859-2")));
    Files.writeString(dir.resolve("child.yaml"), "extends: base.yaml\ntitle: Child\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read(dir.resolve("child.yaml")));
    assertEquals(
        dir.resolve("base.yaml") + ":2:28: error: byte 0xF1 is not UTF-8",
        e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
  }

  @Test
  void extendsCycleIsAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\nsections: [abstract]\n");
    Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\ntitle: B\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read(dir.resolve("a.yaml")));
    assertEquals(
        dir.resolve("b.yaml")
            + ":1:10: error: 'extends' makes a cycle: a.yaml → b.yaml → a.yaml\n"
            + "  hint: a spec cannot extend itself, directly or through others",
        e.getMessage());
  }

  @Test
  void extendsAMissingFileIsAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "extends: gone.yaml\nsections: [abstract]\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read(dir.resolve("a.yaml")));
    assertEquals(
        dir.resolve("a.yaml")
            + ":1:10: error: cannot read '"
            + dir.resolve("gone.yaml")
            + "': no such file or folder",
        e.getMessage());
  }

  @Test
  void logoIsResolvedBesideTheSpec(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("logos"));
    byte[] png = new byte[33];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(head, 0, png, 0, head.length);
    png[19] = 8;
    png[23] = 8;
    Files.write(dir.resolve("logos/i.png"), png);
    Files.writeString(
        dir.resolve("s.yaml"),
        "sections: [abstract]\norganisation: {name: I, logo: logos/i.png}\n");
    BriefingSpec s = READER.read(dir.resolve("s.yaml"));
    assertEquals(
        Optional.of(dir.resolve("logos/i.png").toAbsolutePath().normalize()),
        s.organisation().orElseThrow().logo());
    // Kept for the problems found at build time: where the spec writes the logo's path.
    assertEquals(
        Optional.of(
            new org.briefing.diagnostics.SourcePosition(dir.resolve("s.yaml").toString(), 2, 31)),
        s.organisation().orElseThrow().logoPosition());
  }

  @Test
  void anSvgLogoThatReachesOutsideItselfIsRefusedAtItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("i.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
            + "<style>@import url(http://evil/x.css);</style><rect width=\"5\" height=\"5\"/>"
            + "</svg>");
    Files.writeString(
        dir.resolve("s.yaml"), "sections: [abstract]\norganisation: {name: I, logo: i.svg}\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read(dir.resolve("s.yaml")));
    assertEquals(
        dir.resolve("s.yaml")
            + ":2:31: error: the logo imports a style sheet from outside itself, @import in"
            + " <style> (line 1, column 111)\n"
            + "  hint: a logo must be self-contained: an SVG with links and url() only to #ids"
            + " inside it, no @import, <!DOCTYPE>, scripts or <foreignObject>",
        e.getMessage());
  }

  @Test
  void aMalformedSvgLogoIsRefusedAtItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("i.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>");
    Files.writeString(
        dir.resolve("s.yaml"), "sections: [abstract]\norganisation: {name: I, logo: i.svg}\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> READER.read(dir.resolve("s.yaml")));
    assertTrue(
        e.getMessage()
            .startsWith(
                dir.resolve("s.yaml")
                    + ":2:31: error: the logo is not a well-formed SVG file: line 1, column"),
        e.getMessage());
  }
}
