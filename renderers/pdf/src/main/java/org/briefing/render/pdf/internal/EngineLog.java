package org.briefing.render.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.render.PictureProblem;

/**
 * Routes the PDF libraries' logging away from standard output and keeps stack traces off the user's
 * terminal: openhtmltopdf's warnings and errors go, one line each, to the {@link System.Logger}
 * named {@code org.briefing.render.pdf.openhtmltopdf} (its many INFO messages are dropped); the
 * records of PDFBox, FontBox and Batik (commons-logging and java.util.logging) lose their stack
 * trace, whose messages are added to the line. While a render {@linkplain #capture captures} them,
 * the engine's messages about pictures are kept for it instead, so that it can turn a picture the
 * engine failed to draw into the spec's error.
 *
 * <pre>{@code EngineLog.install();}</pre>
 */
public final class EngineLog implements XRLogger {
  private static final System.Logger LOG =
      System.getLogger("org.briefing.render.pdf.openhtmltopdf");

  /**
   * The java.util.logging loggers of the libraries, held so that they keep their filter
   * (java.util.logging holds loggers weakly).
   */
  private static final List<Logger> QUIETED = new ArrayList<>();

  private static final ThreadLocal<List<String>> CAPTURED = new ThreadLocal<>();

  private EngineLog() {}

  /** Installs this logger for the whole JVM (openhtmltopdf's logging is global). */
  public static synchronized void install() {
    if (!(XRLog.getLoggerImpl() instanceof EngineLog)) {
      XRLog.setLoggerImpl(new EngineLog());
    }
    if (QUIETED.isEmpty()) {
      for (String name :
          List.of(
              "org.briefing.render.pdf",
              "org.apache.pdfbox",
              "org.apache.fontbox",
              "org.apache.batik",
              "org.apache.xmlgraphics",
              "com.openhtmltopdf")) {
        Logger logger = Logger.getLogger(name);
        logger.setFilter(withoutStackTrace(logger.getFilter()));
        QUIETED.add(logger);
      }
    }
  }

  /**
   * A filter that folds a record's exception into its message ("…: IOException: bad font") and
   * drops the stack trace, then asks {@code next}, if any.
   */
  static Filter withoutStackTrace(Filter next) {
    return record -> {
      if (record.getThrown() != null) {
        record.setMessage(record.getMessage() + " (" + causes(record.getThrown()) + ")");
        record.setThrown(null);
      }
      return next == null || next.isLoggable(record);
    };
  }

  /** An exception and its causes, as "Type: message; Type: message", without a stack trace. */
  static String causes(Throwable th) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (Throwable t = th; t != null && n < 5; t = t.getCause(), n++) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        b.append(": ").append(t.getMessage().replaceAll("\\s+", " ").strip());
      }
    }
    return b.toString();
  }

  /**
   * Keeps, on this thread until {@link Capture#close}, the engine's warnings about pictures (an SVG
   * it could not load or draw, a resource it refused to fetch) rather than logging them.
   */
  public static Capture capture() {
    List<String> list = new ArrayList<>();
    CAPTURED.set(list);
    return new Capture(list);
  }

  /** The engine's picture warnings of one render. */
  public static final class Capture implements AutoCloseable {
    private final List<String> pictures;

    private Capture(List<String> pictures) {
      this.pictures = pictures;
    }

    /** The picture warnings so far, one line each, as {@link PictureProblem#reason} words them. */
    public List<String> pictureProblems() {
      return List.copyOf(pictures);
    }

    @Override
    public void close() {
      CAPTURED.remove();
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

  /** Whether an engine message is about a picture it could not load, fetch or draw. */
  static boolean aboutPicture(String where, String msg, Throwable th) {
    String text =
        (where + " " + msg + " " + (th == null ? "" : causes(th))).toLowerCase(Locale.ROOT);
    return text.contains("svg")
        || text.contains("xml resource")
        || text.contains("image")
        || text.contains("batik")
        || text.contains("external resource");
  }

  private static void handle(Level level, String where, String msg, Throwable th) {
    if (!wanted(level) || misleading(msg)) {
      return;
    }
    List<String> captured = CAPTURED.get();
    if (captured != null && aboutPicture(where, msg, th)) {
      captured.add(
          th == null ? PictureProblem.reason(String.valueOf(msg)) : PictureProblem.reason(th));
    } else {
      LOG.log(level(level), "{0}: {1}", where, msg + (th == null ? "" : " (" + causes(th) + ")"));
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    handle(level, where, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    handle(level, where, msg, th);
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
