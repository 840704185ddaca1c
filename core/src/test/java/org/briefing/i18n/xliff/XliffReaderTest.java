package org.briefing.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.UnitCatalog;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffReaderTest {
  private static Corpus corpus;
  private static UnitCatalog catalog;
  private static String exported;

  @BeforeAll
  static void export() {
    corpus = CorpusReader.readDefault().corpus();
    catalog = Localizer.units(corpus);
    exported = XliffWriter.write(corpus, Language.PL);
  }

  @Test
  void readsBackEveryExportedUnitWithItsStateTargetAndPosition() {
    XliffReader.Result r = read(exported);

    assertThat(r.warnings()).isEmpty();
    assertThat(r.units())
        .extracting(XliffUnit::unitId)
        .containsExactlyElementsOf(catalog.units().keySet());
    XliffUnit title = r.units().get(0);
    assertThat(title.state()).isEqualTo(XliffState.FINAL);
    assertThat(title.target())
        .contains(corpus.translations(Language.PL).unit("article.title").orElseThrow().text());
    assertThat(title.position().toString())
        .isEqualTo("pl.xlf:" + lineOf(exported, "<unit id=\"article.title\"") + ":5");
  }

  @Test
  void anUnknownUnitIsReportedWithItsLineColumnAndAHint() {
    String edited = exported.replace("<unit id=\"article.title\"", "<unit id=\"article.titel\"");

    List<Diagnostic> errors = errors(edited);

    assertThat(errors)
        .extracting(Diagnostic::format)
        .containsExactly(
            "pl.xlf:"
                + lineOf(edited, "article.titel")
                + ":5: error: unknown unit 'article.titel'"
                + System.lineSeparator()
                + "  hint: did you mean 'article.title'?");
  }

  @Test
  void aRenamedUnitsHintNamesTheUnitItsPartsAbbreviate() {
    // 'section.belarus.title' is fewer edits away than 'section.introduction.title'.
    String edited =
        exported.replace(
            "<unit id=\"section.introduction.title\"", "<unit id=\"section.intro.title\"");
    assertThat(edited).isNotEqualTo(exported);

    assertThat(errors(edited))
        .extracting(Diagnostic::hint)
        .containsExactly("did you mean 'section.introduction.title'?");
  }

  @Test
  void positionsAreTheSameWithWindowsLineEndsAndAttributesOnSeveralLines() {
    String edited =
        exported
            .replace("<unit id=\"article.keywords\"", "<unit\n   id=\"article.keyword\"")
            .replace("\n", "\r\n");

    List<Diagnostic> errors = errors(edited);

    assertThat(errors)
        .singleElement()
        .extracting(d -> d.position().toString())
        .isEqualTo("pl.xlf:" + (lineOf(edited, "article.keyword\"") - 1) + ":5");
  }

  @Test
  void everyProblemIsReportedInOneRun() {
    String unit = "<unit id=\"article.abstract\"[^>]*>";
    String edited =
        exported
            .replace("srcLang=\"en\" trgLang=\"pl\"", "srcLang=\"de\" trgLang=\"fr\"")
            .replace("<unit id=\"topic.energy.label\">", "<unit id=\"no-such-unit\">")
            .replaceFirst(
                "(?s)(<unit id=\"article.keywords\"[^>]*>.*?)<source>[^<]*</source>", "$1")
            .replaceFirst("(?s)(" + unit + ".*?<source>)The aim", "$1The goal");

    List<Diagnostic> errors = errors(edited);

    assertThat(errors)
        .extracting(Diagnostic::message)
        .containsExactly(
            "the source language is 'de', not English",
            "the target language is 'fr', not Polish",
            "the source of unit 'article.abstract' is not the English as it is now: it was"
                + " translated from an older English text",
            "a segment of unit 'article.keywords' has no <source>",
            "unknown unit 'no-such-unit'");
    Diagnostic changed = errors.get(2);
    assertThat(changed.hint()).contains("export again");
    assertThat(changed.position().line()).isEqualTo(lineOf(edited, "<source>The goal"));
    assertThat(errors.get(4).hint()).contains("another corpus");
  }

  @Test
  void aUnitWithoutSegmentIsAnError() {
    String edited =
        exported.replaceFirst(
            "(?s)(<unit id=\"article.keywords\"[^>]*>.*?)<segment .*?</segment>", "$1");

    assertThat(errors(edited))
        .extracting(Diagnostic::message)
        .containsExactly("unit 'article.keywords' has no <segment>");
  }

  /** A {@code <cp>} must name a code point in XLIFF's form: hexadecimal digits, up to 10FFFF. */
  @Test
  void aCodePointElementIsReadOnlyInXliffsOwnForm() {
    String unit = "(?s)(<unit id=\"section.conclusions.title\".*?<target>)";
    assertThat(read(exported.replaceFirst(unit, "$1<cp hex=\"00A0\"/>")).units())
        .filteredOn(u -> u.unitId().equals("section.conclusions.title"))
        .singleElement()
        .satisfies(
            u ->
                assertThat(u.target()).hasValueSatisfying(t -> assertThat(t).startsWith("\u00A0")));
    for (String cp : List.of("-1", "+41", "0x41", "110000", "", "12345678")) {
      assertThat(errors(exported.replaceFirst(unit, "$1<cp hex=\"" + cp + "\"/>")))
          .extracting(Diagnostic::message)
          .as(cp)
          .containsExactly("<cp hex=\"" + cp + "\"> is not a code point");
    }
    assertThat(errors(exported.replaceFirst(unit, "$1<cp/>")))
        .extracting(Diagnostic::message)
        .containsExactly("<cp> without its hex attribute");
    assertThat(errors(exported.replaceFirst(unit, "$1<cp hex=\"FDD0\"/>")))
        .extracting(Diagnostic::message)
        .containsExactly("<cp hex=\"FDD0\">: noncharacter U+FDD0 is not allowed in text");
  }

  @Test
  void otherFilesAreNotXliff20() {
    assertThat(errors("<?xml version=\"1.0\"?>\n<html><body/></html>"))
        .extracting(Diagnostic::format)
        .first()
        .asString()
        .startsWith("pl.xlf:2:1: error: not an XLIFF file: the root element is <html>");
    assertThat(
            errors(
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.1\" version=\"1.1\">"
                    + "<file source-language=\"en\"/></xliff>"))
        .extracting(Diagnostic::message)
        .containsExactly("this is XLIFF 1.1, not 1.2 or 2.0");
    assertThat(errors(exported.replace("version=\"2.0\"", "version=\"3.0\"")))
        .extracting(Diagnostic::message)
        .containsExactly("XLIFF version '3.0' is not 2.0");
    assertThat(errors("<xliff"))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("not well-formed XML: ");
    assertThat(errors(new byte[] {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'}))
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith("pl.xlf:1:4: error: not UTF-8 text: byte 0xC3 here is not a character");
  }

  @Test
  void anyDeclaredEncodingIsReadAndABadByteIsReportedWhereItIs() {
    java.util.List<XliffUnit> utf8 = read(exported).units();
    String declared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    assertThat(exported).startsWith(declared);
    String utf16 = exported.replace(declared, "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
    byte[] le = utf16.getBytes(StandardCharsets.UTF_16LE);
    byte[] leWithBom = new byte[le.length + 2];
    leWithBom[0] = (byte) 0xFF;
    leWithBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, leWithBom, 2, le.length);
    // Characters ISO-8859-2 lacks („ ” – …) are written as character references.
    StringBuilder latin2 = new StringBuilder();
    java.nio.charset.CharsetEncoder l2 =
        java.nio.charset.Charset.forName("ISO-8859-2").newEncoder();
    exported
        .replace(declared, "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>")
        .codePoints()
        .forEach(
            c -> {
              String ch = new String(Character.toChars(c));
              latin2.append(l2.canEncode(ch) ? ch : "&#" + c + ";");
            });
    for (byte[] bytes :
        java.util.List.of(
            utf16.getBytes(StandardCharsets.UTF_16), // big-endian with a byte order mark
            leWithBom,
            le,
            latin2.toString().getBytes(java.nio.charset.Charset.forName("ISO-8859-2")))) {
      assertThat(XliffReader.of(catalog, Language.PL).read("pl.xlf", bytes).units())
          .isEqualTo(utf8);
    }

    // One byte that is not UTF-8, deep in an undeclared file: its own line and column.
    int line = lineOf(exported, "<target>Wprowadzenie</target>");
    String before = exported.substring(0, exported.indexOf("<target>Wprowadzenie</target>"));
    int column = before.length() - before.lastIndexOf('\n') + "<target>Wpro".length();
    byte[] bad =
        exported
            .replaceFirst("<target>Wprowadzenie", "<target>Wpro\u0000wadzenie")
            .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bad.length; i++) {
      if (bad[i] == 0) {
        bad[i] = (byte) 0xE9; // "é" in ISO-8859-1: not UTF-8
      }
    }
    assertThat(errors(bad))
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith("pl.xlf:" + line + ":" + column + ": error: not UTF-8 text: byte 0xE9");

    // UTF-16 declared on bytes that are not UTF-16; an encoding Java does not know.
    assertThat(errors(exported.replace(declared, "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")))
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith("pl.xlf:1:31: error: the file declares encoding 'UTF-16' but is not UTF-16");
    assertThat(errors(exported.replace(declared, "<?xml version=\"1.0\" encoding=\"X-NONE\"?>")))
        .extracting(Diagnostic::message)
        .containsExactly("unknown encoding 'X-NONE'");
  }

  @Test
  void markupDroppedFromATargetIsAWarningAtItsPosition() {
    String v2 =
        exported.replace(
            "<target>Wprowadzenie</target>",
            "<target>Wprowa<pc id=\"1\">dze</pc><mrk id=\"m\">nie</mrk></target>");
    String v12 =
        Xliff12Writer.write(corpus, Language.PL)
            .replaceFirst(
                "(<target [^>]*>)Wprowadzenie</target>", "$1Wprowa<g id=\"1\">dzenie</g></target>");
    String segmented =
        Xliff12Writer.write(corpus, Language.PL)
            .replaceFirst(
                "(<target [^>]*>)(Wprowadzenie)</target>",
                "$1<mrk mtype=\"seg\" mid=\"0\">$2</mrk></target>");
    assertThat(read(segmented).warnings()).isEmpty();
    assertThat(unit(read(segmented), "section.introduction.title").target())
        .contains("Wprowadzenie");
    for (String[] c : new String[][] {{v2, "<pc id="}, {v12, "<g id="}}) {
      XliffReader.Result r = read(c[0]);
      assertThat(unit(r, "section.introduction.title").target()).contains("Wprowadzenie");
      int line = lineOf(c[0], c[1]);
      String lineText = c[0].split("\n", -1)[line - 1];
      assertThat(r.warnings())
          .extracting(Diagnostic::format)
          .singleElement()
          .asString()
          .startsWith(
              "pl.xlf:"
                  + line
                  + ":"
                  + (lineText.indexOf(c[1]) + 1)
                  + ": warning: "
                  + c[1].substring(0, c[1].length() - 4)
                  + "> in the target of unit 'section.introduction.title': the markup is dropped");
    }
  }

  @Test
  void xliff12ApprovedYesIsReviewed() {
    String xliff = Xliff12Writer.write(corpus, Language.PL);
    String id = "section.introduction.title";
    String edited =
        xliff.replaceFirst(
            "(?s)<trans-unit id=\"" + id + "\">(.*?)state=\"needs-review-translation\"",
            "<trans-unit id=\"" + id + "\" approved=\"yes\">$1state=\"translated\"");
    assertThat(edited).isNotEqualTo(xliff);

    assertThat(unit(read(edited), id).state()).isEqualTo(XliffState.REVIEWED);
    assertThat(unit(read(edited.replace("approved=\"yes\"", "approved=\"no\"")), id).state())
        .isEqualTo(XliffState.TRANSLATED);
    assertThat(TranslationsMerger.merge(corpus, Language.PL, read(edited).units()).updated())
        .singleElement()
        .extracting(org.briefing.i18n.Translation::status)
        .isEqualTo(org.briefing.i18n.TranslationStatus.REVIEWED);
  }

  @Test
  void xliff12UserDefinedStateIsADraftWithAWarningWhereItIs() {
    String xliff = Xliff12Writer.write(corpus, Language.PL);
    String id = "section.introduction.title";
    String edited =
        xliff.replaceFirst(
            "(?s)(<trans-unit id=\"" + id + "\">.*?)state=\"needs-review-translation\"",
            "$1state=\"x-custom\"");
    assertThat(edited).isNotEqualTo(xliff);

    XliffReader.Result r = read(edited);

    assertThat(unit(r, id).state()).isEqualTo(XliffState.TRANSLATED);
    assertThat(unit(r, id).target()).isPresent();
    int at = edited.indexOf("state=\"x-custom\"");
    int line = lineOf(edited, "state=\"x-custom\"");
    int column = columnOf(edited, "<target", at);
    assertThat(r.warnings())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith(
            "pl.xlf:"
                + line
                + ":"
                + column
                + ": warning: target state 'x-custom' of unit '"
                + id
                + "' is a tool's own state: imported as a draft, not reviewed");
    assertThat(TranslationsMerger.merge(corpus, Language.PL, r.units()).updated())
        .allSatisfy(
            t -> assertThat(t.status()).isNotEqualTo(org.briefing.i18n.TranslationStatus.REVIEWED));
  }

  @Test
  void xliff12StatesNeitherStandardNorUserDefinedAreStillRefused() {
    String xliff = Xliff12Writer.write(corpus, Language.PL);
    String id = "section.introduction.title";
    for (String bad : List.of("custom", "x-", "X-custom")) {
      String edited =
          xliff.replaceFirst(
              "(?s)(<trans-unit id=\"" + id + "\">.*?)state=\"needs-review-translation\"",
              "$1state=\"" + bad + "\"");

      assertThat(errors(edited))
          .extracting(Diagnostic::message)
          .containsExactly("unknown target state '" + bad + "' in unit '" + id + "'");
    }
  }

  @Test
  void xliff20SubStateIsAcceptedAndAToolsOwnStateIsNot() {
    String id = "section.introduction.title";
    String withSubState =
        exported.replaceFirst(
            "(?s)(<unit id=\"" + id + "\">.*?)<segment state=\"translated\">",
            "$1<segment state=\"translated\" subState=\"tool:x-custom\">");
    assertThat(withSubState).isNotEqualTo(exported);

    XliffReader.Result r = read(withSubState);

    assertThat(r.warnings()).isEmpty();
    assertThat(unit(r, id).state()).isEqualTo(XliffState.TRANSLATED);

    List<Diagnostic> errors =
        errors(
            withSubState.replace("state=\"translated\" subState", "state=\"x-custom\" subState"));
    assertThat(errors)
        .extracting(Diagnostic::message)
        .containsExactly("unknown segment state 'x-custom' in unit '" + id + "'");
    assertThat(errors.get(0).format()).contains("subState");
  }

  @Test
  void anExternalEntityIsNeverRead(@TempDir Path tmp) throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    String uri = secret.toUri().toString();
    for (String attack :
        List.of(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \""
                + uri
                + "\">]>\n<xliff>&xxe;</xliff>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY % p SYSTEM \""
                + uri
                + "\"> %p;]>\n<xliff/>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff SYSTEM \"" + uri + "\">\n<xliff/>",
            exported
                .replace(
                    "<xliff ", "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + uri + "\">]>\n<xliff ")
                .replace("Lithuania Strategy</source>", "Lithuania Strategy&xxe;</source>"))) {
      List<Diagnostic> errors = errors(attack);
      assertThat(errors).as(attack).isNotEmpty();
      assertThat(errors.get(0).message()).isEqualTo("a DOCTYPE is not allowed in an XLIFF file");
      assertThat(errors.get(0).position().line()).isEqualTo(2);
      assertThat(errors.get(0).position().column()).isEqualTo(1);
      assertThat(errors.toString()).doesNotContain("TOP-SECRET");
    }
  }

  @Test
  void anEntityExpansionBombIsRefusedAtOnce() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE xliff [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 12; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String bomb =
        exported.replace("<xliff ", dtd + "\n<xliff ").replace("</source>", "&l12;</source>");

    assertThat(errors(bomb))
        .extracting(Diagnostic::message)
        .containsExactly("a DOCTYPE is not allowed in an XLIFF file");
  }

  @Test
  void aFileOverTheSizeBoundIsRefusedBeforeParsing() {
    byte[] big = new byte[XliffReader.MAX_BYTES + 1];
    assertThat(errors(big))
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .startsWith("file is too large");
  }

  @Test
  void segmentsAreJoinedAndAnnotationsKeepTheirText() {
    String id = "section.introduction.title";
    String english = catalog.english(id);
    String edited =
        exported.replaceFirst(
            "(?s)(<unit id=\"" + id + "\">.*?)<segment state=\"translated\">.*?</segment>",
            "$1<segment state=\"reviewed\"><source>"
                + english.substring(0, 5)
                + "</source><target>Wpro</target></segment>"
                + "<ignorable><source>"
                + english.substring(5, 6)
                + "</source></ignorable>"
                + "<segment state=\"translated\"><source>"
                + english.substring(6)
                + "</source><target><mrk id=\"m1\" type=\"term\">wadz</mrk>enie<sm id=\"s\"/>"
                + "</target></segment>");

    XliffUnit u = unit(read(edited), id);
    assertThat(u.state()).isEqualTo(XliffState.TRANSLATED);
    assertThat(u.target()).contains("Wpro" + english.charAt(5) + "wadzenie");
  }

  @Test
  void aPartlyTranslatedUnitIsAWarningAndHasNoTarget() {
    String id = "section.introduction.title";
    String english = catalog.english(id);
    String edited =
        exported.replaceFirst(
            "(?s)(<unit id=\"" + id + "\">.*?)<segment state=\"translated\">.*?</segment>",
            "$1<segment state=\"translated\"><source>"
                + english.substring(0, 5)
                + "</source><target>Wpro</target></segment>"
                + "<segment><source>"
                + english.substring(5)
                + "</source></segment>");

    XliffReader.Result r = read(edited);
    assertThat(unit(r, id).target()).isEmpty();
    assertThat(r.warnings())
        .extracting(Diagnostic::message)
        .containsExactly("unit '" + id + "' is only partly translated (1 of 2 segments)");
  }

  @Test
  void inlineCodesAreRefused() {
    String edited =
        exported.replaceFirst(
            "<target>Wprowadzenie</target>", "<target>Wprowadzenie<ph id=\"1\"/></target>");

    assertThat(errors(edited))
        .extracting(Diagnostic::message)
        .containsExactly(
            "<ph> in the target of unit 'section.introduction.title': inline codes are not"
                + " supported");
  }

  private static XliffUnit unit(XliffReader.Result r, String id) {
    return r.units().stream().filter(u -> u.unitId().equals(id)).findFirst().orElseThrow();
  }

  private static XliffReader.Result read(String xliff) {
    return XliffReader.of(catalog, Language.PL)
        .read("pl.xlf", xliff.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Diagnostic> errors(String xliff) {
    return errors(xliff.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Diagnostic> errors(byte[] xliff) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> XliffReader.of(catalog, Language.PL).read("pl.xlf", xliff));
    assertThat(e).as("an error").isNotNull();
    return e.diagnostics();
  }

  /** The 1-based column of the last {@code needle} before {@code offset}. */
  static int columnOf(String text, String needle, int offset) {
    int at = text.lastIndexOf(needle, offset);
    return at - text.lastIndexOf('\n', at);
  }

  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as(needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
