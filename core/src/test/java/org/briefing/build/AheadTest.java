package org.briefing.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AheadTest {

  @Test
  void runsTheTasksInOrderOnOneDaemonThreadTheFirstTimeOnly() throws InterruptedException {
    AtomicBoolean started = new AtomicBoolean();
    List<String> ran = new CopyOnWriteArrayList<>();
    Thread t =
        Ahead.start(
            started,
            List.of(
                () -> ran.add("a " + Thread.currentThread().getName()),
                () -> ran.add("b " + Thread.currentThread().getName())),
            2);
    assertThat(t).isNotNull();
    assertThat(t.isDaemon()).isTrue();
    t.join(60_000);
    assertThat(ran).containsExactly("a briefing-ahead", "b briefing-ahead");

    assertThat(Ahead.start(started, List.of(() -> ran.add("again")), 2)).isNull();
    assertThat(ran).hasSize(2);
  }

  @Test
  void aTaskThatFailsIsDroppedAndTheNextStillRuns() throws InterruptedException {
    List<String> ran = new CopyOnWriteArrayList<>();
    Thread t =
        Ahead.start(
            new AtomicBoolean(),
            List.of(
                () -> {
                  throw new IllegalStateException("broken");
                },
                () -> {
                  throw new StackOverflowError();
                },
                () -> ran.add("last")),
            2);
    t.join(60_000);
    assertThat(ran).containsExactly("last");
  }

  @Test
  void withOneProcessorOrNothingToDoNoThreadIsStarted() {
    AtomicBoolean started = new AtomicBoolean();
    List<String> ran = new CopyOnWriteArrayList<>();
    assertThat(Ahead.start(started, List.of(() -> ran.add("x")), 1)).isNull();
    assertThat(Ahead.start(started, List.of(), 4)).isNull();
    assertThat(ran).isEmpty();
    // Neither counted as the first time.
    assertThat(started).isFalse();
  }
}
