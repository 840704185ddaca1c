package org.briefing.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void escapesMarkupAndDropsWhatHtmlAndXmlCannotHold() {
    assertThat(Markup.escape("plain text, no markup")).isEqualTo("plain text, no markup");
    assertThat(Markup.escape("a & b < c > d \"e\" 'f'"))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;");
    assertThat(Markup.escape("<&>")).isEqualTo("&lt;&amp;&gt;");
    assertThat(Markup.escape("tab\tline\nCR\rCRLF\r\nend")).isEqualTo("tab\tline\nCR\nCRLF\nend");
    assertThat(Markup.escape("bell\u0007 nel\u0085 del\u007f \uFFFE\uFFFF."))
        .isEqualTo("bell nel del .");
    assertThat(Markup.escape("\uD83D\uDE00 pair, lone \uD83D, \uDE00 low"))
        .isEqualTo("\uD83D\uDE00 pair, lone \uFFFD, \uFFFD low");
    assertThat(Markup.escape("Łódź „cytat” 24\u00a0lutego"))
        .isEqualTo("Łódź „cytat” 24\u00a0lutego");
    assertThat(Markup.escape("")).isEmpty();
  }

  @Test
  void escapesRunsOfTextAsCharacterByCharacter() {
    String alphabet =
        "ab &<>\"'\t\n\r\u0001\u0085\u00a0ąś\uD83D\uDE00\uD83D\uDE00\uDC00\uFFFE\uFFFD";
    Random random = new Random(11);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Markup.escape(text.toString()))
          .as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(oneByOne(text.toString()));
    }
  }

  /** The escaping written one character at a time, as the rule says. */
  private static String oneByOne(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        sb.append("&amp;");
      } else if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if (c == '"') {
        sb.append("&quot;");
      } else if (c == '\'') {
        sb.append("&#39;");
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          sb.append('\n');
        }
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else if (c == '\t' || c == '\n' || !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c >= 0xFFFE)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
