package org.briefing.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CssStringTest {

  @Test
  void keepsLettersDigitsAndPlainPunctuation() {
    assertThat(CssString.quote("TLP:AMBER+STRICT")).isEqualTo("\"TLP:AMBER+STRICT\"");
    assertThat(CssString.quote("Do użytku wewnętrznego (2026), 5%"))
        .isEqualTo("\"Do użytku wewnętrznego (2026), 5%\"");
    assertThat(CssString.quote("")).isEqualTo("\"\"");
  }

  @Test
  void escapesWhatCouldEndTheStringTheRuleOrTheStyleElement() {
    assertThat(CssString.quote("a\"b")).isEqualTo("\"a\\22 b\"");
    assertThat(CssString.quote("a\\b")).isEqualTo("\"a\\5c b\"");
    assertThat(CssString.quote("</style><script>"))
        .isEqualTo("\"\\3c /style\\3e \\3c script\\3e \"");
    assertThat(CssString.quote("line\nend\r\u0007\u202e}"))
        .isEqualTo("\"line\\a end\\d \\7 \\202e \\7d \"");
    // The space that ends an escape is not a space of the text; a real one follows it.
    assertThat(CssString.quote("\" 1")).isEqualTo("\"\\22  1\"");
    assertThat(CssString.quote("\uD83D\uDE00")).isEqualTo("\"\\1f600 \"");
  }

  @Test
  void readsBackAsTheTextAndHoldsNothingThatEndsIt() {
    for (String text :
        List.of(
            "Marking <script>alert(1)</script> \"quoted\" & 'single' {braces} back\\slash ${7*7}",
            "</STYLE >x</style\t>",
            "a\\\nb\"\n\u0000\u001f\u007f\u0085\u2028",
            "Łódź „cytat” 24\u00a0lutego \uD83D\uDE00 ab12 \\41 ",
            "TLP:CLEAR")) {
      String css = CssString.quote(text);
      assertThat(unquote(css)).as(css).isEqualTo(text.replace('\u0000', '\uFFFD'));
      String inside = css.substring(1, css.length() - 1);
      assertThat(inside).doesNotContain("\"", "<", ">", "\n", "\r", "\f", ";", "{", "}");
      assertThat(inside.chars().filter(c -> c < 0x20 || c == 0x7f)).isEmpty();
    }
  }

  /** Reads a CSS string token as a browser does (CSS Syntax 3, "consume a string token"). */
  private static String unquote(String css) {
    assertThat(css).startsWith("\"").endsWith("\"");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < css.length() - 1; i++) {
      char c = css.charAt(i);
      assertThat(c).as("unescaped quote or line end in %s", css).isNotIn('"', '\n', '\r', '\f');
      if (c != '\\') {
        out.append(c);
        continue;
      }
      int start = ++i;
      while (i < css.length() - 1 && i - start < 6 && Character.digit(css.charAt(i), 16) >= 0) {
        i++;
      }
      assertThat(i).as("escape without hex digits in %s", css).isGreaterThan(start);
      int code = Integer.parseInt(css.substring(start, i), 16);
      out.appendCodePoint(code == 0 || code > 0x10ffff ? 0xfffd : code);
      if (css.charAt(i) != ' ') {
        i--;
      }
    }
    return out.toString();
  }
}
