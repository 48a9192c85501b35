package org.rectify.calendar;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * 自然日时限日历: counts calendar days, every day of the week alike. A deadline day runs out at midnight
 * at its end in the configured zone.
 */
@Service
@EnableConfigurationProperties(DeadlineProperties.class)
public class PlainDayCalendar implements DeadlineCalendar {

  private final DeadlineProperties properties;

  public PlainDayCalendar(DeadlineProperties properties) {
    this.properties = properties;
  }

  @Override
  public Instant dueAt(LocalDate deadline) {
    return startOf(deadline.plusDays(1));
  }

  @Override
  public Instant reminderAt(LocalDate deadline) {
    return startOf(deadline.minusDays(properties.reminderDaysBefore()));
  }

  @Override
  public Instant escalationAt(LocalDate deadline) {
    return startOf(deadline.plusDays(1L + properties.escalationDaysAfter()));
  }

  @Override
  public String progressCallCycle() {
    return properties.progressCallCycle();
  }

  @Override
  public Instant followUpAt(LocalDate closedOn) {
    return startOf(closedOn.plus(properties.followUpAfter()));
  }

  @Override
  public LocalDate dayOf(Instant instant) {
    return instant.atZone(properties.zone()).toLocalDate();
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(properties.zone()).toInstant();
  }
}
