package org.briefing.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by the commands that read the article's data. */
final class CorpusOption {
  static final String NAME = "--corpus";
  static final String LABEL = "DIR";
  static final String DESCRIPTION =
      "Read the corpus from DIR (default: a corpus/ folder beside the spec, if any, else the"
          + " corpus built into the tool).";

  @Option(names = NAME, paramLabel = LABEL, description = DESCRIPTION)
  private Path dir;

  /** The option in a command's model made by hand. */
  static OptionSpec spec() {
    return Main.option(Path.class, LABEL, DESCRIPTION, NAME);
  }

  /** The folder given, checked (see {@link #folder}); null when none is. */
  Path dir() {
    return folder(dir, NAME);
  }

  /**
   * A folder given with {@code option} ({@code --corpus}, {@code --root}), checked: an empty one is
   * refused, as an empty {@code -o} is, since it would quietly mean the working folder.
   */
  static Path folder(Path path, String option) {
    if (path != null && path.toString().isEmpty()) {
      throw Cli.usage(
          option + " is empty", "give " + option + " a folder (" + option + " . for this one)");
    }
    return path;
  }
}
