package org.briefing.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {
  @Test
  void theFirstRefusedCharacterIsFound() {
    assertThat(ControlCharacters.first("plain text, tab\there\nand line\r\n")).isEmpty();
    assertThat(ControlCharacters.first("Łódź „cudzysłów” 24 lutego 2022 r.")).isEmpty();
    assertThat(ControlCharacters.first("ok \u001b[31m")).hasValue(3);
    assertThat(ControlCharacters.first("del\u007f")).hasValue(3);
    assertThat(ControlCharacters.first("c1\u0085")).hasValue(2);
    assertThat(ControlCharacters.first("ab\uFFFE")).hasValue(2);
    assertThat(ControlCharacters.first("ab\uFFFF")).hasValue(2);
    // A surrogate pair is one supplementary character, allowed; a lone surrogate is refused.
    assertThat(ControlCharacters.first("emoji \uD83D\uDE00 ok")).isEmpty();
    assertThat(ControlCharacters.first("lone \uD83D")).hasValue(5);
    assertThat(ControlCharacters.first("lone \uD83D then")).hasValue(5);
    assertThat(ControlCharacters.first("low \uDE00 first")).hasValue(4);
    assertThat(ControlCharacters.first("\uDE00\uD83D")).hasValue(0);
    // Bidi embeddings, overrides and isolates are refused; the direction marks are not.
    assertThat(ControlCharacters.first("TLP:\u202eDER")).hasValue(4);
    assertThat(ControlCharacters.first("a\u202a b")).hasValue(1);
    assertThat(ControlCharacters.first("name \u2067\u05e9\u05dc\u05d5\u05dd\u2069")).hasValue(5);
    assertThat(ControlCharacters.first("mark \u200f\u05e9 \u200e ok")).isEmpty();
    // Every noncharacter, in the BMP and in the other planes, and nothing next to them.
    assertThat(ControlCharacters.first("a\uFDD0")).hasValue(1);
    assertThat(ControlCharacters.first("a\uFDEF")).hasValue(1);
    assertThat(ControlCharacters.first("a\uFDCF\uFDF0\uFFFD")).isEmpty();
    assertThat(ControlCharacters.first("a" + Character.toString(0x1FFFE))).hasValue(1);
    assertThat(ControlCharacters.first("a" + Character.toString(0x10FFFF))).hasValue(1);
    assertThat(ControlCharacters.first("a" + Character.toString(0xEFFFD))).isEmpty();
    assertThat(ControlCharacters.kind(0xEFFFF)).isEqualTo("noncharacter");
    assertThat(ControlCharacters.kind(0x202E)).isEqualTo("bidi control");
    assertThat(ControlCharacters.message(0x2066))
        .isEqualTo("bidi control U+2066 is not allowed in text");
  }

  @Test
  void aStringGetsTheSameAnswerAsAnyOtherCharSequence() {
    // Strings take a path of their own; the code-point path is the definition.
    SplittableRandom random = new SplittableRandom(7);
    char[] alphabet = {
      'a', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u0080', '\u009f', '\u00a0', 'ł',
      '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFD', '\uFFFE', '\uFFFF', '”', '\u202a', '\u202e',
      '\u2066', '\u2069', '\u200f', '\u2029', '\uFDD0', '\uFDEF', '\uDBBF', '\uDFFE', '\uDB7F',
      '\uD83F'
    };
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      OptionalInt viaString = ControlCharacters.first(b.toString());
      OptionalInt viaCodePoints = ControlCharacters.first(b);
      assertThat(viaString)
          .as("%s", b.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(viaCodePoints);
    }
  }
}
