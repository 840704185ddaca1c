package org.briefing.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTest {
  @Test
  void onlyHttpHttpsAndMailtoAddressesMayBecomeLinks() {
    assertThat(WebAddress.allowed("https://doi.org/10.1/x")).isTrue();
    assertThat(WebAddress.allowed("mailto:desk@example.org")).isTrue();
    assertThat(WebAddress.allowed("javascript:alert(1)")).isFalse();
    assertThat(WebAddress.allowed("file:///etc/passwd")).isFalse();
    assertThat(WebAddress.allowed("https://example.org/a b")).isFalse();
  }

  @Test
  void blankingOutLeavesTheWordsAroundEachAddress() {
    assertThat(
            WebAddress.blankedOut(
                "Aid (https://example.org/aid-to-ukraine/), mail mailto:a@b.org, HTTP://X.ORG/y end"))
        .isEqualTo("Aid (  mail     end");
    assertThat(WebAddress.blankedOut("no address: a colon alone"))
        .isEqualTo("no address: a colon alone");
    // A scheme glued to a word is not an address's start.
    assertThat(WebAddress.blankedOut("xhttps://example.org")).isEqualTo("xhttps://example.org");
  }
}
