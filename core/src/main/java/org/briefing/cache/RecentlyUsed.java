package org.briefing.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last few values made from a key, kept for the process so that the briefings of a batch or of
 * a {@code watch} session do not make them again; the least recently used goes first once there are
 * more than {@code size}. Safe for several threads.
 *
 * <pre>{@code
 * RecentlyUsed<String, Stylesheet> parsed = new RecentlyUsed<>(8);
 * Stylesheet s = parsed.get(text);   // null when not kept
 * parsed.put(text, sheet);
 * }</pre>
 */
public final class RecentlyUsed<K, V> {
  private final Map<K, V> values;

  public RecentlyUsed(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size " + size);
    }
    this.values =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > size;
          }
        };
  }

  /** The value kept for {@code key}, or null. */
  public synchronized V get(K key) {
    return values.get(key);
  }

  /**
   * The value kept for {@code key}, made by {@code make} (outside the lock, so two threads may both
   * make it; the first kept stays) when there is none.
   */
  public V get(K key, Function<? super K, ? extends V> make) {
    V v = get(key);
    if (v != null) {
      return v;
    }
    V made = make.apply(key);
    synchronized (this) {
      V first = values.putIfAbsent(key, made);
      return first != null ? first : made;
    }
  }

  public synchronized void put(K key, V value) {
    values.put(key, value);
  }

  /** Keeps the value unless one is kept already for the key. */
  public synchronized void putIfAbsent(K key, V value) {
    values.putIfAbsent(key, value);
  }

  /** Takes the value out: the caller has it to itself (null when none is kept). */
  public synchronized V take(K key) {
    return values.remove(key);
  }
}
