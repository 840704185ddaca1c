package org.briefing.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AheadTest {

  private static Map<String, Runnable> tasks(Object... nameThenTask) {
    Map<String, Runnable> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenTask.length; i += 2) {
      m.put((String) nameThenTask[i], (Runnable) nameThenTask[i + 1]);
    }
    return m;
  }

  @Test
  void runsEachNamedTaskInOrderOnADaemonThreadTheFirstTimeOnly() throws InterruptedException {
    Set<String> started = ConcurrentHashMap.newKeySet();
    List<String> ran = new CopyOnWriteArrayList<>();
    Runnable a = () -> ran.add("a " + Thread.currentThread().getName());
    Runnable b = () -> ran.add("b " + Thread.currentThread().getName());
    Thread t = Ahead.start(started, tasks("a", a, "b", b), 2);
    assertThat(t).isNotNull();
    assertThat(t.isDaemon()).isTrue();
    t.join(60_000);
    assertThat(ran).containsExactly("a briefing-ahead", "b briefing-ahead");

    assertThat(Ahead.start(started, tasks("a", a, "b", b), 2)).isNull();
    assertThat(ran).hasSize(2);

    // Named again with a new one: only the new one runs.
    Thread again = Ahead.start(started, tasks("b", b, "c", (Runnable) () -> ran.add("c")), 2);
    again.join(60_000);
    assertThat(ran).containsExactly("a briefing-ahead", "b briefing-ahead", "c");
  }

  @Test
  void aTaskThatFailsIsDroppedAndTheNextStillRuns() throws InterruptedException {
    List<String> ran = new CopyOnWriteArrayList<>();
    Runnable broken =
        () -> {
          throw new IllegalStateException("broken");
        };
    Runnable overflow =
        () -> {
          throw new StackOverflowError();
        };
    Thread t =
        Ahead.start(
            ConcurrentHashMap.newKeySet(),
            tasks("x", broken, "y", overflow, "z", (Runnable) () -> ran.add("last")),
            2);
    t.join(60_000);
    assertThat(ran).containsExactly("last");
  }

  @Test
  void withOneProcessorOrNothingToDoNoThreadIsStarted() {
    Set<String> started = ConcurrentHashMap.newKeySet();
    List<String> ran = new CopyOnWriteArrayList<>();
    assertThat(Ahead.start(started, tasks("x", (Runnable) () -> ran.add("x")), 1)).isNull();
    assertThat(Ahead.start(started, Map.of(), 4)).isNull();
    assertThat(ran).isEmpty();
    // Neither counted as the first time.
    assertThat(started).isEmpty();
  }
}
