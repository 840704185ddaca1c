package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PictureProblemTest {

  @Test
  void theDrawingLibrarysWordsLoseTheirNoise() {
    assertThat(
            PictureProblem.reason(
                "null Enclosed Exception: null:-1 The attribute \"d\" of the element <path> is"
                    + "\n invalid"))
        .isEqualTo("the attribute \"d\" of the element <path> is invalid");
  }

  /** A long reason is cut after whole characters: no half of a surrogate pair is left. */
  @Test
  void aLongReasonIsCutBetweenCharacters() {
    String reason = PictureProblem.reason("x" + "\uD83D\uDE00".repeat(300));
    assertThat(reason).endsWith("…");
    assertThat(reason.codePointCount(0, reason.length())).isEqualTo(201);
    assertThat(reason.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    assertThat(Character.isHighSurrogate(reason.charAt(reason.length() - 2))).isFalse();
  }
}
