package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guard every CSV of the tool uses (the CSV renderer's own tests check it in its files). */
class FormulaGuardTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '»',
      quoteCharacter = '`',
      textBlock =
          """
          =HYPERLINK("http://x")   » '=HYPERLINK("http://x")
          +cmd|' /C calc'!A0       » '+cmd|' /C calc'!A0
          @SUM(A1)                 » '@SUM(A1)
          -2+3                     » '-2+3
          `  =1`                   » '  =1
          ＝1+1                     » '＝1+1
          -12.5                    » -12.5
          +3 %                     » +3 %
          a = b                    » a = b
          """)
  void neutralisesFormulasAndKeepsNumbers(String cell, String shown) {
    assertThat(FormulaGuard.neutralise(cell)).isEqualTo(shown);
  }
}
