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
    assertThat(security.get("translation")).isEqualTo("bezpieczeństwo");
    assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(TermBaseWriter.CSV_HEADER);
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
