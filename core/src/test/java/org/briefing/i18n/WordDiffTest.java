package org.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void marksRemovedAndAddedWords() {
    assertThat(WordDiff.of("Lithuania closed the border", "Lithuania opened the border"))
        .isEqualTo("Lithuania [-closed-] {+opened+} the border");
    assertThat(WordDiff.of("a b c", "a b c d")).isEqualTo("a b c {+d+}");
    assertThat(WordDiff.of("x a b", "a b")).isEqualTo("[-x-] a b");
    assertThat(WordDiff.of("same  text", "same text")).isEqualTo("same text");
    assertThat(WordDiff.of("", "new")).isEqualTo("{+new+}");
  }
}
