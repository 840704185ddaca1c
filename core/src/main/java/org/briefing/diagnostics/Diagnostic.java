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
    String head = position + ": " + severity.label() + ": " + message;
    return hint == null ? head : head + System.lineSeparator() + "  hint: " + hint;
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
