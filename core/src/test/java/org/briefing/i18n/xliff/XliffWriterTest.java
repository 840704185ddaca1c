package org.briefing.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.corpus.CorpusReader;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.UnitCatalog;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XliffWriterTest {
  private static final String NS = XliffWriter.NAMESPACE;

  @Test
  void exportsEveryUnitOfTheRealCorpusInCatalogOrderWithItsState() throws Exception {
    Corpus corpus = CorpusReader.readDefault().corpus();
    UnitCatalog catalog = Localizer.units(corpus);
    byte[] xliff = XliffWriter.bytes(corpus, Language.PL);

    Document doc = parse(xliff);
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(NS);
    assertThat(root.getLocalName()).isEqualTo("xliff");
    assertThat(root.getAttribute("version")).isEqualTo("2.0");
    assertThat(root.getAttribute("srcLang")).isEqualTo("en");
    assertThat(root.getAttribute("trgLang")).isEqualTo("pl");
    NodeList files = doc.getElementsByTagNameNS(NS, "file");
    assertThat(files.getLength()).isEqualTo(1);
    assertThat(((Element) files.item(0)).getAttribute("id")).isEqualTo("corpus");

    NodeList units = doc.getElementsByTagNameNS(NS, "unit");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < units.getLength(); i++) {
      Element unit = (Element) units.item(i);
      String id = unit.getAttribute("id");
      ids.add(id);
      Element segment = only(unit, "segment");
      assertThat(only(segment, "source").getTextContent()).isEqualTo(catalog.english(id));
      Translation t = corpus.translations(Language.PL).unit(id).orElse(null);
      NodeList target = segment.getElementsByTagNameNS(NS, "target");
      if (t == null) {
        assertThat(segment.getAttribute("state")).as(id).isEqualTo("initial");
        assertThat(target.getLength()).as(id).isZero();
      } else {
        String expected =
            switch (t.status()) {
              case ARTICLE -> "final";
              case REVIEWED -> "reviewed";
              case DRAFT -> "translated";
            };
        assertThat(segment.getAttribute("state")).as(id).isEqualTo(expected);
        assertThat(target.item(0).getTextContent()).as(id).isEqualTo(t.text());
        assertThat(notes(unit, "briefing-fingerprint")).containsExactly(t.fingerprint());
        assertThat(notes(unit, "briefing-stale")).isEmpty();
      }
    }
    assertThat(ids).containsExactlyElementsOf(catalog.units().keySet());
    assertThat(new String(xliff, StandardCharsets.UTF_8))
        .contains("<unit id=\"article.title\" translate=\"no\">", "<segment state=\"final\">")
        .contains("<segment state=\"translated\">");
  }

  @Test
  void theSameCorpusGivesTheSameBytes() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    assertThat(XliffWriter.bytes(corpus, Language.PL))
        .isEqualTo(XliffWriter.bytes(CorpusReader.readDefault().corpus(), Language.PL));
  }

  @Test
  void aStaleTranslationGoesOutAsInitialWithItsTargetAndANote() throws Exception {
    String oldTitle = CorpusReader.readDefault().corpus().article().title();
    Corpus corpus =
        RealCorpus.load().replace("article.yaml", oldTitle, oldTitle + " Revisited").read();
    Document doc = parse(XliffWriter.bytes(corpus, Language.PL));

    Element unit = unit(doc, "article.title");
    Element segment = only(unit, "segment");
    assertThat(segment.getAttribute("state")).isEqualTo("initial");
    assertThat(only(segment, "source").getTextContent()).isEqualTo(oldTitle + " Revisited");
    assertThat(only(segment, "target").getTextContent())
        .isEqualTo(corpus.translations(Language.PL).unit("article.title").orElseThrow().text());
    assertThat(notes(unit, "briefing-stale"))
        .singleElement()
        .asString()
        .contains("The English changed since this was translated")
        .contains(Fingerprint.of(oldTitle + " Revisited"));
    assertThat(notes(unit, "briefing-fingerprint")).containsExactly(Fingerprint.of(oldTitle));
  }

  @Test
  void aUnitWithoutTranslationGoesOutAsInitialWithoutTarget() throws Exception {
    RealCorpus real = RealCorpus.load();
    String pl = real.file(RealCorpus.PL);
    int from = pl.indexOf("  article.keywords:\n");
    int to = pl.indexOf("  article.methodology.1:\n");
    Corpus corpus = real.put(RealCorpus.PL, pl.substring(0, from) + pl.substring(to)).read();

    Element unit = unit(parse(XliffWriter.bytes(corpus, Language.PL)), "article.keywords");
    Element segment = only(unit, "segment");
    assertThat(segment.getAttribute("state")).isEqualTo("initial");
    assertThat(segment.getElementsByTagNameNS(NS, "target").getLength()).isZero();
    // What the unit is and its glossary terms, but no fingerprint: nothing was translated.
    assertThat(notes(unit, "briefing-kind")).containsExactly("keywords (article.yaml)");
    assertThat(notes(unit, "briefing-terms")).singleElement().asString().contains("small state");
    assertThat(notes(unit, "briefing-fingerprint")).isEmpty();
    assertThat(notes(unit, "briefing-stale")).isEmpty();
  }

  @Test
  void markupAndCharactersXmlCannotCarryAreEscapedAndReadBack() {
    String text = "Tom & Jerry <b>said</b>\r\"no\" > 5";
    String yaml = "\"Tom & Jerry <b>said</b>\\r\\\"no\\\" > 5\"";
    String id = "finding.escaping-test.statement";
    RealCorpus real =
        RealCorpus.load()
            .replace(
                "findings.yaml",
                "findings:\n",
                "findings:\n  - id: escaping-test\n    statement: "
                    + yaml
                    + "\n    topics: [energy]\n    source: {section: introduction, quote: \"x\"}"
                    + "\n");
    real =
        real.put(
            RealCorpus.PL,
            real.file(RealCorpus.PL)
                + "  "
                + id
                + ":\n    status: draft\n    fingerprint: "
                + Fingerprint.of(text)
                + "\n    text: "
                + yaml
                + "\n");
    Corpus corpus = real.read();
    assertThat(Localizer.units(corpus).english(id)).isEqualTo(text);

    String xliff = XliffWriter.write(corpus, Language.PL);

    String escaped = "Tom &amp; Jerry &lt;b&gt;said&lt;/b&gt;&#13;\"no\" &gt; 5";
    assertThat(xliff)
        .contains("<source>" + escaped + "</source>")
        .contains("<target>" + escaped + "</target>");
    XliffUnit unit =
        XliffReader.of(Localizer.units(corpus), Language.PL)
            .read("x.xlf", xliff.getBytes(StandardCharsets.UTF_8))
            .units()
            .stream()
            .filter(u -> u.unitId().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(unit.target()).contains(text);
  }

  @Test
  void englishIsNotATarget() {
    Corpus corpus = CorpusReader.readDefault().corpus();
    assertThatThrownBy(() -> XliffWriter.write(corpus, Language.EN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static Element unit(Document doc, String id) {
    NodeList units = doc.getElementsByTagNameNS(NS, "unit");
    for (int i = 0; i < units.getLength(); i++) {
      if (((Element) units.item(i)).getAttribute("id").equals(id)) {
        return (Element) units.item(i);
      }
    }
    throw new AssertionError("no unit " + id);
  }

  private static Element only(Element parent, String name) {
    NodeList l = parent.getElementsByTagNameNS(NS, name);
    assertThat(l.getLength()).as(name + " in " + parent.getAttribute("id")).isEqualTo(1);
    return (Element) l.item(0);
  }

  private static List<String> notes(Element unit, String category) {
    Map<String, List<String>> byCategory = new LinkedHashMap<>();
    NodeList l = unit.getElementsByTagNameNS(NS, "note");
    for (int i = 0; i < l.getLength(); i++) {
      Element n = (Element) l.item(i);
      byCategory
          .computeIfAbsent(n.getAttribute("category"), k -> new ArrayList<>())
          .add(n.getTextContent());
    }
    return byCategory.getOrDefault(category, List.of());
  }
}
