package org.briefing.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every exchange file the tool writes is checked against the schema its standard publishes, taken
 * from a registry artifact, never from a hand copy: XLIFF 1.2 against the OASIS strict XSD that
 * Okapi's verification library ships (Maven Central, test scope); TMX 1.4b against the LISA
 * tmx14.dtd and TBX against the TBX core-structure XSD that OmegaT ships in its jar (Debian's
 * {@code omegat} package, which CI installs). Each check is also shown to fail on a broken file, so
 * a green run means the schema really was applied.
 */
class ExchangeSchemasTest {
  /** Where Debian's {@code omegat} package puts the jar that carries tmx14.dtd and tbx.xsd. */
  private static final Path OMEGAT_JAR = Path.of("/usr/share/omegat/OmegaT.jar");

  private static Schema xsd(URL url) throws SAXException {
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
  }

  private static Schema xliff12Strict() throws SAXException {
    URL url =
        ExchangeSchemasTest.class.getResource(
            "/net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd");
    assertThat(url).as("okapi-lib-verification on the test class path").isNotNull();
    return xsd(url);
  }

  private static URL inOmegaT(String entry) throws Exception {
    if (!Files.isRegularFile(OMEGAT_JAR) && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(
          "CI installs Debian's omegat package (.ci/run); " + OMEGAT_JAR + " is missing");
    }
    assumeTrue(
        Files.isRegularFile(OMEGAT_JAR),
        "Debian's omegat package is not installed (apt-get install omegat)");
    return java.net.URI.create("jar:" + OMEGAT_JAR.toUri() + "!/schemas/" + entry).toURL();
  }

  private static void validate(Schema schema, String xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  /** Validates a TMX document against tmx14.dtd, as its DOCTYPE names it. */
  private static void validateTmx(String tmx) throws Exception {
    URL dtd = inOmegaT("tmx14.dtd");
    String withDoctype = tmx.replaceFirst("<tmx ", "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx ");
    assertThat(withDoctype).contains("<!DOCTYPE");
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setValidating(true);
    // DefaultHandler already throws on fatal errors; validity errors must throw too.
    DefaultHandler strict =
        new DefaultHandler() {
          @Override
          public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            if (systemId == null || !systemId.endsWith("tmx14.dtd")) {
              throw new SAXException("unexpected entity " + systemId);
            }
            try {
              return new InputSource(dtd.openStream());
            } catch (java.io.IOException e) {
              throw new SAXException(e);
            }
          }

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }
        };
    f.newSAXParser()
        .parse(new ByteArrayInputStream(withDoctype.getBytes(StandardCharsets.UTF_8)), strict);
  }

  private static List<Corpus> corpora() {
    Corpus shipped = RealCorpus.load().read();
    String title = shipped.article().title();
    // A stale translation and markup characters in the English exercise the other branches.
    Corpus stale = RealCorpus.load().replace("article.yaml", title, title + " <&>").read();
    // A translation in two paragraphs goes out with xml:space="preserve".
    Corpus paragraphs =
        RealCorpus.load()
            .replace(RealCorpus.PL, "text: \"Wprowadzenie\"", "text: \"Wprowa\\n\\ndzenie\"")
            .read();
    assertThat(Xliff12Writer.write(paragraphs, Language.PL)).contains("xml:space=\"preserve\"");
    return List.of(shipped, stale, paragraphs);
  }

  @Test
  void everyXliff12ExportValidatesAgainstTheOasisStrictSchema() throws Exception {
    Schema schema = xliff12Strict();
    for (Corpus c : corpora()) {
      validate(schema, Xliff12Writer.write(c, Language.PL));
    }
  }

  @Test
  void theXliff12SchemaRejectsABrokenFile() throws Exception {
    Schema schema = xliff12Strict();
    String good = Xliff12Writer.write(RealCorpus.load().read(), Language.PL);
    // A state outside the 1.2 list, and a trans-unit without its required source.
    String badState = good.replaceFirst("state=\"final\"", "state=\"done\"");
    String noSource = good.replaceFirst("(?s)<source [^>]*>.*?</source>", "");
    for (String bad : List.of(badState, noSource)) {
      assertThat(bad).isNotEqualTo(good);
      assertThatThrownBy(() -> validate(schema, bad)).isInstanceOf(SAXParseException.class);
    }
  }

  @Test
  void everyTmxExportValidatesAgainstTmx14Dtd() throws Exception {
    for (Corpus c : corpora()) {
      validateTmx(TmxWriter.write(c, Language.PL));
    }
  }

  @Test
  void theTmxDtdRejectsABrokenFile() throws Exception {
    String good = TmxWriter.write(RealCorpus.load().read(), Language.PL);
    // A <tuv> without its <seg>, and a header without its required srclang.
    String noSeg = good.replaceFirst("(?s)<seg>.*?</seg>", "");
    String noSrclang = good.replaceFirst(" srclang=\"en\"", "");
    for (String bad : List.of(noSeg, noSrclang)) {
      assertThat(bad).isNotEqualTo(good);
      assertThatThrownBy(() -> validateTmx(bad)).isInstanceOf(SAXParseException.class);
    }
  }

  @Test
  void everyTbxExportValidatesAgainstTheTbxCoreStructure() throws Exception {
    Schema schema = xsd(inOmegaT("tbx.xsd"));
    for (Corpus c : corpora()) {
      validate(schema, TermBaseWriter.tbx(c, Language.PL));
    }
  }

  @Test
  void theTbxSchemaRejectsABrokenFile() throws Exception {
    Schema schema = xsd(inOmegaT("tbx.xsd"));
    String good = TermBaseWriter.tbx(RealCorpus.load().read(), Language.PL);
    // A term outside its tig, and the header left out.
    String looseTerm = good.replaceFirst("<tig>", "").replaceFirst("</tig>", "");
    String noHeader = good.replaceFirst("(?s)<martifHeader>.*?</martifHeader>", "");
    for (String bad : List.of(looseTerm, noHeader)) {
      assertThat(bad).isNotEqualTo(good);
      assertThatThrownBy(() -> validate(schema, bad)).isInstanceOf(SAXParseException.class);
    }
  }
}
