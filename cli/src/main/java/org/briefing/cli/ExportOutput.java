package org.briefing.cli;

import java.nio.file.Path;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Where an export goes (a Picocli mixin): {@code -o FILE}, written whole or not at all, or standard
 * output. Used by {@code xliff export}, {@code glossary export}, {@code tm export} and {@code
 * table}.
 */
final class ExportOutput {
  private static final String DESCRIPTION =
      "Write to FILE (whole or not at all) instead of standard output; - is standard output."
          + " Only a regular file is replaced.";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = DESCRIPTION)
  Path output;

  /** The option in a command's model made by hand. */
  static OptionSpec spec() {
    return Main.option(Path.class, "FILE", DESCRIPTION, "-o", "--output");
  }

  /**
   * Writes the bytes; to a file, with "wrote FILE (what)" on standard error.
   *
   * @param what what the file holds, for people: "12 terms"
   */
  void emit(CommandSpec spec, byte[] bytes, String what) {
    Cli.output(output, "-o");
    if (Main.isStandardOutput(output)) {
      // Checked like every other standard output: a full disk or a closed pipe is an error.
      ((Main) spec.root().userObject()).writeRaw(bytes);
    } else {
      write(output, bytes);
      spec.commandLine()
          .getErr()
          .println(Diagnostic.printable("wrote " + output + " (" + what + ")"));
    }
  }

  /** Replaces a file whole or not at all; a failure is the user's to fix (exit status 2). */
  static void write(Path target, byte[] bytes) {
    try {
      AtomicFiles.write(target, bytes);
    } catch (java.io.IOException e) {
      AtomicFiles.WriteFailure f = AtomicFiles.failure(target, e);
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(f.getFile()),
              "cannot write: " + f.getReason(),
              "check that the folder exists and is writable"));
    }
  }
}
