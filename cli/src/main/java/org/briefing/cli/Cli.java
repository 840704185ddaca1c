package org.briefing.cli;

import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Language;

/** Checks of command-line values, reported like any other bad input (exit status 2). */
final class Cli {
  private static final SourcePosition COMMAND_LINE = SourcePosition.file("<command line>");

  private Cli() {}

  /** A bad command-line value: exit status 2. */
  static InvalidInputException usage(String message, String hint) {
    return new InvalidInputException(Diagnostic.error(COMMAND_LINE, message, hint));
  }

  /** A language code named on the command line. */
  static Language language(String code) {
    return Language.fromCode(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Diagnostic.error(
                        COMMAND_LINE,
                        "'" + code + "' is not a language code",
                        "write an ISO 639 code such as en or pl")));
  }

  /** A language of the corpus, named on the command line. */
  static Language language(String code, org.briefing.model.Corpus corpus) {
    Language l =
        Language.fromCode(code)
            .filter(corpus.languages()::contains)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        Diagnostic.error(
                            COMMAND_LINE,
                            "unknown language '" + code + "'",
                            "the corpus's languages are "
                                + String.join(
                                    ", ",
                                    corpus.languages().stream().map(Language::code).toList()))));
    if (!org.briefing.i18n.Labels.available(l)) {
      throw new InvalidInputException(
          Diagnostic.error(
              COMMAND_LINE,
              org.briefing.i18n.Labels.missing(l),
              org.briefing.i18n.Labels.missingHint(l)));
    }
    return l;
  }

  /**
   * An output path given with {@code option}, checked: an empty one is refused (it would mean the
   * working folder, or no file at all).
   */
  static java.nio.file.Path output(java.nio.file.Path path, String option) {
    if (path != null && path.toString().isEmpty()) {
      throw usage(option + " is empty", "give " + option + " a file or folder name");
    }
    return path;
  }

  /**
   * The files or folders a command names, checked: an empty one is refused (it would mean the
   * working folder, and build or check everything in it).
   */
  static void paths(java.util.List<java.nio.file.Path> given, String label) {
    for (java.nio.file.Path p : given == null ? java.util.List.<java.nio.file.Path>of() : given) {
      if (p.toString().isEmpty()) {
        throw usage(
            "an empty " + label + " was given", "give a file or folder name (. for this folder)");
      }
    }
  }

  /**
   * The values given to {@code -f} as typed, checked: no format name may be empty ({@code -f ,},
   * {@code -f md,}, {@code -f md,,html}), which would otherwise be dropped without a word.
   */
  static void formatNames(java.util.List<String> given) {
    for (String f : given) {
      for (String name : f.split(",", -1)) {
        if (name.isBlank()) {
          throw usage(
              "-f '" + f + "' has an empty format name",
              "give format names separated by commas, such as -f md,html");
        }
      }
    }
  }

  /** A TCP port given with {@code --port}: 0 (a free one) to 65535. */
  static int port(int port) {
    if (port < 0 || port > 65535) {
      throw usage(
          "--port " + port + " is not a port",
          "give a port from 1 to 65535, or 0 for a free one (--no-serve for none)");
    }
    return port;
  }
}
