package org.briefing.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyUsedTest {
  @Test
  void keepsTheLastUsedAndDropsTheLeastRecentlyUsed() {
    RecentlyUsed<String, Integer> kept = new RecentlyUsed<>(2);
    kept.put("a", 1);
    kept.put("b", 2);
    assertThat(kept.get("a")).isEqualTo(1); // a is now more recent than b
    kept.put("c", 3);
    assertThat(kept.get("b")).isNull();
    assertThat(kept.get("a")).isEqualTo(1);
    assertThat(kept.get("c")).isEqualTo(3);
  }

  @Test
  void makesAValueOnceAndATakenValueIsGone() {
    RecentlyUsed<String, String> kept = new RecentlyUsed<>(4);
    AtomicInteger made = new AtomicInteger();
    assertThat(kept.get("k", k -> k + made.incrementAndGet())).isEqualTo("k1");
    assertThat(kept.get("k", k -> k + made.incrementAndGet())).isEqualTo("k1");
    assertThat(made).hasValue(1);
    kept.putIfAbsent("k", "other");
    assertThat(kept.take("k")).isEqualTo("k1");
    assertThat(kept.take("k")).isNull();
  }
}
