package org.briefing.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * XLIFF 1.2 and 2.0 side by side: every exported file is valid, and a round trip through a CAT
 * tool's edits changes exactly the edited units.
 */
class XliffExchangeTest {
  private static final String NS12 = Xliff12Writer.NAMESPACE;

  /** The OASIS XLIFF 2.0 core schema, as Okapi's XLIFF 2 library ships it. */
  private static Schema xliff20() throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    return f.newSchema(
        XliffExchangeTest.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd"));
  }

  @Test
  void everyXliff20ExportValidatesAgainstTheOasisSchema() throws Exception {
    Schema schema = xliff20();
    Corpus shipped = RealCorpus.load().read();
    String oldTitle = shipped.article().title();
    Corpus stale = RealCorpus.load().replace("article.yaml", oldTitle, oldTitle + " <&>").read();
    // A translation in two paragraphs goes out with xml:space="preserve".
    Corpus paragraphs =
        RealCorpus.load()
            .replace(RealCorpus.PL, "text: \"Wprowadzenie\"", "text: \"Wprowa\\n\\ndzenie\"")
            .read();
    org.assertj.core.api.Assertions.assertThat(XliffWriter.write(paragraphs, Language.PL))
        .contains("<unit id=\"section.introduction.title\" xml:space=\"preserve\">");
    for (Corpus c : List.of(shipped, stale, paragraphs)) {
      String xliff = XliffWriter.write(c, Language.PL);
      schema.newValidator().validate(new StreamSource(new StringReader(xliff)));
    }
  }

  @Test
  void xliff12MapsStatusesToStatesLocksTheArticlesTextAndNotesKindAndTerms() throws Exception {
    Corpus corpus = RealCorpus.load().read();
    Document d = parse(Xliff12Writer.write(corpus, Language.PL));
    Element root = d.getDocumentElement();
    assertThat(root.getAttribute("version")).isEqualTo("1.2");
    Element file = (Element) root.getElementsByTagNameNS(NS12, "file").item(0);
    assertThat(file.getAttribute("source-language")).isEqualTo("en");
    assertThat(file.getAttribute("target-language")).isEqualTo("pl");
    NodeList units = d.getElementsByTagNameNS(NS12, "trans-unit");
    assertThat(units.getLength()).isEqualTo(Localizer.units(corpus).units().size());
    for (int i = 0; i < units.getLength(); i++) {
      Element u = (Element) units.item(i);
      Translation t = corpus.translations(Language.PL).unit(u.getAttribute("id")).orElseThrow();
      Element target = (Element) u.getElementsByTagNameNS(NS12, "target").item(0);
      String expected =
          t.status() == TranslationStatus.DRAFT ? "needs-review-translation" : "final";
      assertThat(target.getAttribute("state")).as(t.unitId()).isEqualTo(expected);
      assertThat(u.getAttribute("translate"))
          .as(t.unitId())
          .isEqualTo(t.status() == TranslationStatus.ARTICLE ? "no" : "");
      Element firstNote = (Element) u.getElementsByTagNameNS(NS12, "note").item(0);
      assertThat(firstNote.getAttribute("from")).isEqualTo("briefing-kind");
    }
    Element title = unit(d, "article.title");
    assertThat(notes(title)).containsEntry("briefing-kind", "paper title (article.yaml)");
    String finding = "finding.crimea-security-attention.statement";
    assertThat(notes(unit(d, finding)).get("briefing-terms"))
        .startsWith("Glossary terms: ")
        .contains("security \u2192 bezpieczeństwo");
  }

  @Test
  void anUnchangedXliff12RoundTripChangesNothing() {
    Corpus corpus = RealCorpus.load().read();
    TranslationsMerger.Result r = roundTrip(corpus, Xliff12Writer.write(corpus, Language.PL));
    assertThat(r.updated()).isEmpty();
    assertThat(r.translations()).isEqualTo(corpus.translations(Language.PL));
  }

  @Test
  void aCatToolsEditsInXliff12AndXliff20ChangeExactlyTheEditedUnits() {
    Corpus corpus = RealCorpus.load().read();
    String edited = "section.conclusions.title";
    String confirmed = "section.introduction.title";
    Map<String, Translation> before = corpus.translations(Language.PL).units();

    // XLIFF 1.2 as OmegaT writes it back: a new target marked translated, another signed off.
    String v12 =
        Xliff12Writer.write(corpus, Language.PL)
            .replaceFirst(
                "(?s)(<trans-unit id=\""
                    + edited
                    + "\">.*?<target xml:lang=\"pl\") state=\"needs-review-translation\">"
                    + "Wnioski</target>",
                "$1 state=\"translated\">Wnioski końcowe</target>")
            .replaceFirst(
                "(?s)(<trans-unit id=\""
                    + confirmed
                    + "\">.*?<target xml:lang=\"pl\") state=\"needs-review-translation\">",
                "$1 state=\"final\">");
    // The same edits in XLIFF 2.0.
    String v20 =
        XliffWriter.write(corpus, Language.PL)
            .replaceFirst(
                "(?s)(<unit id=\"" + edited + "\">.*?)<target>Wnioski</target>",
                "$1<target>Wnioski końcowe</target>")
            .replaceFirst(
                "(?s)(<unit id=\"" + confirmed + "\">.*?)<segment state=\"translated\">",
                "$1<segment state=\"final\">");
    for (String xliff : List.of(v12, v20)) {
      TranslationsMerger.Result r = roundTrip(corpus, xliff);
      assertThat(r.updated()).extracting(Translation::unitId).containsExactly(confirmed, edited);
      Translation e = r.translations().unit(edited).orElseThrow();
      assertThat(e.text()).isEqualTo("Wnioski końcowe");
      assertThat(e.status()).isEqualTo(TranslationStatus.DRAFT);
      assertThat(e.source()).contains("Conclusions");
      assertThat(e.fingerprint()).isEqualTo(Fingerprint.of("Conclusions"));
      Translation c = r.translations().unit(confirmed).orElseThrow();
      assertThat(c.status()).isEqualTo(TranslationStatus.REVIEWED);
      assertThat(c.text()).isEqualTo(before.get(confirmed).text());
      Map<String, Translation> rest =
          r.translations().units().entrySet().stream()
              .filter(x -> !x.getKey().equals(edited) && !x.getKey().equals(confirmed))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      assertThat(rest).hasSize(before.size() - 2);
      rest.forEach((id, t) -> assertThat(t).as(id).isEqualTo(before.get(id)));
    }
  }

  @Test
  void xliff20LocksTheArticlesOwnTextOnItsUnitsAsXliff12Does() throws Exception {
    Corpus corpus = RealCorpus.load().read();
    Document d = parse(XliffWriter.write(corpus, Language.PL));
    NodeList units = d.getElementsByTagNameNS(XliffWriter.NAMESPACE, "unit");
    int locked = 0;
    for (int i = 0; i < units.getLength(); i++) {
      Element u = (Element) units.item(i);
      boolean article =
          corpus
              .translations(Language.PL)
              .unit(u.getAttribute("id"))
              .filter(t -> t.status() == TranslationStatus.ARTICLE)
              .isPresent();
      assertThat(u.getAttribute("translate"))
          .as(u.getAttribute("id"))
          .isEqualTo(article ? "no" : "");
      locked += article ? 1 : 0;
    }
    assertThat(locked).isPositive();
    // Once the English changes, the old text is stale: the unit is open for translation again.
    String oldTitle = corpus.article().title();
    Corpus stale = RealCorpus.load().replace("article.yaml", oldTitle, oldTitle + " (new)").read();
    assertThat(XliffWriter.write(stale, Language.PL)).contains("<unit id=\"article.title\">");
    assertThat(Xliff12Writer.write(stale, Language.PL))
        .contains("<trans-unit id=\"article.title\">");
  }

  @Test
  void anEditedLockedUnitIsIgnoredWithAWarningInXliff12AndXliff20() {
    Corpus corpus = RealCorpus.load().read();
    String locked = "article.title";
    Translation before = corpus.translations(Language.PL).unit(locked).orElseThrow();
    assertThat(before.status()).isEqualTo(TranslationStatus.ARTICLE);
    String edited = "Zmieniony tytuł";
    String open = "section.conclusions.title";
    String v12 = Xliff12Writer.write(corpus, Language.PL);
    String v20 = XliffWriter.write(corpus, Language.PL);
    v12 = retarget(retarget(v12, locked, "[^<]*", edited), open, "Wnioski", "Wnioski końcowe");
    v20 = retarget(retarget(v20, locked, "[^<]*", edited), open, "Wnioski", "Wnioski końcowe");
    for (String xliff : List.of(v12, v20)) {
      assertThat(xliff).contains(edited).contains("Wnioski końcowe");
      TranslationsMerger.Result r = roundTrip(corpus, xliff);
      assertThat(r.translations().unit(locked)).contains(before);
      assertThat(r.updated()).extracting(Translation::unitId).containsExactly(open);
      assertThat(r.warnings()).hasSize(1);
      assertThat(r.warnings().get(0).message())
          .contains("'" + locked + "' is locked")
          .contains("article's own text");
      assertThat(r.warnings().get(0).position().line()).isPositive();
      assertThat(r.summary()).endsWith("1 locked (edit ignored)");
    }
  }

  @Test
  void aUnitTheFileLocksIsNotImportedEvenWhenTheCorpusDoesNotLockIt() {
    Corpus corpus = RealCorpus.load().read();
    String unit = "section.conclusions.title";
    String v20 =
        XliffWriter.write(corpus, Language.PL)
            .replaceFirst(
                "(?s)<unit id=\"" + unit + "\">(.*?<target>)Wnioski",
                "<unit id=\"" + unit + "\" translate=\"no\">$1Wnioski końcowe");
    TranslationsMerger.Result r = roundTrip(corpus, v20);
    assertThat(r.updated()).isEmpty();
    assertThat(r.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).doesNotContain("article's own text"));
  }

  @Test
  void aGroupsTranslateNoIsInheritedByItsUnitsInBothVersionsAndAUnitsOwnValueWins() {
    Corpus corpus = RealCorpus.load().read();
    String unit = "section.conclusions.title";
    String other = "section.introduction.title";
    List<String> files = new java.util.ArrayList<>();
    for (String element : List.of("unit", "trans-unit")) {
      String x =
          element.equals("unit")
              ? XliffWriter.write(corpus, Language.PL)
              : Xliff12Writer.write(corpus, Language.PL);
      x = retarget(retarget(x, unit, "Wnioski", "Wnioski końcowe"), other, "[^<]*", "Nowy wstęp");
      // Each edited unit goes into a locked group; the second says translate="yes" itself.
      String open = "<" + element + " id=\"";
      x =
          x.replaceFirst(
                  "(?s)" + open + unit + "\">.*?</" + element + ">",
                  "<group id=\"a\" translate=\"no\">$0</group>")
              .replaceFirst(
                  "(?s)" + open + other + "\"(.*?</" + element + ">)",
                  "<group id=\"b\" translate=\"no\">"
                      + open
                      + other
                      + "\" translate=\"yes\"$1</group>");
      files.add(x);
    }
    for (String xliff : files) {
      assertThat(xliff).contains("translate=\"yes\"");
      TranslationsMerger.Result r = roundTrip(corpus, xliff);
      assertThat(r.updated()).extracting(Translation::unitId).containsExactly(other);
      assertThat(r.warnings())
          .singleElement()
          .satisfies(w -> assertThat(w.message()).startsWith("'" + unit + "' is locked"));
    }
  }

  @Test
  void xliff12InlineCodesAreRefusedAndUnknownStatesReported() {
    Corpus corpus = RealCorpus.load().read();
    String xliff =
        Xliff12Writer.write(corpus, Language.PL)
            .replaceFirst("state=\"needs-review-translation\">", "state=\"done\">")
            .replaceFirst("<target xml:lang=\"pl\" state=\"final\">", "$0<ph id=\"1\"/>");
    List<String> errors =
        assertThatErrors(corpus, xliff).stream()
            .map(org.briefing.diagnostics.Diagnostic::message)
            .toList();
    assertThat(errors)
        .anyMatch(m -> m.startsWith("unknown target state 'done'"))
        .anyMatch(m -> m.startsWith("<ph> in the target of"));
  }

  private static List<org.briefing.diagnostics.Diagnostic> assertThatErrors(
      Corpus corpus, String xliff) {
    try {
      XliffReader.of(Localizer.units(corpus), Language.PL)
          .read("pl.xlf", xliff.getBytes(StandardCharsets.UTF_8));
    } catch (org.briefing.diagnostics.InvalidInputException e) {
      return e.diagnostics();
    }
    throw new AssertionError("no error");
  }

  /** Replaces what a regex matches at the start of a unit's target, as a CAT tool edits it. */
  private static String retarget(String xliff, String unitId, String old, String text) {
    return xliff.replaceFirst(
        "(?s)(<(?:trans-)?unit id=\"" + unitId + "\"[^>]*>.*?<target[^>]*>)" + old, "$1" + text);
  }

  private static TranslationsMerger.Result roundTrip(Corpus corpus, String xliff) {
    List<XliffUnit> units =
        XliffReader.of(Localizer.units(corpus), Language.PL)
            .read("pl.xlf", xliff.getBytes(StandardCharsets.UTF_8))
            .units();
    return TranslationsMerger.merge(corpus, Language.PL, units);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element unit(Document d, String id) {
    NodeList units = d.getElementsByTagNameNS(NS12, "trans-unit");
    for (int i = 0; i < units.getLength(); i++) {
      if (((Element) units.item(i)).getAttribute("id").equals(id)) {
        return (Element) units.item(i);
      }
    }
    throw new AssertionError("no unit " + id);
  }

  private static Map<String, String> notes(Element unit) {
    NodeList n = unit.getElementsByTagNameNS(NS12, "note");
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n.getLength(); i++) {
      Element e = (Element) n.item(i);
      m.put(e.getAttribute("from"), e.getTextContent());
    }
    return m;
  }
}
