package org.briefing.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.Meta;
import org.briefing.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Word title block holds what the HTML masthead, the PDF, the Markdown and the LaTeX title
 * blocks hold, in the same order: the marking, the organisation, the series and number, the title,
 * the subtitle, the authors and the date, "Prepared for: " the audience; in Word styles, every run
 * tagged with the briefing's language and the labels in it.
 */
class DocxTitleBlockTest {
  private static Document briefing(Language language, String audience) {
    Meta meta =
        Meta.builder("front", "Gas and energy security", language)
            .subtitle("A note for the board")
            .series("Policy notes")
            .number("3/2026")
            .date("27 November 2026")
            .authors(List.of("A. Analyst", "B. Writer"))
            .audience(audience)
            .marking(Optional.of(new Marking("TLP:AMBER", Marking.Tlp.fromLabel("TLP:AMBER"))))
            .branding(
                Optional.of(new Branding("Baltic Institute", Optional.empty(), Optional.empty())))
            .build();
    return new Document(
        meta, List.of(new Block.Paragraph(List.of(new Inline.Text("The first paragraph.")))));
  }

  @ParameterizedTest
  @CsvSource({
    "en, en-GB, Board, 'Policy notes, no. 3/2026', 'Prepared for: Board'",
    "pl, pl-PL, Zarząd, 'Policy notes, nr 3/2026', 'Przygotowano dla: Zarząd'"
  })
  void theTitleBlockHoldsTheMastheadsItemsInItsOrder(
      String code, String wordLanguage, String audience, String series, String preparedFor) {
    XWPFDocument doc = Docx.open(briefing(Language.of(code), audience));
    List<String> lines = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    for (XWPFParagraph p : Docx.paragraphs(doc)) {
      if (p.getText().equals("The first paragraph.")) {
        break;
      }
      lines.add(p.getText().strip());
      styles.add(p.getStyle());
      for (XWPFRun r : p.getRuns()) {
        if (!r.text().isBlank()) {
          assertThat(r.getLang()).as("language of %s", r.text()).isEqualTo(wordLanguage);
        }
      }
    }
    assertThat(lines)
        .containsExactly(
            "TLP:AMBER",
            "Baltic Institute",
            series,
            "Gas and energy security",
            "A note for the board",
            "A. Analyst, B. Writer\n27 November 2026",
            preparedFor);
    assertThat(styles)
        .containsExactly(
            "Marking", "TitleBlock", "TitleBlock", "Title", "Subtitle", "TitleBlock", "TitleBlock");
    // Each style is defined in the package, so it looks the same in any Word.
    for (String s : styles) {
      assertThat(doc.getStyles().styleExist(s)).as(s).isTrue();
    }
  }
}
