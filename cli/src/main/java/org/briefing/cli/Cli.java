package org.briefing.cli;

import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Language;
import org.briefing.model.PartialDate;

/** Checks of command-line values, reported like any other bad input (exit status 2). */
final class Cli {
  private static final SourcePosition COMMAND_LINE = SourcePosition.file("<command line>");

  private Cli() {}

  static Language language(String code) {
    return Language.fromCode(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Diagnostic.error(
                        COMMAND_LINE, "unknown language '" + code + "'", "use 'en' or 'pl'")));
  }

  static PartialDate date(String option, String text, int defaultYear) {
    try {
      return PartialDate.parse(text, defaultYear);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          Diagnostic.error(
              COMMAND_LINE,
              option + ": " + e.getMessage(),
              "write a date such as " + PartialDate.acceptedForms()));
    }
  }
}
