package org.briefing.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The JSON Schema that editors use to complete and check specs, checked by a real JSON Schema
 * validator: every shipped spec is valid against it, and typical mistakes are not.
 */
class SpecSchemaValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonNode node = JSON.readTree(SpecSchema.json());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  static Stream<Path> exampleSpecs() throws IOException {
    Path dir = Path.of("..", "briefings");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> specs = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(specs).hasSizeGreaterThanOrEqualTo(7);
      return specs.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleSpecs")
  void everyShippedSpecIsValidAgainstTheSchema(Path spec) throws IOException {
    Set<ValidationMessage> errors = validate(Files.readString(spec, StandardCharsets.UTF_8));
    assertThat(errors).as(spec.toString()).isEmpty();
  }

  @Test
  void typicalMistakesAreCaughtByTheSchema() {
    assertThat(validate("title: x\nlangauge: en\nsections: [key-points]\n")).isNotEmpty();
    assertThat(validate("title: x\nlanguage: English\nsections: [key-points]\n")).isNotEmpty();
    assertThat(validate("title: x\nlanguage: [en]\nsections: [key-points]\n")).isNotEmpty();
    assertThat(validate("title: x\nmax-pages: two\nsections: [key-points]\n")).isNotEmpty();
    assertThat(validate("title: x\nsections: [recomendations]\n")).isNotEmpty();
    assertThat(validate("title: x\nsections: [{type: findings, group_by: topic}]\n")).isNotEmpty();
    assertThat(validate("title: x\nsections: [key-points]\n")).isEmpty();
  }

  private static Set<ValidationMessage> validate(String yaml) {
    Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return schema.validate(JSON.valueToTree(data));
  }
}
