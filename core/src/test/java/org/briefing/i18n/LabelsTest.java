package org.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static final List<String> PIECES =
      List.of(
          "{0}",
          "{1}",
          "{2}",
          "{10}",
          "{01}",
          "{",
          "}",
          "'",
          "''",
          "a",
          " ",
          "Seite ",
          "{0,number}",
          "{0,plural,one{# x}other{# y}}",
          "{ 0}",
          "{x}",
          "#",
          "|",
          "\u00a0",
          "ż");
  private static final List<Object> ARGS =
      List.of("text", "{0}", "it's", "'", "}", "", "Źródła", 7, 1234, 2.5, "\u00a0a\u00a0");

  /** Whatever the fast substitution accepts, it writes exactly as ICU's MessageFormat. */
  @Test
  void substitutionMatchesIcuOnGeneratedPatterns() {
    Random random = new Random(11);
    int substituted = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder pattern = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        pattern.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      Object[] args = new Object[random.nextInt(4)];
      for (int k = 0; k < args.length; k++) {
        args[k] = ARGS.get(random.nextInt(ARGS.size()));
      }
      String fast = Labels.substitute(pattern.toString(), args);
      if (fast == null) {
        continue;
      }
      substituted++;
      for (String code : List.of("en", "pl")) {
        assertThat(fast)
            .as("pattern %s, arguments %s", pattern, List.of(args))
            .isEqualTo(
                new MessageFormat(pattern.toString(), Language.of(code).locale()).format(args));
      }
    }
    assertThat(substituted).as("patterns the fast path took").isGreaterThan(300);
  }

  @Test
  void numbersPluralsAndQuotesAreLeftToIcu() {
    assertThat(Labels.substitute("Back to citation {0}", new Object[] {1})).isNull();
    assertThat(Labels.substitute("{0,plural,one{# row}other{# rows}}", new Object[] {"2"}))
        .isNull();
    assertThat(Labels.substitute("'{0}'", new Object[] {"a"})).isNull();
    assertThat(Labels.substitute("{1}", new Object[] {"a"})).isNull();
    assertThat(Labels.substitute("{0} of {1}", new Object[] {"A", "B"})).isEqualTo("A of B");
    assertThat(Labels.of(Language.PL).get("count.rows", 5)).isEqualTo("5 wierszy");
  }

  @Test
  void everyShippedLanguageHasItsLabelsAndEnglishComesFirst() {
    assertThat(Labels.shipped()).first().isEqualTo(Language.EN);
    for (Language l : Labels.shipped()) {
      assertThat(Labels.available(l)).as(l.code()).isTrue();
      assertThat(Labels.of(l).get("language-name")).as(l.code()).isNotBlank();
    }
    assertThat(Labels.available(Language.of("xx"))).isFalse();
  }
}
