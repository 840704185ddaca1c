package org.briefing.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.model.Corpus;
import org.briefing.model.Reference;
import org.junit.jupiter.api.Test;

/** references.bib and references.json beside references.yaml: what they give and their errors. */
class ReferenceFilesTest {

  private static final String BIB =
      """
      % two entries as a reference manager exports them
      @article{kojala-2015,
        author  = {Kojala, Linas and Ivanauskas, Vilius},
        title   = {Small States and {NATO}},
        journal = {Baltic Journal of Security},
        year    = {2015},
        volume  = {3},
        number  = {2},
        pages   = {45--67},
        doi     = {10.1000/xyz123}
      }

      @misc{isa-report,
        author = {{ISA}},
        title  = {Annual assessment},
        url    = {https://example.org/isa}
      }
      """;

  private static final String JSON =
      """
      [
        {
          "id": "rowan-2024",
          "type": "report",
          "author": [{"family": "Rowan", "given": "Linda R."}],
          "editor": [{"literal": "Research Service"}],
          "issued": {"date-parts": [[2024, 4, 8]]},
          "accessed": {"raw": "1 May 2024"},
          "title": "Sanctions and their limits",
          "genre": "CRS Report",
          "number": "R47982",
          "edition": 2,
          "publisher": "Congressional Research Service",
          "URL": "https://example.org/R47982"
        },
        {"id": "undated-page", "type": "webpage", "title": "A page without a date"}
      ]
      """;

  private static Corpus read(MiniCorpus c) {
    return c.read().corpus();
  }

  private static String errors(MiniCorpus c) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, c::read);
    assertThat(e).as("errors").isNotNull();
    return BadCorpusTest.errors(e);
  }

  @Test
  void bibtexEntriesBecomeReferencesBesideTheYamlOnes() {
    Corpus corpus = read(MiniCorpus.valid().put("references.bib", BIB));
    assertThat(corpus.references())
        .extracting(Reference::id)
        .containsExactly("sturm-2022", "lrt-2022a", "kojala-2015", "isa-report");
    Reference k = corpus.reference("kojala-2015").orElseThrow();
    assertThat(k.type()).isEqualTo("article-journal");
    assertThat(k.authors())
        .containsExactly(
            Reference.Name.person("Kojala", "Linas"),
            Reference.Name.person("Ivanauskas", "Vilius"));
    assertThat(k.issued().orElseThrow().year()).isEqualTo(2015);
    assertThat(k.title()).isEqualTo("Small States and NATO");
    assertThat(k.containerTitle()).isEqualTo("Baltic Journal of Security");
    assertThat(k.field("volume")).isEqualTo("3");
    assertThat(k.field("issue")).isEqualTo("2");
    assertThat(k.field("page")).isEqualTo("45-67");
    assertThat(k.doi()).contains("10.1000/xyz123");
    assertThat(k.label()).isEqualTo("Kojala, Ivanauskas, 2015");

    Reference isa = corpus.reference("isa-report").orElseThrow();
    assertThat(isa.issued()).isEmpty();
    assertThat(isa.label()).isEqualTo("ISA, n.d.");
    assertThat(isa.url()).contains("https://example.org/isa");
  }

  @Test
  void cslJsonItemsKeepEveryVariableTheyGive() {
    Corpus corpus = read(MiniCorpus.valid().put("references.json", JSON));
    Reference r = corpus.reference("rowan-2024").orElseThrow();
    assertThat(r.type()).isEqualTo("report");
    assertThat(r.authors()).containsExactly(Reference.Name.person("Rowan", "Linda R."));
    assertThat(r.editors()).containsExactly(Reference.Name.literal("Research Service"));
    assertThat(r.issued().orElseThrow().text()).isEqualTo("2024-04-08");
    assertThat(r.accessed().orElseThrow().text()).isEqualTo("1 May 2024");
    assertThat(r.field("genre")).isEqualTo("CRS Report");
    assertThat(r.field("number")).isEqualTo("R47982");
    assertThat(r.field("edition")).isEqualTo("2");
    assertThat(r.url()).contains("https://example.org/R47982");
    assertThat(r.label()).isEqualTo("Rowan, 2024");
    Reference page = corpus.reference("undated-page").orElseThrow();
    assertThat(page.issued()).isEmpty();
    assertThat(page.label()).isEqualTo("A page without a date, n.d.");
  }

  @Test
  void aBibtexSyntaxErrorNamesItsLineAndColumn() {
    String bad = "@book{ok-2020, title = {Fine}, year = 2020}\n@book{broken-2020, title = {x}\n";
    assertThat(errors(MiniCorpus.valid().put("references.bib", bad)))
        .isEqualTo(
            "corpus/references.bib:2:31: error: this is not BibTeX: the end of the file was not"
                + " expected here\n"
                + "  hint: an entry reads @type{key, field = {value}, …}");
  }

  /**
   * A reference file's text is refused where it holds a character no text may hold, as a YAML
   * file's is: written as it is, at its line and column; through a JSON escape, at its variable.
   * (They had passed validate, and `list references` wrote an ESC sequence to the terminal.)
   */
  @Test
  void controlAndBidiCharactersInAReferenceFileAreRefused() {
    String bib = "@book{ok-2020,\n  title = {Red \u001b[31m text},\n  year = 2020}\n";
    assertThat(errors(MiniCorpus.valid().put("references.bib", bib)))
        .startsWith(
            "corpus/references.bib:2:16: error: control character U+001B is not allowed in text");
    String bidi = "@book{ok-2020, title = {Fine \u202egnirts}, year = 2020}\n";
    assertThat(errors(MiniCorpus.valid().put("references.bib", bidi)))
        .startsWith(
            "corpus/references.bib:1:30: error: bidi control U+202E is not allowed in text");
    String json =
        "[{\"id\": \"ok-2020\", \"type\": \"book\",\n"
            + "  \"title\": \"Red \\u001b[31m text\", \"issued\": {\"raw\": \"2020\"}}]\n";
    assertThat(errors(MiniCorpus.valid().put("references.json", json)))
        .startsWith(
            "corpus/references.json:2:3: error: control character U+001B is not allowed in text"
                + " (item 1 ('ok-2020'): 'title')");
    String nested =
        "[{\"id\": \"ok-2020\", \"type\": \"book\", \"title\": \"Fine\",\n"
            + "  \"author\": [{\"family\": \"X\\u2066Y\"}], \"issued\": {\"raw\": \"2020\"}}]\n";
    assertThat(errors(MiniCorpus.valid().put("references.json", nested)))
        .startsWith(
            "corpus/references.json:2:3: error: bidi control U+2066 is not allowed in text"
                + " (item 1 ('ok-2020'): 'author')");
  }

  @Test
  void aBibtexLexicalErrorNamesItsLineAndColumn() {
    String bad =
        "@book{ok-2020, title = {Fine}, year = 2020}\n\n@book{bad-2020, title = \"x\" # ~}\n";
    String errors = errors(MiniCorpus.valid().put("references.bib", bad));
    assertThat(errors).startsWith("corpus/references.bib:3:");
  }

  @Test
  void bracesNestedThousandsDeepAreRefusedAtTheBrace() {
    // 20,000 overflowed JBibTeX's LaTeX parser (exit 1); the entry's own brace counts.
    String deep =
        "@book{ok-2020, title = {Fine {{NATO}}}, year = 2020}\n@book{deep-2020,\n  title = {"
            + "{".repeat(20_000)
            + "x"
            + "}".repeat(20_000)
            + "}, year = 2020}\n";
    assertThat(errors(MiniCorpus.valid().put("references.bib", deep)))
        .startsWith(
            "corpus/references.bib:3:"
                + (10 + ReferenceFiles.MAX_BRACE_DEPTH)
                + ": error: braces nested more than "
                + ReferenceFiles.MAX_BRACE_DEPTH
                + " deep");
  }

  @Test
  void jsonNestedTooDeepIsSaidInWordsAtTheBracket() {
    String deep =
        "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"[[{not nesting\",\n  \"note\": "
            + "[".repeat(100)
            + "1"
            + "]".repeat(100)
            + "}]\n";
    assertThat(errors(MiniCorpus.valid().put("references.json", deep)))
        .startsWith(
            "corpus/references.json:2:"
                + (10 + ReferenceFiles.MAX_JSON_DEPTH - 1)
                + ": error: values nested more than "
                + ReferenceFiles.MAX_JSON_DEPTH
                + " deep")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void aBibtexEntryOfAnUnknownStringIsReported() {
    String bad = "@book{ok-2020, title = {Fine}, publisher = pub, year = 2020}\n";
    assertThat(errors(MiniCorpus.valid().put("references.bib", bad)))
        .startsWith("corpus/references.bib:1:44: error: the string 'pub' is used but not defined");
  }

  @Test
  void aBibtexKeyThatIsAlreadyAnIdIsReportedAtItsEntry() {
    String bad = "\n\n  @book{sturm-2022, title = {Twice}, year = 2022}\n";
    assertThat(errors(MiniCorpus.valid().put("references.bib", bad)))
        .startsWith("corpus/references.bib:3:3: error:")
        .contains("sturm-2022");
  }

  @Test
  void aBibtexFileGivesNoWarningForWhatTheConverterAdds() {
    assertThat(MiniCorpus.valid().put("references.bib", BIB).read().warnings())
        .extracting(d -> d.position().path())
        .doesNotContain("corpus/references.bib");
  }

  @Test
  void aJsonSyntaxErrorNamesItsLineAndColumn() {
    String bad = "[\n  {\"id\": \"a-2020\", \"type\": \"book\",}\n]\n";
    assertThat(errors(MiniCorpus.valid().put("references.json", bad)))
        .startsWith("corpus/references.json:2:")
        .contains("error: this is not JSON");
  }

  @Test
  void aJsonItemOfAnUnknownTypeIsReportedWhereTheTypeIs() {
    String bad = "[\n  {\"id\": \"a-2020\",\n   \"type\": \"artcle-journal\"}\n]\n";
    assertThat(errors(MiniCorpus.valid().put("references.json", bad)))
        .isEqualTo(
            "corpus/references.json:3:4: error: 'artcle-journal' is not a reference type\n"
                + "  hint: did you mean 'article-journal'?");
  }

  @Test
  void aJsonAddressThatIsNoWebAddressIsRefused() {
    String bad = "[{\"id\": \"a-2020\", \"type\": \"webpage\", \"URL\": \"javascript:alert(1)\"}]";
    assertThat(errors(MiniCorpus.valid().put("references.json", bad)))
        .isEqualTo(
            "corpus/references.json:1:38: error: item 1 ('a-2020'): 'javascript:alert(1)' is not"
                + " a web address this tool links to\n"
                + "  hint: only http, https and mailto addresses are allowed");
  }

  @Test
  void aJsonDateThatIsNoDateIsReported() {
    String bad =
        "[{\"id\": \"a-2020\", \"type\": \"book\",\n \"issued\": {\"date-parts\": [[\"soon\"]]}}]";
    assertThat(errors(MiniCorpus.valid().put("references.json", bad)))
        .startsWith("corpus/references.json:2:2: error: item 1 ('a-2020'): 'issued' is not a date");
  }

  @Test
  void aJsonFileThatIsNoArrayIsReported() {
    assertThat(errors(MiniCorpus.valid().put("references.json", "{\"id\": \"a\"}")))
        .startsWith("corpus/references.json:1:1: error: a CSL-JSON file holds an array of items");
  }

  @Test
  void aJsonVariableTheToolDoesNotReadIsAWarning() {
    List<Diagnostic> warnings =
        MiniCorpus.valid()
            .put(
                "references.json",
                "[{\"id\": \"a-2020\", \"type\": \"book\", \"abstract\": \"…\"}]")
            .read()
            .warnings();
    assertThat(warnings)
        .extracting(Diagnostic::message)
        .contains("item 1 ('a-2020'): 'abstract' is not read");
  }

  /**
   * What the parsers pass over without a word is an error at its place: a BibTeX key given to two
   * entries (the second was dropped), a year or month that is none (turned into "n.d." or ignored),
   * a JSON member given twice in one item (the last one won).
   */
  @Test
  void keysGivenTwiceAndDatesThatAreNoneAreErrors() {
    assertThat(
            errors(
                MiniCorpus.valid()
                    .put(
                        "references.bib",
                        "@book{bib-one, title = {A}, year = {2020}}\n"
                            + "@book{bib-one, title = {B}, year = {2021}}\n")))
        .contains(
            "references.bib:2:1: error: the key 'bib-one' is given to an earlier entry too (line"
                + " 1)");
    assertThat(
            errors(
                MiniCorpus.valid()
                    .put("references.bib", "@book{bib-two,\n title = {A},\n year = {20x0}}\n")))
        .contains(
            "references.bib:1:1: error: BibTeX entry 'bib-two': the year '20x0' is not a year");
    assertThat(
            errors(
                MiniCorpus.valid()
                    .put(
                        "references.bib",
                        "@book{bib-three, title = {A}, year = 2020, month = {13}}\n")))
        .contains("BibTeX entry 'bib-three': the month '13' is not a month");
    assertThat(
            errors(
                MiniCorpus.valid()
                    .put(
                        "references.json",
                        "[{\"id\": \"j\", \"type\": \"book\", \"title\": \"T\", \"title\": \"U\"}]")))
        .contains("references.json:1:51: error: the member 'title' is given twice in one item");
    // What is a year and a month stays readable.
    read(
        MiniCorpus.valid()
            .put(
                "references.bib",
                "@book{ok1, title = {A}, year = {2015a}, month = feb}\n"
                    + "@book{ok2, title = {B}, year = {n.d.}, month = {11}}\n"));
  }
}
