package org.briefing.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem found while reading input, so that one run reports them all instead of
 * stopping at the first. Not thread-safe: one per read.
 */
public final class Problems {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public void error(SourcePosition at, String message) {
    diagnostics.add(Diagnostic.error(at, message));
  }

  public void error(SourcePosition at, String message, String hint) {
    diagnostics.add(Diagnostic.error(at, message, hint));
  }

  public void warning(SourcePosition at, String message, String hint) {
    diagnostics.add(Diagnostic.warning(at, message, hint));
  }

  public void add(Diagnostic d) {
    diagnostics.add(d);
  }

  public void addAll(List<Diagnostic> ds) {
    diagnostics.addAll(ds);
  }

  /** Whether an error was recorded in the file {@code path}. */
  public boolean hasErrorsIn(String path) {
    return diagnostics.stream().anyMatch(d -> d.isError() && d.position().path().equals(path));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** All problems, sorted by file and position. */
  public List<Diagnostic> all() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    Collections.sort(sorted);
    return List.copyOf(sorted);
  }

  /** Throws {@link InvalidInputException} carrying every problem if any of them is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new InvalidInputException(all());
    }
  }
}
