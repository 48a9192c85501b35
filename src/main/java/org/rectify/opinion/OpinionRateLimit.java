package org.rectify.opinion;

import java.time.Clock;
import java.time.Duration;
import org.rectify.security.SlidingWindowLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code rectify.public.opinions.max-per-address} opinions per address key within {@code
 * rectify.public.opinions.window} (default 5 per 10 minutes). A submission takes its place before
 * anything is read and gives it back when nothing was stored (unknown bulletin, invalid input), so
 * only stored opinions count. In memory per node.
 */
@Component
class OpinionRateLimit {

  private final SlidingWindowLimit limit;

  OpinionRateLimit(
      @Value("${rectify.public.opinions.max-per-address:5}") int maxPerAddress,
      @Value("${rectify.public.opinions.window:PT10M}") Duration window,
      Clock clock) {
    this.limit = new SlidingWindowLimit(maxPerAddress, window, clock);
  }

  boolean tryAcquire(String addressKey) {
    return limit.tryAcquire(addressKey);
  }

  void release(String addressKey) {
    limit.release(addressKey);
  }

  Duration retryAfter(String addressKey) {
    return limit.retryAfter(addressKey);
  }

  Duration window() {
    return limit.window();
  }

  int max() {
    return limit.max();
  }
}
