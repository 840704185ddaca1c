package org.briefing.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by the commands that read the article's data. */
final class CorpusOption {
  static final String NAME = "--corpus";
  static final String LABEL = "DIR";
  static final String DESCRIPTION =
      "Read the corpus from DIR (default: a corpus/ folder beside the spec, if any, else the"
          + " corpus built into the tool).";

  @Option(names = NAME, paramLabel = LABEL, description = DESCRIPTION)
  Path dir;
}
