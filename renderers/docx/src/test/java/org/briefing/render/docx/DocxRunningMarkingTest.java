package org.briefing.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.Meta;
import org.briefing.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sharing marking in the Word header and footer as TLP 2.0 asks: right-justified, in a
 * paragraph of its own that is the header's first line and the footer's last, at 12 pt (24
 * half-points; a free text over 40 characters at 9 pt), a TLP label in its colour on black; read
 * back from the header and footer XML.
 */
class DocxRunningMarkingTest {
  private static final String LONG =
      "Prepared for the working group of the ministry; not for publication or for forwarding"
          + " outside the group.";

  private static final Pattern SIZE = Pattern.compile("<w:sz w:val=\"(\\d+)\"/>");
  private static final Pattern ELEMENT = Pattern.compile("<w:(\\w+)");

  private static Document briefing(String marking) {
    Meta meta =
        Meta.builder("marked", "Gas and energy security", Language.EN)
            .marking(Optional.of(new Marking(marking, Marking.Tlp.fromLabel(marking))))
            .build();
    return new Document(
        meta, List.of(new Block.Paragraph(List.of(new Inline.Text("The first paragraph.")))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "TLP:AMBER+STRICT, 24, FFC000, 000000",
    "TLP:RED, 24, FF2B2B, 000000",
    "Do użytku wewnętrznego, 24, 000000, ''",
    LONG + ", 18, 000000, ''"
  })
  void theMarkingIsTheRightJustifiedOuterLineOfHeaderAndFooter(
      String marking, int halfPoints, String colour, String fill) {
    XWPFDocument doc = Docx.open(briefing(marking));
    List<XWPFParagraph> header = lines(doc.getHeaderList().get(0).getParagraphs());
    List<XWPFParagraph> footer = lines(doc.getFooterList().get(0).getParagraphs());
    for (List<XWPFParagraph> part : List.of(header, footer)) {
      List<XWPFParagraph> marked =
          part.stream().filter(p -> p.getText().contains(marking)).toList();
      assertThat(marked).hasSize(1);
      XWPFParagraph p = marked.get(0);
      assertThat(p.getCTP().xmlText()).contains("<w:jc w:val=\"right\"/>");
      assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
      for (XWPFRun r : p.getRuns()) {
        String run = r.getCTR().xmlText();
        Matcher size = SIZE.matcher(run);
        assertThat(size.find()).as("a size in %s", run).isTrue();
        assertThat(Integer.parseInt(size.group(1))).isEqualTo(halfPoints);
        assertThat(run).contains("<w:szCs w:val=\"" + halfPoints + "\"/>");
        assertThat(run).contains("<w:b w:val=\"on\"/>", "<w:color w:val=\"" + colour + "\"/>");
        if (fill.isEmpty()) {
          assertThat(run).doesNotContain("<w:shd");
        } else {
          assertThat(run).contains("w:fill=\"" + fill + "\"");
        }
        // The run's properties in the order of Word's schema.
        assertThat(List.of("rPr", "b", "color", "sz", "szCs", "shd", "lang"))
            .containsSubsequence(
                elements(run.substring(run.indexOf("<w:rPr>"), run.indexOf("</w:rPr>"))));
      }
      // A line of its own: the marking alone.
      assertThat(p.getText().strip()).isEqualTo(marking);
    }
    // The header's first line, above the title; the footer's last, below the page number.
    assertThat(header.get(0).getText()).contains(marking);
    assertThat(header.get(1).getText()).isEqualTo("Gas and energy security");
    assertThat(footer.get(footer.size() - 1).getText()).contains(marking);
    assertThat(footer.get(footer.size() - 2).getCTP().xmlText()).contains(" PAGE ");
  }

  /** The paragraphs that hold something (the library leaves an empty one at the end). */
  private static List<XWPFParagraph> lines(List<XWPFParagraph> paragraphs) {
    return paragraphs.stream()
        .filter(p -> !p.getRuns().isEmpty() || p.getCTP().sizeOfFldSimpleArray() > 0)
        .toList();
  }

  private static List<String> elements(String xml) {
    List<String> out = new ArrayList<>();
    Matcher m = ELEMENT.matcher(xml);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
