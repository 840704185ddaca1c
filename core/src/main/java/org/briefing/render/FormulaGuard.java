package org.briefing.render;

import java.util.regex.Pattern;

/**
 * Neutralises cells a spreadsheet would run as a formula, as OWASP advises for CSV injection: a
 * cell whose first non-blank character is {@code = + - @}, a tab or a carriage return (or their
 * full-width forms) gets a leading apostrophe, which spreadsheets show as text. A plain number such
 * as {@code -12.5} or {@code +3 %} is left as it is.
 *
 * <p>Every CSV the tool writes (the CSV renderer's tables and text rows, the glossary export) puts
 * every field through it, so that no file of the tool runs a formula in a spreadsheet.
 *
 * <pre>{@code
 * printer.print(FormulaGuard.neutralise(cell));
 * }</pre>
 */
public final class FormulaGuard {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)*\\s?%?");

  private FormulaGuard() {}

  /** The cell as a spreadsheet should show it: with a leading apostrophe if it is a formula. */
  public static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == ' ') {
      i++;
    }
    char first = i < cell.length() ? cell.charAt(i) : cell.charAt(0);
    boolean risky =
        "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(first) >= 0
            || cell.charAt(0) == '\t'
            || cell.charAt(0) == '\r';
    if (!risky || NUMBER.matcher(cell.strip()).matches()) {
      return cell;
    }
    return "'" + cell;
  }
}
