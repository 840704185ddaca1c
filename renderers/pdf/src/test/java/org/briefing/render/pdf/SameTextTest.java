package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameTextTest {
  private static final String MARKDOWN =
      """
      # A heading

      First sentence with a [link](#ref-x) and *emphasis*. Second “quoted” sentence[^fn-1] here.

      | Country | Share |
      | --- | --- |
      | **Lithuania** | one item; other item |
      | Poland | 67.5% |

      [^fn-1]: The note's own text.
      """;

  private static final String PDF =
      """
      A heading
      First sentence with a link and emphasis.
      Second "quoted" sentence1 here.
      Country Share (%)
      Lithuania one
      item
      other item
      Poland 67.5
      The note\u2019s own text.
      """;

  @Test
  void markdownSyntaxLinksFootnotesAndQuotesAreNotReported() {
    assertThat(SameText.missing(MARKDOWN, PDF)).isEmpty();
  }

  @Test
  void aMissingSentenceIsReported() {
    assertThat(SameText.missing(MARKDOWN, PDF.replace("First sentence with a link", "First")))
        .containsExactly("First sentence with a link and emphasis.");
  }

  @Test
  void aFootnoteReferenceStandsForDigitsOnly() {
    assertThat(SameText.missing(MARKDOWN, PDF.replace("sentence1 here", "sentencex here")))
        .containsExactly("Second “quoted” sentence here.");
  }

  @Test
  void aMissingOrReorderedCellIsReported() {
    assertThat(SameText.missing(MARKDOWN, PDF.replace("Poland 67.5", "Poland 67.4")))
        .containsExactly("67.5%");
    assertThat(
            SameText.missing(
                MARKDOWN, PDF.replace("Lithuania one\nitem\nother", "Lithuania other\none\nitem")))
        .containsExactly("one item; other item");
  }

  @Test
  void aMissingFootnoteTextIsReported() {
    assertThat(SameText.missing(MARKDOWN, PDF.replace("own text", "text")))
        .containsExactly("The note's own text.");
  }
}
