package org.briefing.cli;

import java.util.concurrent.Callable;
import org.briefing.spec.SpecSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code briefing schema}: prints the JSON Schema of the spec format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema of the briefing spec format.",
      "Editors use it to complete and check specs: start a spec with:",
      "  # yaml-language-server: $schema=./schema/briefing-spec.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(SpecSchema.json());
    return Main.OK;
  }
}
