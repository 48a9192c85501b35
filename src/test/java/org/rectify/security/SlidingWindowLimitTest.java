package org.rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The per-address counter behind the login limiter and the public opinion form. */
class SlidingWindowLimitTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T08:00:00Z"));
  private final SlidingWindowLimit limit = new SlidingWindowLimit(5, Duration.ofMinutes(10), clock);

  @Test
  void grantsFiveWithinTheWindowAndRefusesTheSixthFromTheSameAddress() {
    for (int i = 0; i < 5; i++) {
      assertThat(limit.tryAcquire("203.0.113.7")).as("attempt %d", i + 1).isTrue();
      clock.advance(Duration.ofSeconds(30));
    }

    assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
    assertThat(limit.exhausted("203.0.113.7")).isTrue();
    assertThat(limit.tryAcquire("203.0.113.8")).as("another address").isTrue();
  }

  @Test
  void freesAPlaceWhenTheOldestEventLeavesTheWindowAndSaysHowLongThatTakes() {
    for (int i = 0; i < 5; i++) {
      limit.tryAcquire("203.0.113.7");
      clock.advance(Duration.ofMinutes(1));
    }
    // events at 08:00 … 08:04; now 08:05: the 08:00 one leaves at 08:10
    assertThat(limit.retryAfter("203.0.113.7")).isEqualTo(Duration.ofMinutes(5));
    assertThat(limit.tryAcquire("203.0.113.7")).isFalse();

    clock.advance(Duration.ofMinutes(5));

    assertThat(limit.retryAfter("203.0.113.7")).isEqualTo(Duration.ZERO);
    assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
    assertThat(limit.tryAcquire("203.0.113.7")).as("only one place was freed").isFalse();
  }

  @Test
  void refusedAttemptsDoNotCountButReleasedOnesAreGivenBack() {
    for (int i = 0; i < 5; i++) {
      limit.tryAcquire("203.0.113.7");
    }
    for (int i = 0; i < 20; i++) {
      assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
    }
    limit.release("203.0.113.7");

    assertThat(limit.exhausted("203.0.113.7")).isFalse();
    assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
  }

  @Test
  void recordCountsEveryEventForTheLoginLimiter() {
    for (int i = 0; i < 4; i++) {
      limit.record("10.0.0.7");
    }
    assertThat(limit.exhausted("10.0.0.7")).isFalse();

    limit.record("10.0.0.7");

    assertThat(limit.exhausted("10.0.0.7")).isTrue();
    clock.advance(Duration.ofMinutes(10));
    assertThat(limit.exhausted("10.0.0.7")).isFalse();
  }

  @Test
  void forgetsAddressesWhoseEventsHaveAllLeftTheWindow() {
    limit.tryAcquire("203.0.113.7");
    limit.tryAcquire("203.0.113.8");
    assertThat(limit.trackedKeys()).isEqualTo(2);

    clock.advance(Duration.ofMinutes(11));
    limit.exhausted("203.0.113.7");
    limit.retryAfter("203.0.113.8");

    assertThat(limit.trackedKeys()).isZero();
  }

  @Test
  void concurrentSubmissionsFromOneAddressNeverOvershootTheLimit() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        attempts.add(() -> limit.tryAcquire("198.51.100.1"));
      }
      long granted = 0;
      for (Future<Boolean> result : pool.invokeAll(attempts)) {
        granted += result.get() ? 1 : 0;
      }
      assertThat(granted).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesALimitBelowOneOrAnEmptyWindow() {
    assertThatThrownBy(() -> new SlidingWindowLimit(0, Duration.ofMinutes(10), clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlidingWindowLimit(5, Duration.ZERO, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
