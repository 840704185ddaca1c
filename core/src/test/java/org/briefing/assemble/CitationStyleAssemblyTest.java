package org.briefing.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.briefing.testing.PlainText;
import org.junit.jupiter.api.Test;

/** A spec's {@code citation-style}: citations and the reference list in a CSL style. */
class CitationStyleAssemblyTest {
  private static final Corpus CORPUS =
      CorpusReader.read(Path.of("..", "briefings", "corpus")).corpus();
  private static final Assembler ASSEMBLER = Assembler.of(CORPUS).withEnvironment(Map.of());

  /** The Lithuania finding whose three sources the article cites in one parenthesis. */
  private static final String GROUP = "filters: {findings: [crimea-security-attention]}\n";

  private static Document doc(String yaml) {
    return ASSEMBLER
        .assemble(SpecReader.of(CORPUS).withFormats(List.of()).read("test.yaml", yaml))
        .document();
  }

  private static <T> List<T> all(Document d, Class<T> type) {
    List<T> out = new ArrayList<>();
    AbstractVisitor v =
        new AbstractVisitor() {
          @Override
          protected void visitAll(List<? extends org.briefing.document.Node> nodes) {
            for (org.briefing.document.Node n : nodes) {
              if (type.isInstance(n)) {
                out.add(type.cast(n));
              }
              n.accept(this);
            }
          }
        };
    d.blocks()
        .forEach(
            b ->
                v.visit(
                    new Block.Part(
                        "all",
                        org.briefing.i18n.Language.EN,
                        java.util.Optional.empty(),
                        List.of(b))));
    return out;
  }

  private static List<String> referenceList(Document d) {
    List<Block.ListBlock> lists = all(d, Block.ListBlock.class);
    Block.ListBlock last = lists.get(lists.size() - 1);
    return last.items().stream().map(i -> PlainText.of(i).strip()).toList();
  }

  @Test
  void byDefaultACitationGroupIsOneParenthesisWithThePapersLabels() {
    List<Inline.Citation> c =
        all(doc("sections: [findings, references]\n" + GROUP), Inline.Citation.class);
    assertEquals(1, c.size());
    assertEquals("(Gritėnas, 2017; Vilson, 2015; Kojala, Ivanauskas, 2015)", c.get(0).plainText());
    assertEquals(
        List.of("Gritėnas, 2017", "Kojala, Ivanauskas, 2015", "Vilson, 2015"),
        referenceList(doc("sections: [findings, references]\n" + GROUP)));
  }

  @Test
  void anAuthorDateStyleFormatsTheGroupAndTheList() {
    Document d = doc("citation-style: apa\nsections: [findings, references]\n" + GROUP);
    List<Inline.Citation> c = all(d, Inline.Citation.class);
    assertEquals(1, c.size());
    assertEquals("(Gritėnas, 2017; Kojala & Ivanauskas, 2015; Vilson, 2015)", c.get(0).plainText());
    assertEquals(
        List.of("Gritėnas. (2017).", "Kojala, & Ivanauskas. (2015).", "Vilson. (2015)."),
        referenceList(d));
  }

  @Test
  void aNoteStyleTurnsEachCitationGroupIntoALetteredNote() {
    Document d =
        doc(
            "citation-style: chicago-notes-bibliography\nsections: [findings, references]\n"
                + GROUP);
    assertTrue(all(d, Inline.Citation.class).isEmpty());
    List<Inline.NoteRef> refs = all(d, Inline.NoteRef.class);
    assertEquals(List.of("a"), refs.stream().map(Inline.NoteRef::marker).toList());
    List<Block.Footnote> notes = all(d, Block.Footnote.class);
    assertEquals(1, notes.size());
    assertEquals(refs.get(0).id(), notes.get(0).id());
    assertEquals(
        "Gritėnas, 2017; Vilson, 2015; Kojala and Ivanauskas, 2015.",
        PlainText.of(notes.get(0).content()).strip());
  }

  /** Two works of one author and year, told apart by the paper's letters only, stay apart. */
  @Test
  void aNoteKeepsThePapersYearLetter() {
    Document d =
        doc(
            "citation-style: chicago-notes-bibliography\nsections: [findings]\n"
                + "filters: {findings: [domino-effect, norkevicius-threats]}\n");
    List<String> notes =
        all(d, Block.Footnote.class).stream().map(n -> PlainText.of(n.content()).strip()).toList();
    assertTrue(notes.contains("LRT, 2022a."), notes.toString());
    assertTrue(notes.contains("LRT, 2022c."), notes.toString());
  }

  @Test
  void anUnknownStyleIsAnErrorWithAHint() {
    org.briefing.diagnostics.InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.briefing.diagnostics.InvalidInputException.class,
            () -> doc("citation-style: chicago-author-dat\nsections: [references]\n"));
    String text =
        e.diagnostics().stream()
            .map(org.briefing.diagnostics.Diagnostic::format)
            .reduce("", String::concat);
    assertTrue(
        text.startsWith("test.yaml:1:17: error: 'citation-style' must be one of paper, apa,"),
        text);
    assertTrue(text.contains("did you mean 'chicago-author-date'?"), text);
  }

  @Test
  void aStyleThatListsNoneOfTheCitedSourcesLeavesTheListOutAndSaysWhy() {
    // Chicago's note style lists no unpublished document; the article's sources are typed so
    String yaml =
        "citation-style: chicago-notes-bibliography\nsections: [findings, references]\n" + GROUP;
    List<String> warnings =
        ASSEMBLER
            .assemble(SpecReader.of(CORPUS).withFormats(List.of()).read("test.yaml", yaml))
            .warnings()
            .stream()
            .map(org.briefing.diagnostics.Diagnostic::message)
            .toList();
    assertTrue(
        warnings.stream().anyMatch(w -> w.contains("lists none of the sources the briefing cites")),
        warnings.toString());
  }

  @Test
  void lettersCountOnPastZ() {
    assertEquals(
        List.of("a", "z", "aa", "az", "ba"),
        List.of(1, 26, 27, 52, 53).stream().map(Assembler::letters).toList());
  }
}
