package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.i18n.Language;
import org.briefing.render.GiveWay;
import org.junit.jupiter.api.Test;

/**
 * A PDF render run to give way ({@link GiveWay}, watch's background warm-up) stops within the
 * engine's layout as soon as its condition holds, writing nothing; any other render is unchanged.
 */
class PdfGiveWayTest {
  private static final PdfRenderer PDF = PdfRenderer.builder().build();

  private static Document pages() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      blocks.add(
          new Block.Paragraph(
              List.of(
                  new Inline.Text(
                      "Paragraph "
                          + i
                          + " of a document long enough to take several pages, so that its"
                          + " layout measures many strings before it ends."))));
    }
    return new Document(Meta.builder("x", "Pages", Language.EN).build(), blocks);
  }

  @Test
  void aRenderThatGivesWayStopsInTheLayoutOnceItsConditionHolds() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(
            () -> GiveWay.when(() -> asked.incrementAndGet() > 50, () -> PDF.render(pages(), out)))
        .isInstanceOf(GiveWay.Stopped.class);
    // Asked at each string the engine measured (more often than the steps between its phases),
    // and stopped at the first "yes".
    assertThat(asked.get()).isEqualTo(51);
    assertThat(out.size()).isZero();
  }

  @Test
  void aRenderWhoseConditionNeverHoldsIsTheSameAsAnyOther() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    ByteArrayOutputStream given = new ByteArrayOutputStream();
    GiveWay.when(
        () -> {
          asked.incrementAndGet();
          return false;
        },
        () -> PDF.render(pages(), given));
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    PDF.render(pages(), plain);
    assertThat(asked.get()).isGreaterThan(100);
    assertThat(given.toByteArray()).isEqualTo(plain.toByteArray());
    // Outside GiveWay.when, nothing is asked.
    assertThat(GiveWay.current().getAsBoolean()).isFalse();
  }
}
