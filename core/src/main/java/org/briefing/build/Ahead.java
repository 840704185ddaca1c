package org.briefing.build;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work done ahead, on an idle core: the first build of a process hands the one-time preparations it
 * will need (a citation processor, a renderer's classes, template and fonts) to one daemon thread,
 * and assembles meanwhile, so that they are ready, or under way, when the build reaches them. Only
 * the first build does this: later ones in the same process find that work done. Nothing depends on
 * it: a preparation that fails is dropped, and the build does the same work itself, with its own
 * messages.
 *
 * <pre>{@code Ahead.once(List.of(provider::prepare));}</pre>
 */
public final class Ahead {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private Ahead() {}

  /**
   * Runs the tasks in order on a daemon thread, the first time this is called in the process and
   * when there is a second processor to run them on; otherwise does nothing.
   *
   * @return the thread started, or null
   */
  public static Thread once(List<Runnable> tasks) {
    return start(STARTED, tasks, Runtime.getRuntime().availableProcessors());
  }

  /** {@link #once}, with its flag and the number of processors given (for tests). */
  static Thread start(AtomicBoolean started, List<Runnable> tasks, int processors) {
    if (tasks.isEmpty() || processors < 2 || !started.compareAndSet(false, true)) {
      return null;
    }
    List<Runnable> copy = List.copyOf(tasks);
    Thread t =
        new Thread(
            () -> {
              for (Runnable task : copy) {
                try {
                  task.run();
                } catch (Throwable e) {
                  // Dropped, whatever it is: the build meets the same problem where it does this
                  // work itself, and reports it there.
                }
              }
            },
            "briefing-ahead");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
