package org.briefing.diagnostics;

import java.util.Objects;

/**
 * One problem found in the input, printed as {@code path:line:column: error: message} with an
 * optional hint line.
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, String hint)
    implements Comparable<Diagnostic> {

  /** How bad a problem is. */
  public enum Severity {
    ERROR,
    WARNING;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(position);
    Objects.requireNonNull(message);
    hint = hint == null || hint.isBlank() ? null : hint;
  }

  public static Diagnostic error(SourcePosition position, String message) {
    return new Diagnostic(Severity.ERROR, position, message, null);
  }

  public static Diagnostic error(SourcePosition position, String message, String hint) {
    return new Diagnostic(Severity.ERROR, position, message, hint);
  }

  public static Diagnostic warning(SourcePosition position, String message, String hint) {
    return new Diagnostic(Severity.WARNING, position, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The message as a person reads it: one line, and a hint line where there is one. */
  public String format() {
    String head = printable(position + ": " + severity.label() + ": " + message);
    return hint == null ? head : head + System.lineSeparator() + "  hint: " + printable(hint);
  }

  /**
   * Text safe to print on a terminal: control characters, bidi controls and lone surrogates (which
   * may come from hostile input quoted in a message) are shown escaped, such as {@code \u001B}.
   */
  public static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe =
          Character.isISOControl(c)
              || c == '\u061C'
              || c == '\u200E'
              || c == '\u200F'
              || (c >= '\u202A' && c <= '\u202E')
              || (c >= '\u2066' && c <= '\u2069')
              || (Character.isHighSurrogate(c)
                  && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
              || (Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
      if (unsafe && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (unsafe) {
          b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = position.path().compareTo(o.position.path());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(position.line(), o.position.line());
    if (c != 0) {
      return c;
    }
    return Integer.compare(position.column(), o.position.column());
  }

  @Override
  public String toString() {
    return format();
  }
}
