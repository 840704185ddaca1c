package org.briefing.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

  private static String errorOf(String text) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> YamlLoader.load("f.yaml", text));
    assertThat(e).as("an error").isNotNull();
    return e.diagnostics().stream().map(Diagnostic::format).reduce((a, b) -> a + "\n" + b).get();
  }

  @Test
  void valuesWrittenInDifferentPlacesAndKeyOrdersHaveTheSameContent() {
    YamlNode.Sequence items =
        (YamlNode.Sequence)
            YamlLoader.load(
                "f.yaml",
                "- {a: 1, b: [x, 'y'], c: ~}\n- {b: [x, y], c: null, a: '1'}\n"
                    + "- {a: 1, b: [y, x], c: ~}\n- {a: 1, b: [x, y]}\n- {a: 1, b: [x, y], c: z}\n"
                    + "- [x, y]\n- x\n");
    YamlNode first = items.items().get(0);

    assertThat(YamlNode.sameContent(first, items.items().get(1))).isTrue();
    for (int i = 2; i < items.items().size(); i++) {
      assertThat(YamlNode.sameContent(first, items.items().get(i))).as("item %d", i).isFalse();
      assertThat(YamlNode.sameContent(items.items().get(i), first)).as("item %d", i).isFalse();
    }
    assertThat(YamlNode.sameContent(items.items().get(5), items.items().get(6))).isFalse();
  }

  @Test
  void givesEveryValueItsLineAndColumn() {
    YamlNode root = YamlLoader.load("f.yaml", "a: 1\nlist:\n  - x\n  - {k: 'v'}\n");

    YamlNode.Mapping m = (YamlNode.Mapping) root;
    assertThat(m.entries().get("a").keyPosition()).hasToString("f.yaml:1:1");
    assertThat(m.entries().get("a").value().position()).hasToString("f.yaml:1:4");
    YamlNode.Sequence list = (YamlNode.Sequence) m.entries().get("list").value();
    assertThat(list.items().get(0).position()).hasToString("f.yaml:3:5");
    YamlNode.Mapping inner = (YamlNode.Mapping) list.items().get(1);
    YamlNode.Scalar v = (YamlNode.Scalar) inner.entries().get("k").value();
    assertThat(v.position()).hasToString("f.yaml:4:9");
    assertThat(v.plain()).isFalse();
    assertThat(((YamlNode.Scalar) m.entries().get("a").value()).plain()).isTrue();
  }

  @Test
  void keepsScalarsAsTextAndEmptyValuesAsNull() {
    YamlNode.Mapping m =
        (YamlNode.Mapping) YamlLoader.load("f.yaml", "n: 4.0\nyes: true\nempty:\ntilde: ~\n");
    assertThat(((YamlNode.Scalar) m.entries().get("n").value()).value()).isEqualTo("4.0");
    assertThat(((YamlNode.Scalar) m.entries().get("yes").value()).value()).isEqualTo("true");
    assertThat(m.entries().get("empty").value()).isInstanceOf(YamlNode.Null.class);
    assertThat(m.entries().get("tilde").value()).isInstanceOf(YamlNode.Null.class);
    assertThat(YamlLoader.load("f.yaml", "")).isInstanceOf(YamlNode.Null.class);
  }

  @Test
  void reportsEveryDuplicateKeyWithTheFirstLine() {
    assertThat(errorOf("a: 1\nb: 2\na: 3\nb: 4\n"))
        .isEqualTo(
            String.join(
                    "\n",
                    "f.yaml:3:1: error: duplicate key 'a'",
                    "  hint: it was first given at line 1",
                    "f.yaml:4:1: error: duplicate key 'b'",
                    "  hint: it was first given at line 2")
                .replace("\n  hint", System.lineSeparator() + "  hint"));
  }

  @Test
  void reportsASyntaxErrorWhereItIs() {
    assertThat(errorOf("a: [1, 2\nb: 3\n"))
        .startsWith("f.yaml:2:2: error: not valid YAML: ")
        .contains("hint: it started at line 1, column 4");
  }

  @Test
  void refusesAKeyThatIsNotAWord() {
    assertThat(errorOf("? [a, b]\n: 1\n"))
        .isEqualTo("f.yaml:1:3: error: a key must be a plain word, not a list");
  }

  @Test
  void refusesAnAliasBomb() {
    StringBuilder b = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      b.append(c).append(": &").append(c).append(" [");
      b.append(String.join(", ", Collections.nCopies(9, "*" + (char) (c - 1))));
      b.append("]\n");
    }
    assertThat(errorOf(b.toString()))
        .isEqualTo(
            "f.yaml:1:1: error: too many aliases: at most 20 uses of '*name' for lists and mappings"
                + " are allowed"
                + System.lineSeparator()
                + "  hint: write the values out instead of repeating them through aliases");
  }

  @Test
  void refusesDeepNestingCleanly() {
    assertThat(errorOf("a: " + "[".repeat(45) + "]".repeat(45)))
        .isEqualTo("f.yaml:1:43: error: nested too deeply (more than 40 levels)");
    // Far deeper than the limit: still a message, not a stack overflow.
    assertThat(errorOf("[".repeat(100_000) + "]".repeat(100_000))).contains("error:");
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    assertThat(errorOf("a: '" + "x".repeat(YamlLoader.MAX_CHARS) + "'\n"))
        .startsWith("f.yaml:1:1: error: file is too large (");
  }

  @Test
  void tooManyPlainValuesSayWhatTheLimitIsWithoutBlamingAliases() {
    String items = "- x\n".repeat(YamlLoader.MAX_NODES + 5);

    assertThat(errorOf(items))
        .startsWith("f.yaml:200000:3: error: too many values: more than 200000 in one file")
        .doesNotContain("alias");
  }

  @Test
  void tooManyValuesThroughAliasesSayHowAliasesCount() {
    String items = "- &v x\n" + "- *v\n".repeat(YamlLoader.MAX_NODES + 5);

    assertThat(errorOf(items))
        .contains(
            "error: too many values: more than 200000 in one file, counting each use of an alias"
                + " as the values it repeats");
  }

  @Test
  void namesEachKindOfRefusedCharacterForWhatItIs() {
    assertThat(errorOf("a: \"\\ud800\"\n"))
        .startsWith("f.yaml:1:4: error: lone surrogate U+D800 is not allowed in text")
        .doesNotContain("control character");
    assertThat(errorOf("a: \"x\\uFFFE\"\n"))
        .startsWith("f.yaml:1:4: error: noncharacter U+FFFE is not allowed in text");
    assertThat(errorOf("a: x\uFFFF\n"))
        .startsWith("f.yaml:1:5: error: noncharacter U+FFFF is not allowed in text");
    assertThat(errorOf("a: \"\\x1b\"\n"))
        .startsWith("f.yaml:1:4: error: control character U+001B is not allowed in text");
    assertThat(errorOf("a: \"\\x85\"\n"))
        .startsWith("f.yaml:1:4: error: control character U+0085 is not allowed in text");
    assertThat(errorOf("a: x\u007f\n"))
        .startsWith("f.yaml:1:5: error: control character U+007F is not allowed in text");
  }

  @Test
  void refusesAnEscapedControlCharacterInAKey() {
    assertThat(errorOf("\"k\\e[31m\": v\n"))
        .startsWith("f.yaml:1:1: error: control character U+001B is not allowed in text");
  }
}
