package org.briefing.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.assemble.Assembler;
import org.briefing.assemble.Assembly;
import org.briefing.corpus.CorpusReader;
import org.briefing.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example spec in briefings/ validates and assembles against the real corpus. */
class ExampleSpecsTest {
  static final Path BRIEFINGS = Path.of("..", "briefings");
  static final Corpus CORPUS = CorpusReader.read(BRIEFINGS.resolve("corpus")).corpus();
  private static final String SCHEMA_LINE =
      "# yaml-language-server: $schema=./schema/briefing-spec.schema.json";

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(BRIEFINGS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void theExamplesAreThere() throws IOException {
    List<String> names = examples().map(p -> p.getFileName().toString()).toList();
    assertTrue(
        names.containsAll(
            List.of(
                "full-article.yaml",
                "abstract-pl.yaml",
                "bilingual-summary.yaml",
                "energy-security.yaml",
                "belarus-sanctions.yaml",
                "nato-madrid.yaml",
                "summary-table.yaml")),
        names.toString());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void validatesAndAssemblesWithinItsBudget(Path file) throws IOException {
    assertTrue(
        Files.readString(file, StandardCharsets.UTF_8).startsWith(SCHEMA_LINE + "\n"),
        file + " must start with the schema line");
    BriefingSpec spec = SpecReader.of(CORPUS).withFormats(List.of()).read(file);
    Assembly a = Assembler.of(CORPUS).withEnvironment(Map.of()).assemble(spec);
    assertEquals(List.of(), a.warnings(), file + ": " + a.words() + " words");
    assertTrue(a.words() > 0);
  }

  @Test
  void theSchemaFileIsTheSchemaTheToolPrints() throws IOException {
    Path file = BRIEFINGS.resolve("schema/briefing-spec.schema.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, SpecSchema.json() + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(
        SpecSchema.json() + "\n",
        Files.readString(file, StandardCharsets.UTF_8),
        "regenerate it: ./mvnw -pl core test -Dtest=ExampleSpecsTest -Dgolden.update=true");
  }
}
