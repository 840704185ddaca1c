package org.briefing.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Work done ahead, on an idle core: the first build of a process hands the one-time preparations it
 * will need (a citation processor, a renderer's classes, style sheets and fonts) to a daemon
 * thread, and reads its corpus and assembles meanwhile, so that they are ready, or under way, when
 * the build reaches them. Each preparation is started once per process: later builds find it done.
 * Nothing depends on it: a preparation that fails is dropped, and the build does the same work
 * itself, with its own messages.
 *
 * <pre>{@code Ahead.once(Map.of("render:pdf", provider::prepare));}</pre>
 */
public final class Ahead {
  private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

  private Ahead() {}

  /**
   * Runs, in order on one daemon thread, each task whose name this process has not been given
   * before, when there is a second processor to run them on; otherwise does nothing. A name stands
   * for one preparation ({@code "render:pdf"}, {@code "citations"}): a build that starts the
   * renderers' preparations before its corpus is read, and the assembling that names them again,
   * run each once.
   *
   * @return the thread started, or null
   */
  public static Thread once(Map<String, Runnable> tasks) {
    return start(STARTED, tasks, Runtime.getRuntime().availableProcessors());
  }

  /** {@link #once}, with its names and the number of processors given (for tests). */
  static Thread start(Set<String> started, Map<String, Runnable> tasks, int processors) {
    if (tasks.isEmpty() || processors < 2) {
      return null;
    }
    List<Runnable> copy = new ArrayList<>();
    tasks.forEach(
        (name, task) -> {
          if (started.add(name)) {
            copy.add(task);
          }
        });
    if (copy.isEmpty()) {
      return null;
    }
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
