package org.briefing.render;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * A render that gives way. A render a thread runs in the background only to get the code compiled
 * ({@code watch}'s warm-up) stops as soon as more urgent work starts (a save's rebuild), instead of
 * sharing the cores with it to its end. The background thread runs its render inside {@link #when};
 * a renderer takes {@link #current()} once and checks it as it goes ({@link #check}), and the
 * render then ends with {@link Stopped}. A render outside {@link #when} always runs to its end.
 *
 * <pre>{@code
 * GiveWay.when(() -> rebuilding, () -> renderer.render(document, OutputStream.nullOutputStream()));
 * }</pre>
 */
public final class GiveWay {
  private static final BooleanSupplier NEVER = () -> false;
  private static final ThreadLocal<BooleanSupplier> STOP = new ThreadLocal<>();

  private GiveWay() {}

  /** A render stopped because more urgent work started; carries no stack trace. */
  public static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the render gave way to more urgent work", null, false, false);
    }
  }

  /** Work that may give way. */
  public interface Work {
    void run() throws IOException;
  }

  /**
   * Runs the work on this thread; the renders in it stop with {@link Stopped} once {@code stop}
   * holds (it is asked often: it must be quick, such as a volatile field's read).
   */
  public static void when(BooleanSupplier stop, Work work) throws IOException {
    BooleanSupplier outer = STOP.get();
    STOP.set(stop);
    try {
      work.run();
    } finally {
      if (outer == null) {
        STOP.remove();
      } else {
        STOP.set(outer);
      }
    }
  }

  /** The condition on which this thread's render stops: never, outside {@link #when}. */
  public static BooleanSupplier current() {
    BooleanSupplier stop = STOP.get();
    return stop == null ? NEVER : stop;
  }

  /** Ends the render, with {@link Stopped}, when the condition holds. */
  public static void check(BooleanSupplier stop) {
    if (stop.getAsBoolean()) {
      throw new Stopped();
    }
  }
}
