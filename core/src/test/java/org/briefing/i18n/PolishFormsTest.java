package org.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Polish counts take ICU's plural categories (one, few, many), not hand-written rules. */
class PolishFormsTest {
  @Test
  void countsTakeThePolishPluralForms() {
    Labels pl = Labels.of(Language.PL);
    assertThat(pl.get("count.findings", 1)).isEqualTo("1 ustalenie");
    assertThat(pl.get("count.findings", 3)).isEqualTo("3 ustalenia");
    assertThat(pl.get("count.findings", 5)).isEqualTo("5 ustaleń");
    assertThat(pl.get("count.findings", 22)).isEqualTo("22 ustalenia");
    assertThat(pl.get("count.findings", 12)).isEqualTo("12 ustaleń");
    assertThat(pl.get("count.rows", 4)).isEqualTo("4 wiersze");
    assertThat(pl.get("count.rows", 25)).isEqualTo("25 wierszy");
    assertThat(Labels.of(Language.EN).get("count.findings", 1)).isEqualTo("1 finding");
    assertThat(Labels.of(Language.EN).get("count.findings", 5)).isEqualTo("5 findings");
  }
}
