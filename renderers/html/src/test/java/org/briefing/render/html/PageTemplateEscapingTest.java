package org.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.Meta;
import org.briefing.document.PageSize;
import org.briefing.document.Paper;
import org.briefing.i18n.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every field the page template ({@code page.jte}) writes around the body, from the spec or the
 * corpus, holding markup, quotes and template syntax: each comes back as the same text, in an
 * element's text or an attribute's value, in the HTML page and in the PDF's XHTML (which must stay
 * well-formed XML).
 */
class PageTemplateEscapingTest {
  private static final String H = Fixtures.HOSTILE;

  private static Document hostilePage() {
    Paper paper =
        new Paper(
            "Paper " + H,
            List.of(new Paper.Person("Author " + H, "", "")),
            "2024",
            "2024-05-01",
            "Publisher " + H,
            "Journal " + H,
            "1",
            "2",
            "",
            "",
            Optional.empty(),
            Optional.of("https://example.org/?a=1&b=\"2\""),
            "",
            "en");
    Meta meta =
        Meta.builder("hostile", "Title " + H, Language.EN)
            .authors(List.of("Writer " + H))
            .date("Date " + H)
            .subject("Subject " + H)
            .keywords(List.of("Key " + H, "word"))
            .created(Fixtures.CREATED)
            .marking(Optional.of(new Marking("Marking " + H, Optional.empty())))
            .branding(
                Optional.of(
                    new Branding("Org " + H, Optional.of(Fixtures.logo()), Optional.empty())))
            .pageSize(PageSize.A4)
            .paper(Optional.of(paper))
            .build();
    return new Document(
        meta,
        List.of(
            new Block.Heading(2, "h", List.of(new Inline.Text("Heading " + H))),
            new Block.Paragraph(List.of(new Inline.Text("Body")))));
  }

  @Test
  void everyFieldAroundTheBodyIsTextInTheHtmlPage() {
    String html = HtmlRenderer.builder().build().renderToString(hostilePage());
    assertThat(html).doesNotContain("<script>", "<#if x>");
    org.jsoup.nodes.Document p = Jsoup.parse(html);
    assertThat(p.select("script")).isEmpty();
    assertThat(p.title()).isEqualTo("Title " + H);
    assertThat(p.select("meta[name=description]").attr("content")).isEqualTo("Subject " + H);
    assertThat(p.select("meta[name=keywords]").attr("content")).isEqualTo("Key " + H + ", word");
    assertThat(p.select("meta[name=citation_title]").attr("content")).isEqualTo("Paper " + H);
    assertThat(p.select("meta[name=citation_author]").attr("content")).isEqualTo("Author " + H);
    assertThat(p.select("meta[name=citation_public_url]").attr("content"))
        .isEqualTo("https://example.org/?a=1&b=\"2\"");
    assertThat(p.select(".byline .authors").text()).isEqualTo("Writer " + H);
    assertThat(p.select(".byline .date").text()).isEqualTo("Date " + H);
    assertThat(p.select("header .marking").text()).isEqualTo("Marking " + H);
    assertThat(p.select("img.brand-logo").attr("alt")).contains("Org " + H);
    assertThat(p.select("img.brand-logo").attr("src")).startsWith("data:image/png;base64,");
    assertThat(p.select("nav.toc a").text()).isEqualTo("Heading " + H);
    assertThat(p.select(".colophon-title").text()).isEqualTo("Title " + H + " · Date " + H);
  }

  @Test
  void everyFieldAroundTheBodyIsTextInThePdfsXhtml() throws Exception {
    String xhtml =
        HtmlRenderer.builder()
            .mode(HtmlRenderer.Mode.XHTML_FOR_PDF)
            .build()
            .renderToString(hostilePage());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    org.w3c.dom.Document dom =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    var xpath = XPathFactory.newInstance().newXPath();
    assertThat(xpath.evaluate("count(//script)", dom, XPathConstants.NUMBER)).isEqualTo(0.0);
    assertThat(xpath.evaluate("//meta[@name='subject']/@content", dom)).isEqualTo("Subject " + H);
    assertThat(xpath.evaluate("//bookmark[@href='#h']/@name", dom)).isEqualTo("Heading " + H);
    assertThat(xpath.evaluate("//nav//a/@title", dom)).isEqualTo("Heading " + H);
    assertThat(xpath.evaluate("//div[@class='running-title']", dom)).isEqualTo("Title " + H);
    assertThat(xpath.evaluate("//div[@class='running-marking']", dom)).isEqualTo("Marking " + H);
  }
}
