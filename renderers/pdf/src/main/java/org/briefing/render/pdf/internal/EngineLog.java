package org.briefing.render.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Routes openhtmltopdf's logging away from standard output: warnings and errors go to the {@link
 * System.Logger} named {@code org.briefing.render.pdf.openhtmltopdf}; its many INFO messages are
 * dropped.
 *
 * <pre>{@code EngineLog.install();}</pre>
 */
public final class EngineLog implements XRLogger {
  private static final System.Logger LOG =
      System.getLogger("org.briefing.render.pdf.openhtmltopdf");

  private EngineLog() {}

  /** Installs this logger for the whole JVM (openhtmltopdf's logging is global). */
  public static synchronized void install() {
    if (!(XRLog.getLoggerImpl() instanceof EngineLog)) {
      XRLog.setLoggerImpl(new EngineLog());
    }
  }

  private static boolean wanted(Level level) {
    return level.intValue() >= Level.WARNING.intValue();
  }

  /**
   * The engine warns when a document has no subject, but the PDF renderer writes the XMP metadata
   * itself afterwards and veraPDF finds the files PDF/UA-1 compliant without one.
   */
  private static boolean misleading(String msg) {
    return msg != null && msg.startsWith("No document description provided");
  }

  @Override
  public void log(String where, Level level, String msg) {
    if (wanted(level) && !misleading(msg)) {
      LOG.log(level(level), "{0}: {1}", where, msg);
    }
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    if (wanted(level) && !misleading(msg)) {
      LOG.log(level(level), where + ": " + msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {}

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return wanted(diagnostic.getLevel());
  }

  private static System.Logger.Level level(Level level) {
    return level.intValue() >= Level.SEVERE.intValue()
        ? System.Logger.Level.ERROR
        : System.Logger.Level.WARNING;
  }
}
