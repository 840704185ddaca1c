package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class XhtmlFixesTest {

  private static String page(String body) {
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
        + "<style>body { font-family: \"DejaVu Serif\"; }</style></head><body>"
        + body
        + "</body></html>";
  }

  private static NodeList nodes(Document doc, String xpath) throws Exception {
    return (NodeList)
        XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
  }

  /** A class is a whole name among the attribute's space-separated names, never part of one. */
  @Test
  void aClassIsFoundOnlyAsAWholeName() throws Exception {
    Document doc =
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    org.w3c.dom.Element e = doc.createElement("table");
    for (String yes : List.of("wide", "a wide", "wide b", "a\twide\nb", " wide ", "wide-x wide")) {
      e.setAttribute("class", yes);
      assertThat(XhtmlFixes.hasClass(e, "wide")).as(yes).isTrue();
    }
    for (String no : List.of("", "wider", "a-wide", "x widewide", "wid", "table-wide b")) {
      e.setAttribute("class", no);
      assertThat(XhtmlFixes.hasClass(e, "wide")).as(no).isFalse();
    }
    e.removeAttribute("class");
    assertThat(XhtmlFixes.hasClass(e, "wide")).isFalse();
  }

  @Test
  void nonAsciiAndUnsafeCharactersInAddressesArePercentEncodedAsUtf8() {
    assertThat(XhtmlFixes.encodeUri("https://pl.wikipedia.org/wiki/Kłajpeda"))
        .isEqualTo("https://pl.wikipedia.org/wiki/K%C5%82ajpeda");
    assertThat(XhtmlFixes.encodeUri("https://example.org/a\"b^c$d?q=1#x#y"))
        .isEqualTo("https://example.org/a%22b%5Ec$d?q=1#x%23y");
    assertThat(XhtmlFixes.encodeUri("https://example.org/already%20done%zz"))
        .isEqualTo("https://example.org/already%20done%25zz");
  }

  @Test
  void fontFamiliesGetTheShippedFallbacks() throws Exception {
    Document doc = XhtmlFixes.apply(page("<p>x</p>")).document();
    String css = nodes(doc, "//*[local-name()='style']").item(0).getTextContent();
    assertThat(css)
        .contains("font-family: \"DejaVu Serif\", \"DejaVu Serif Full\", \"DejaVu Sans Full\";");
    assertThat(css).contains("word-wrap: break-word");
    String others =
        XhtmlFixes.apply(
                page("<p>x</p>")
                    .replace(
                        "body { font-family: \"DejaVu Serif\"; }",
                        "h1 { font-family: \"DejaVu Sans\"; } pre { font-family: \"DejaVu Sans Mono\"; }"))
            .document()
            .getElementsByTagNameNS("*", "style")
            .item(0)
            .getTextContent();
    assertThat(others)
        .contains("font-family: \"DejaVu Sans\", \"DejaVu Sans Full\", \"DejaVu Serif Full\";")
        .contains(
            "font-family: \"DejaVu Sans Mono\", \"DejaVu Sans Mono Full\", \"DejaVu Sans Full\","
                + " \"DejaVu Serif Full\";");
  }

  @Test
  void ligaturesBecomeLettersAndACharacterNoFontHasIsNamedWithWhereItIs() throws Exception {
    XhtmlFixes fixes =
        XhtmlFixes.apply(page("<section id=\"s1\"><p>e\uFB00orts \u4E2D ✓ שלום</p></section>"));
    String text = nodes(fixes.document(), "//*[local-name()='p']").item(0).getTextContent();
    assertThat(text).isEqualTo("efforts [U+4E2D] ✓ שלום");
    assertThat(fixes.warnings())
        .singleElement()
        .asString()
        .contains("U+4E2D", "CJK UNIFIED", "'s1'", "efforts");
  }

  @Test
  void eachDocumentReportsTheCharactersNoFontHasEvenWhenAnEarlierOneHadThem() throws Exception {
    // What a character is drawn with is kept for the process; the answer must not be lost.
    for (int i = 0; i < 3; i++) {
      XhtmlFixes fixes =
          XhtmlFixes.apply(
              page("<p title=\"\uFB01le\">\u4E2D \u4E2D fine \u00E9 <img alt=\"\uFB02ag\"/></p>"));
      Node p = nodes(fixes.document(), "//*[local-name()='p']").item(0);
      assertThat(p.getTextContent()).isEqualTo("[U+4E2D] [U+4E2D] fine \u00E9 ");
      assertThat(p.getAttributes().getNamedItem("title").getNodeValue()).isEqualTo("file");
      assertThat(
              nodes(fixes.document(), "//*[local-name()='img']")
                  .item(0)
                  .getAttributes()
                  .getNamedItem("alt")
                  .getNodeValue())
          .isEqualTo("flag");
      // One message for the character, however many places it stands in.
      assertThat(fixes.warnings())
          .singleElement()
          .asString()
          .contains("U+4E2D")
          .endsWith("(and in 1 other place)");
    }
  }

  @Test
  void aCharacterWithoutANameIsCalledUnassigned() throws Exception {
    // U+F0000 (private use, named by Java) and U+40000 (in a plane with nothing assigned yet)
    XhtmlFixes fixes = XhtmlFixes.apply(page("<p>a \uDB80\uDC00 b \uD8C0\uDC00</p>"));
    assertThat(fixes.warnings())
        .satisfiesExactly(
            w -> assertThat(w).contains("U+F0000 (SUPPLEMENTARY PRIVATE USE AREA A F0000)"),
            w -> assertThat(w).contains("U+40000 (unassigned)"));
  }

  @Test
  void aParallelRowWithATableIsStackedAtFullWidthBetweenParallelTables() throws Exception {
    String body =
        "<table class=\"parallel\"><thead><tr><th>English</th><th>Polski</th></tr></thead><tbody>"
            + "<tr><td lang=\"en\"><p>one</p></td><td lang=\"pl\"><p>jeden</p></td></tr>"
            + "<tr><td lang=\"en\"><table><tr><td>T</td></tr></table></td>"
            + "<td lang=\"pl\"><table><tr><td>Tpl</td></tr></table></td></tr>"
            + "<tr><td lang=\"en\"><p>two</p></td><td lang=\"pl\"><p>dwa</p></td></tr>"
            + "</tbody></table>";
    Document doc = XhtmlFixes.apply(page(body)).document();
    NodeList top = nodes(doc, "//*[local-name()='body']/*");
    assertThat(top.getLength()).isEqualTo(4);
    assertThat(top.item(0).getTextContent()).contains("one").doesNotContain("T");
    assertThat(top.item(1).getAttributes().getNamedItem("lang").getNodeValue()).isEqualTo("en");
    assertThat(top.item(1).getTextContent()).isEqualTo("EnglishT");
    assertThat(top.item(2).getTextContent()).isEqualTo("PolskiTpl");
    assertThat(top.item(3).getTextContent()).contains("English", "two", "dwa");
  }

  @Test
  void theFirstPartOfASequentialBriefingDoesNotStartANewPage() throws Exception {
    Document doc =
        XhtmlFixes.apply(
                page("<section class=\"part\">a</section><section class=\"part\">b</section>"))
            .document();
    NodeList parts = nodes(doc, "//*[local-name()='section']");
    assertThat(parts.item(0).getAttributes().getNamedItem("class").getNodeValue())
        .isEqualTo("part part-first");
    assertThat(parts.item(1).getAttributes().getNamedItem("class").getNodeValue())
        .isEqualTo("part");
  }
}
