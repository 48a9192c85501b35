package org.rectify.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-key (client address) event counter over a sliding window: at most {@code max} events within
 * {@code window}. Shared by the login limiter ({@link LoginThrottle}, counts failures) and the
 * public opinion form (counts submissions). Kept in memory per node; every operation on one key is
 * atomic, and keys whose events have all left the window are dropped.
 */
public final class SlidingWindowLimit {

  /** Above this many tracked keys, every write first drops the keys that have gone quiet. */
  private static final int SWEEP_ABOVE = 10_000;

  private final int max;
  private final Duration window;
  private final Clock clock;
  private final ConcurrentHashMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();

  public SlidingWindowLimit(int max, Duration window, Clock clock) {
    if (max < 1) {
      throw new IllegalArgumentException("限额必须至少为 1：" + max);
    }
    if (window == null || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("时间窗口必须为正：" + window);
    }
    this.max = max;
    this.window = window;
    this.clock = clock;
  }

  public int max() {
    return max;
  }

  public Duration window() {
    return window;
  }

  /** Counts one event for the key, whether or not the key is over its limit. */
  public void record(String key) {
    sweepIfCrowded();
    Instant now = clock.instant();
    events.compute(
        key,
        (k, recent) -> {
          Deque<Instant> list = recent == null ? new ArrayDeque<>() : recent;
          prune(list, now);
          list.addLast(now);
          return list;
        });
  }

  /** Whether the key has used up its events for now. */
  public boolean exhausted(String key) {
    Instant now = clock.instant();
    boolean[] full = {false};
    events.computeIfPresent(
        key,
        (k, recent) -> {
          prune(recent, now);
          full[0] = recent.size() >= max;
          return recent.isEmpty() ? null : recent;
        });
    return full[0];
  }

  /**
   * Takes one event of the key's allowance if any is left (check and count in one step, so that
   * concurrent requests cannot overshoot): true when taken.
   */
  public boolean tryAcquire(String key) {
    sweepIfCrowded();
    Instant now = clock.instant();
    boolean[] taken = {false};
    events.compute(
        key,
        (k, recent) -> {
          Deque<Instant> list = recent == null ? new ArrayDeque<>() : recent;
          prune(list, now);
          if (list.size() < max) {
            list.addLast(now);
            taken[0] = true;
          }
          return list.isEmpty() ? null : list;
        });
    return taken[0];
  }

  /**
   * Gives back one event taken by {@link #tryAcquire} for an attempt that turned out not to count.
   */
  public void release(String key) {
    events.computeIfPresent(
        key,
        (k, recent) -> {
          recent.pollLast();
          return recent.isEmpty() ? null : recent;
        });
  }

  /** How long until the key may act again (zero when it may now). */
  public Duration retryAfter(String key) {
    Instant now = clock.instant();
    Duration[] wait = {Duration.ZERO};
    events.computeIfPresent(
        key,
        (k, recent) -> {
          prune(recent, now);
          if (recent.size() >= max) {
            Instant frees = recent.toArray(Instant[]::new)[recent.size() - max].plus(window);
            wait[0] = Duration.between(now, frees);
          }
          return recent.isEmpty() ? null : recent;
        });
    return wait[0];
  }

  /** The number of keys currently tracked (for tests of the clean-up). */
  int trackedKeys() {
    return events.size();
  }

  private void prune(Deque<Instant> recent, Instant now) {
    Instant cutoff = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
      recent.pollFirst();
    }
  }

  private void sweepIfCrowded() {
    if (events.size() > SWEEP_ABOVE) {
      Instant now = clock.instant();
      for (String key : events.keySet()) {
        events.computeIfPresent(
            key,
            (k, recent) -> {
              prune(recent, now);
              return recent.isEmpty() ? null : recent;
            });
      }
    }
  }
}
