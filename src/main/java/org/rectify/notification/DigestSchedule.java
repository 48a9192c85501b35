package org.rectify.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.rectify.calendar.DeadlineCalendar;
import org.springframework.stereotype.Component;

/** 每日汇总: the digest goes out at the configured time of day, on working days only. */
@Component
class DigestSchedule {

  private final DeadlineCalendar calendar;
  private final NotificationProperties properties;
  private final ZoneId zone;

  DigestSchedule(DeadlineCalendar calendar, NotificationProperties properties, Clock clock) {
    this.calendar = calendar;
    this.properties = properties;
    this.zone = clock.getZone();
  }

  /** The first digest time strictly after {@code now}. */
  Instant nextAfter(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, zone);
    for (int i = 0; i < 400; i++, day = day.plusDays(1)) {
      Instant at = day.atTime(properties.getDigestAt()).atZone(zone).toInstant();
      if (at.isAfter(now) && calendar.isWorkingDay(day)) {
        return at;
      }
    }
    throw new IllegalStateException("一年内没有工作日：请检查节假日安排");
  }
}
