package org.briefing.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.model.Corpus;
import org.briefing.model.GlossaryTerm;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The glossary as TBX-Basic and CSV, and the trusted pairs as TMX 1.4b. */
class TermBaseAndMemoryTest {

  @Test
  void tbxHasOneEntryPerTermWithEnglishAndTheTranslation() throws Exception {
    Corpus corpus = RealCorpus.load().read();
    Document d = parse(TermBaseWriter.tbx(corpus, Language.PL));
    assertThat(d.getDocumentElement().getTagName()).isEqualTo("martif");
    assertThat(d.getDocumentElement().getAttribute("type")).isEqualTo("TBX-Basic");
    NodeList entries = d.getElementsByTagName("termEntry");
    assertThat(entries.getLength()).isEqualTo(corpus.glossary().size());
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      GlossaryTerm g = corpus.glossary().get(i);
      assertThat(e.getAttribute("id")).isEqualTo(g.id());
      NodeList langSets = e.getElementsByTagName("langSet");
      Element en = (Element) langSets.item(0);
      assertThat(en.getAttribute("xml:lang")).isEqualTo("en");
      assertThat(en.getElementsByTagName("term").item(0).getTextContent()).isEqualTo(g.term());
      String pl =
          corpus
              .translations(Language.PL)
              .unit("glossary." + g.id() + ".term")
              .map(Translation::text)
              .orElse(null);
      if (pl != null) {
        Element p = (Element) langSets.item(1);
        assertThat(p.getAttribute("xml:lang")).isEqualTo("pl");
        assertThat(p.getElementsByTagName("term").item(0).getTextContent()).isEqualTo(pl);
      } else {
        assertThat(langSets.getLength()).isEqualTo(1);
      }
    }
  }

  @Test
  void csvReadsBackWithCommasQuotesAndLineBreaksIntact() throws Exception {
    Corpus corpus =
        RealCorpus.load()
            .replace("glossary.yaml", "term: \"security\"", "term: \"security, \\\"hard\\\"\"")
            .read();
    String csv = TermBaseWriter.csv(corpus, Language.PL);
    List<CSVRecord> rows = new ArrayList<>();
    CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).forEach(rows::add);
    assertThat(rows).hasSize(corpus.glossary().size());
    CSVRecord security = rows.get(1);
    assertThat(security.get("id")).isEqualTo("security");
    assertThat(security.get("term")).isEqualTo("security, \"hard\"");
    // Its English changed, so "bezpieczeństwo" is stale: left out, as tm export leaves it out.
    assertThat(security.get("translation")).isEmpty();
    assertThat(security.get("translation status")).isEmpty();
    assertThat(rows.get(2).get("translation")).isEqualTo("dyplomacja");
    assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(TermBaseWriter.CSV_HEADER);
  }

  /** A corpus whose "diplomacy" is a draft and whose "security" is stale (its English changed). */
  private static Corpus draftAndStale() {
    return RealCorpus.load()
        .replace(
            RealCorpus.PL,
            "glossary.diplomacy.term:\n    status: article",
            "glossary.diplomacy.term:\n    status: draft")
        .replace("glossary.yaml", "term: \"security\"", "term: \"hard security\"")
        .read();
  }

  /**
   * Audit: the glossary exports gave draft and stale Polish terms with no status. A stale term is
   * left out; a draft is TBX-Basic's admitted term with a note saying so, the others preferred.
   */
  @Test
  void tbxLeavesStaleTermsOutAndGivesEachTranslationItsStatus() throws Exception {
    Document d = parse(TermBaseWriter.tbx(draftAndStale(), Language.PL));
    Element security = entry(d, "security");
    assertThat(security.getElementsByTagName("langSet").getLength()).isEqualTo(1);
    assertThat(security.getTextContent()).doesNotContain("bezpieczeństwo");
    assertThat(status(entry(d, "diplomacy"))).isEqualTo("admittedTerm-admn-sts");
    assertThat(translatedTig(entry(d, "diplomacy")).getElementsByTagName("note").item(0))
        .extracting(n -> n.getTextContent())
        .isEqualTo(TermBaseWriter.DRAFT_NOTE);
    assertThat(status(entry(d, "small-state"))).isEqualTo("preferredTerm-admn-sts");
    assertThat(translatedTig(entry(d, "small-state")).getElementsByTagName("note").getLength())
        .isZero();
  }

  @Test
  void csvLeavesStaleTermsOutAndHasAStatusColumn() throws Exception {
    List<CSVRecord> rows = new ArrayList<>();
    CSVFormat.RFC4180
        .builder()
        .setHeader()
        .get()
        .parse(new StringReader(TermBaseWriter.csv(draftAndStale(), Language.PL)))
        .forEach(rows::add);
    CSVRecord security = rows.get(1);
    assertThat(security.get("term")).isEqualTo("hard security");
    assertThat(security.get("translation")).isEmpty();
    assertThat(security.get("translation status")).isEmpty();
    assertThat(rows.get(2).get("translation")).isEqualTo("dyplomacja");
    assertThat(rows.get(2).get("translation status")).isEqualTo("draft");
    assertThat(rows.get(0).get("translation status")).isEqualTo("article");
  }

  /** Audit: a term "=HYPERLINK(…)" was written as a formula a spreadsheet would run. */
  @Test
  void csvNeutralisesSpreadsheetFormulasInEveryField() throws Exception {
    Corpus corpus =
        RealCorpus.load()
            .replace(
                "glossary.yaml", "term: \"security\"", "term: \"=HYPERLINK(\\\"http://x\\\")\"")
            .read();
    String csv = TermBaseWriter.csv(corpus, Language.PL);
    assertThat(csv).contains("security,\"'=HYPERLINK(\"\"http://x\"\")\",");
    assertThat(csv).doesNotContain(",\"=HYPERLINK");
    assertThat(csv.charAt(0)).as("no byte order mark, as the CSV renderer").isEqualTo('i');
  }

  private static Element entry(Document d, String id) {
    NodeList entries = d.getElementsByTagName("termEntry");
    for (int i = 0; i < entries.getLength(); i++) {
      if (((Element) entries.item(i)).getAttribute("id").equals(id)) {
        return (Element) entries.item(i);
      }
    }
    throw new AssertionError("no term entry " + id);
  }

  /** The tig of an entry's translated term. */
  private static Element translatedTig(Element entry) {
    Element pl = (Element) entry.getElementsByTagName("langSet").item(1);
    return (Element) pl.getElementsByTagName("tig").item(0);
  }

  /** The administrativeStatus of an entry's translated term. */
  private static String status(Element entry) {
    NodeList notes = translatedTig(entry).getElementsByTagName("termNote");
    assertThat(notes.getLength()).isEqualTo(1);
    Element note = (Element) notes.item(0);
    assertThat(note.getAttribute("type")).isEqualTo("administrativeStatus");
    return note.getTextContent();
  }

  /**
   * Every data category the TBX uses is one of TBX-Basic's (its XCS, TBXBasicXCSV02): a strict
   * checker refuses any other ({@code processStatus} was written here before).
   */
  @Test
  void tbxUsesOnlyTbxBasicDataCategoriesAndValues() throws Exception {
    Document d = parse(TermBaseWriter.tbx(draftAndStale(), Language.PL));
    java.util.Set<String> types = new java.util.TreeSet<>();
    for (String tag : List.of("termNote", "descrip", "admin", "transac", "ref", "xref")) {
      NodeList nodes = d.getElementsByTagName(tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        types.add(tag + "/" + e.getAttribute("type"));
        if (e.getAttribute("type").equals("administrativeStatus")) {
          assertThat(e.getTextContent())
              .isIn(
                  "preferredTerm-admn-sts",
                  "admittedTerm-admn-sts",
                  "deprecatedTerm-admn-sts",
                  "supersededTerm-admn-sts");
        }
      }
    }
    assertThat(types)
        .isSubsetOf(
            "termNote/administrativeStatus",
            "termNote/partOfSpeech",
            "termNote/termType",
            "termNote/geographicalUsage",
            "termNote/grammaticalGender",
            "termNote/termLocation",
            "descrip/definition",
            "descrip/context",
            "descrip/subjectField",
            "admin/source",
            "admin/customerSubset",
            "admin/projectSubset");
    assertThat(types).contains("termNote/administrativeStatus");
  }

  @Test
  void tmxHoldsExactlyTheReviewedAndArticlePairsThatAreNotStale() throws Exception {
    String oldTitle = RealCorpus.load().read().article().title();
    Corpus corpus =
        RealCorpus.load().replace("article.yaml", oldTitle, oldTitle + " Revisited").read();
    Document d = parse(TmxWriter.write(corpus, Language.PL));
    assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
    Element header = (Element) d.getElementsByTagName("header").item(0);
    assertThat(header.getAttribute("srclang")).isEqualTo("en");
    List<String> expected = new ArrayList<>();
    corpus
        .translations(Language.PL)
        .units()
        .forEach(
            (id, t) -> {
              if (t.status() != TranslationStatus.DRAFT
                  && !t.isStaleFor(Localizer.units(corpus).english(id))) {
                expected.add(id);
              }
            });
    NodeList tus = d.getElementsByTagName("tu");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < tus.getLength(); i++) {
      Element tu = (Element) tus.item(i);
      ids.add(tu.getAttribute("tuid"));
      NodeList tuvs = tu.getElementsByTagName("tuv");
      assertThat(tuvs.getLength()).isEqualTo(2);
      assertThat(((Element) tuvs.item(0)).getElementsByTagName("seg").item(0).getTextContent())
          .isEqualTo(Localizer.units(corpus).english(tu.getAttribute("tuid")));
    }
    assertThat(ids).isNotEmpty().doesNotContain("article.title").isEqualTo(expected);
    assertThat(TmxWriter.pairs(corpus, Language.PL)).isEqualTo(ids.size());
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
