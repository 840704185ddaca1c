package org.briefing.corpus;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Waiting for a task that another thread may be running (a corpus file's parse, a read). */
public final class Tasks {
  private Tasks() {}

  /**
   * The task's result: runs it on this thread if no thread has started it, else waits for it.
   * Interrupts are kept for after (the tasks are short and bounded); what the task threw is thrown
   * here, as if it had run here.
   */
  public static <T> T join(FutureTask<T> task) {
    task.run(); // does nothing once another thread has started it
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
