package org.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

  @Test
  void isTheFirst16HexDigitsOfSha256() {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertThat(Fingerprint.of("abc")).isEqualTo("ba7816bf8f01cfea");
    assertThat(Fingerprint.of("A Small Test Article")).matches("[0-9a-f]{16}");
  }

  @Test
  void foldsWhiteSpaceAndTrims() {
    assertThat(Fingerprint.of("  a\n b\t\tc  ")).isEqualTo(Fingerprint.of("a b c"));
  }

  @Test
  void normalisesToNfc() {
    String composed = "Gritėnas";
    String decomposed = "Grite\u0307nas";
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(Fingerprint.of(decomposed)).isEqualTo(Fingerprint.of(composed));
  }

  @Test
  void changesWhenTheWordingChanges() {
    assertThat(Fingerprint.of("security guarantees"))
        .isNotEqualTo(Fingerprint.of("guarantees security"))
        .isNotEqualTo(Fingerprint.of("Security guarantees"));
  }

  @Test
  void aTranslationIsStaleWhenItsEnglishChanged() {
    Translation t =
        new Translation("article.title", TranslationStatus.DRAFT, Fingerprint.of("Old"), "Stary");
    assertThat(t.isStaleFor("Old")).isFalse();
    assertThat(t.isStaleFor(" Old ")).isFalse();
    assertThat(t.isStaleFor("New")).isTrue();
  }
}
