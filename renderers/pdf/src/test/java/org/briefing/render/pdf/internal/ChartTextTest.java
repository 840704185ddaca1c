package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartTextTest {

  @Test
  void onlyAPageWithAChartStartsThePreparationAndOnlyOncePerProcess() throws Exception {
    String without = "<html><body><p>No chart here.</p></body></html>";
    String with = "<figure><svg viewBox=\"0 0 10 10\"></svg></figure>";
    assertThat(ChartText.hasChart(without)).isFalse();
    assertThat(ChartText.hasChart(with)).isTrue();
    assertThat(ChartText.prepareAhead(without)).isNull();
    // Started here, or by an earlier PDF with a chart in this test JVM; never twice.
    Thread first = ChartText.prepareAhead(with);
    if (first != null) {
      first.join(30_000);
      assertThat(first.isAlive()).isFalse();
    }
    assertThat(ChartText.prepareAhead(with)).as("once per process").isNull();
    // What it does, done again on this thread, is harmless: the classes are ready.
    ChartText.prepare();
  }
}
