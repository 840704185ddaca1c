package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ChartTextTest {

  @Test
  void aPageWithAChartStartsThePreparationOnceAndAPageWithoutNone() throws Exception {
    assertThat(ChartText.prepareAhead("<html><body><p>No chart here.</p></body></html>")).isNull();
    // Ahead runs nothing on a single processor (CI has two).
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1);
    Thread t = ChartText.prepareAhead("<figure><svg viewBox=\"0 0 10 10\"></svg></figure>");
    assertThat(t).isNotNull();
    t.join(30_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(ChartText.prepareAhead("<svg></svg>")).as("once per process").isNull();
    // What it does, done again on this thread, is harmless: the classes are ready.
    ChartText.prepare();
  }
}
