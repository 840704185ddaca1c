package org.briefing.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.Problems;
import org.junit.jupiter.api.Test;

class MappingReaderTest {
  private final Problems problems = new Problems();

  private MappingReader reader(String yaml) {
    return MappingReader.of(YamlLoader.load("f.yaml", yaml), "a finding", problems).orElseThrow();
  }

  private List<String> messages() {
    return problems.all().stream().map(d -> d.position() + " " + d.message()).toList();
  }

  @Test
  void readsTypedValues() {
    MappingReader m =
        reader("id: gas-stop\ntext: ' padded '\nn: 7\nx: 4.0\nb: false\nlist: [a, b]\none: c\n");
    assertThat(m.requiredId("id")).isEqualTo("gas-stop");
    assertThat(m.requiredText("text")).isEqualTo("padded");
    assertThat(m.requiredInteger("n")).isEqualTo(7);
    assertThat(m.requiredDecimal("x")).hasToString("4.0");
    assertThat(m.bool("b")).contains(false);
    assertThat(m.textList("list")).containsExactly("a", "b");
    assertThat(m.textList("one")).containsExactly("c");
    assertThat(m.text("absent")).isEmpty();
    m.finish();
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void recordsEveryProblemWithItsPosition() {
    MappingReader m =
        reader("id: Gas_Stop\nn: seven\nlist: {a: 1}\ntext: [x]\nstatment: s\nempty: ''\n");
    m.requiredId("id");
    m.requiredInteger("n");
    m.textList("list");
    m.requiredText("text");
    m.requiredText("statement");
    m.text("empty");
    m.finish();

    assertThat(messages())
        .containsExactly(
            "f.yaml:1:1 a finding needs 'statement'",
            "f.yaml:1:5 'Gas_Stop' is not a valid id",
            "f.yaml:2:4 'n' must be a whole number",
            "f.yaml:3:7 'list' must be a list, not a mapping",
            "f.yaml:4:7 'text' must be a text, not a list",
            "f.yaml:5:1 unknown key 'statment' in a finding",
            "f.yaml:6:8 'empty' is empty");
    assertThat(problems.all().get(5).hint()).isEqualTo("did you mean 'statement'?");
  }

  @Test
  void anUnknownKeyWithNothingCloseListsTheKnownKeys() {
    MappingReader m = reader("id: a\ncolour: red\n");
    m.requiredId("id");
    m.text("topics");
    m.finish();
    assertThat(problems.all())
        .singleElement()
        .extracting(Diagnostic::hint)
        .isEqualTo("known keys: id, topics");
  }

  @Test
  void keepsThePositionOfEveryListItem() {
    MappingReader m = reader("topics: [energy, 'nato', [x]]\n");
    List<YamlNode.Scalar> items = m.textItems("topics");
    assertThat(items).extracting(YamlNode.Scalar::value).containsExactly("energy", "nato");
    assertThat(items).extracting(i -> i.position().column()).containsExactly(10, 18);
    assertThat(messages()).containsExactly("f.yaml:1:26 'topics' must be a text, not a list");
  }

  @Test
  void readsAMappingOfFreeKeys() {
    MappingReader m =
        reader("units:\n  article.title: {text: a}\n  table.title: {text: b}\nbad: x\n");
    assertThat(m.entries("units"))
        .extracting(YamlNode.Entry::key)
        .containsExactly("article.title", "table.title");
    assertThat(m.entries("bad")).isEmpty();
    assertThat(messages()).containsExactly("f.yaml:4:6 'bad' must be a mapping, not a text");
  }

  @Test
  void namesTheMappingInLaterMessages() {
    MappingReader m = reader("id: gipl\nextra: 1\n");
    m.named("finding 'gipl'").requiredId("id");
    m.finish();
    assertThat(messages()).containsExactly("f.yaml:2:1 unknown key 'extra' in finding 'gipl'");
  }

  @Test
  void aValueThatIsNotAMappingIsReported() {
    assertThat(MappingReader.of(YamlLoader.load("f.yaml", "- a\n"), "a finding", problems))
        .isEmpty();
    assertThat(messages())
        .containsExactly("f.yaml:1:1 a finding must be a mapping of keys, not a list");
  }
}
