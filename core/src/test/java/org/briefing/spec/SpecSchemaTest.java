package org.briefing.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.briefing.sections.Option;
import org.briefing.sections.SectionKinds;
import org.junit.jupiter.api.Test;

class SpecSchemaTest {
  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void schemaIsValidJsonOfDraft202012() throws Exception {
    JsonNode root = new ObjectMapper().readTree(SpecSchema.json());
    assertEquals("https://json-schema.org/draft/2020-12/schema", root.get("$schema").asText());
    assertEquals(SpecSchema.json(), SpecSchema.json());
  }

  @Test
  void schemaHasTheReadersKeys() {
    JsonNode root = SpecSchema.schema();
    assertEquals(SpecReader.KEYS, names(root.get("properties")));
    assertEquals(
        SpecReader.FILTER_KEYS, names(root.get("properties").get("filters").get("properties")));
    JsonNode forms = root.get("$defs").get("section").get("oneOf");
    List<String> kinds = new ArrayList<>();
    for (int i = 1; i < forms.size(); i++) {
      JsonNode props = forms.get(i).get("properties");
      String kind = props.get("type").get("const").asText();
      kinds.add(kind);
      List<String> options = names(props);
      options.remove("type");
      assertEquals(
          SectionKinds.named(kind).orElseThrow().options().stream().map(Option::name).toList(),
          options,
          kind);
    }
    assertEquals(SectionKinds.names(), kinds);
  }

  @Test
  void textTitleAndBodyAreATextOrAMappingByLanguage() {
    JsonNode forms = SpecSchema.schema().get("$defs").get("section").get("oneOf");
    JsonNode text = null;
    for (JsonNode f : forms) {
      if (f.has("properties")
          && f.get("properties").get("type").get("const").asText().equals("text")) {
        text = f.get("properties");
      }
    }
    for (String key : List.of("title", "body")) {
      JsonNode oneOf = text.get(key).get("oneOf");
      assertEquals(2, oneOf.size(), key);
      assertEquals("string", oneOf.get(0).get("type").asText());
      assertEquals("object", oneOf.get(1).get("type").asText());
      assertEquals("^[a-z]{2,3}$", oneOf.get(1).get("propertyNames").get("pattern").asText());
      assertEquals("string", oneOf.get(1).get("additionalProperties").get("type").asText());
      assertEquals(1, oneOf.get(1).get("minProperties").asInt());
    }
  }

  @Test
  void tlpLabelsAreListedExactly() {
    JsonNode labels = SpecSchema.schema().get("properties").get("marking").get("anyOf").get(0);
    assertEquals(
        "[\"TLP:CLEAR\",\"TLP:GREEN\",\"TLP:AMBER\",\"TLP:AMBER+STRICT\",\"TLP:RED\"]",
        labels.get("enum").toString());
  }
}
