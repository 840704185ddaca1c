package org.briefing.cli;

import java.io.PrintWriter;

/**
 * Progress while building many briefings: a self-updating line on a terminal, nothing when the
 * output is not a terminal (CI, pipes), where only the summary and errors are printed.
 */
abstract class Progress {
  abstract void step(int index, String name);

  abstract void done(String line);

  abstract void clear();

  static Progress forTerminal(PrintWriter err, int total) {
    return isTerminal() && total > 1 ? new Line(err, total) : new Quiet();
  }

  /** Whether both standard streams go to a terminal (and this is not CI). */
  static boolean isTerminal() {
    if (System.getenv("CI") != null || System.console() == null) {
      return false;
    }
    try {
      // Java 22+: a console exists even when redirected; ask whether it is a terminal.
      Object r = java.io.Console.class.getMethod("isTerminal").invoke(System.console());
      return Boolean.TRUE.equals(r);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  private static final class Quiet extends Progress {
    @Override
    void step(int index, String name) {}

    @Override
    void done(String line) {}

    @Override
    void clear() {}
  }

  private static final class Line extends Progress {
    private final PrintWriter err;
    private final int total;

    Line(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
    }

    @Override
    void step(int index, String name) {
      err.print("\r\033[K[" + index + "/" + total + "] building " + name);
      err.flush();
    }

    @Override
    void done(String line) {
      err.print("\r\033[K");
      err.println("  " + line);
      err.flush();
    }

    @Override
    void clear() {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
