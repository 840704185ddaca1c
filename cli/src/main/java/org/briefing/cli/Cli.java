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
    return Language.fromCode(code)
        .filter(corpus.languages()::contains)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Diagnostic.error(
                        COMMAND_LINE,
                        "unknown language '" + code + "'",
                        "the corpus's languages are "
                            + String.join(
                                ", ", corpus.languages().stream().map(Language::code).toList()))));
  }
}
