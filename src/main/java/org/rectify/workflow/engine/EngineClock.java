package org.rectify.workflow.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectify.calendar.DeadlineProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one clock of Rectify: every "now", "today" and start of day in the product is read from the
 * {@link Clock} bean this declares. Its instant is the process engine's current time (so timers,
 * history and the ledger never disagree, and a test that moves the engine's clock moves the
 * product's) and its zone is {@code rectify.deadlines.zone} (default Asia/Shanghai), never the
 * machine's zone.
 */
@Component
public class EngineClock extends Clock {

  private final ZoneId zone;

  @Autowired
  public EngineClock(DeadlineProperties deadlines) {
    this(deadlines.zone());
  }

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Sets the engine's (and so the product's) current time: for tests and the demo only. */
  public static void setCurrentTime(Instant instant) {
    ClockUtil.setCurrentTime(java.util.Date.from(instant));
  }

  /** Lets the engine's (and so the product's) clock run with the real time again. */
  public static void reset() {
    ClockUtil.reset();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }

  @Override
  public long millis() {
    return ClockUtil.now().getTime();
  }
}
