package org.briefing.diagnostics;

/**
 * A place in an input file, 1-based, as editors count it.
 *
 * <pre>{@code new SourcePosition("briefings/corpus/findings.yaml", 12, 5).toString()
 * // "briefings/corpus/findings.yaml:12:5"}</pre>
 */
public record SourcePosition(String path, int line, int column) {

  /** A position for a whole file, when no line is known. */
  public static SourcePosition file(String path) {
    return new SourcePosition(path, 1, 1);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
