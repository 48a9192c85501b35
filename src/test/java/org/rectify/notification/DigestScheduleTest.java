package org.rectify.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rectify.calendar.DeadlineProperties;
import org.rectify.calendar.WorkingDayCalendar;
import org.springframework.core.io.DefaultResourceLoader;

/** 每日汇总 goes out at the configured time on working days of the shipped 2026 calendar. */
class DigestScheduleTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final DigestSchedule digests =
      new DigestSchedule(
          new WorkingDayCalendar(
              new DeadlineProperties(null, null, null, null, BEIJING, true, null),
              new DefaultResourceLoader(),
              Clock.fixed(Instant.parse("2026-02-11T00:00:00Z"), BEIJING)),
          new NotificationProperties(),
          Clock.fixed(Instant.parse("2026-02-11T00:00:00Z"), BEIJING));

  @Test
  void beforeTheDigestTimeOnAWorkingDayItGoesOutThatMorning() {
    assertThat(digests.nextAfter(beijing("2026-02-11T07:00")))
        .isEqualTo(beijing("2026-02-11T08:30"));
  }

  @Test
  void afterItOnFridayTheNextIsTheMakeUpWorkingSaturdayBeforeSpringFestival() {
    // 2026-02-14 is a Saturday worked in exchange (调休) for the 春节 holiday.
    assertThat(digests.nextAfter(beijing("2026-02-13T10:00")))
        .isEqualTo(beijing("2026-02-14T08:30"));
  }

  @Test
  void theSpringFestivalHolidayIsSkipped() {
    // 2026-02-15 to 02-23 are 春节 holidays.
    assertThat(digests.nextAfter(beijing("2026-02-14T09:00")))
        .isEqualTo(beijing("2026-02-24T08:30"));
  }

  @Test
  void aWeekendWithoutMakeUpWorkIsSkipped() {
    assertThat(digests.nextAfter(beijing("2026-12-04T18:00")))
        .isEqualTo(beijing("2026-12-07T08:30"));
  }

  private static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }
}
