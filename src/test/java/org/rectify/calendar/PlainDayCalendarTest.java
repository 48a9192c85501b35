package org.rectify.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PlainDayCalendarTest {

  private final PlainDayCalendar calendar =
      new PlainDayCalendar(
          new DeadlineProperties(3, 5, "R/P7D", Period.ofMonths(6), ZoneId.of("Asia/Shanghai")));

  @Test
  void aDeadlineDayRunsOutAtMidnightAtItsEndInTheConfiguredZone() {
    assertThat(calendar.dueAt(LocalDate.of(2026, 3, 31)))
        .isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
  }

  @Test
  void remindsTheConfiguredDaysBeforeAndEscalatesTheConfiguredDaysAfterTheDeadline() {
    LocalDate deadline = LocalDate.of(2026, 3, 31);

    assertThat(calendar.reminderAt(deadline)).isEqualTo(Instant.parse("2026-03-27T16:00:00Z"));
    assertThat(calendar.escalationAt(deadline)).isEqualTo(Instant.parse("2026-04-05T16:00:00Z"));
  }

  @Test
  void countsPlainDaysAcrossWeekendsAndHolidaysForNow() {
    // 2026-10-01 is 国庆节; the working-day calendar will skip it, the plain one does not.
    assertThat(calendar.reminderAt(LocalDate.of(2026, 10, 4)))
        .isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
  }

  @Test
  void schedulesTheFollowUpCheckTheConfiguredPeriodAfterCloseOut() {
    assertThat(calendar.followUpAt(LocalDate.of(2026, 8, 31)))
        .isEqualTo(Instant.parse("2027-02-27T16:00:00Z"));
    assertThat(calendar.progressCallCycle()).isEqualTo("R/P7D");
  }

  @Test
  void defaultsEveryPeriodAndRejectsANonRepeatingProgressCycle() {
    DeadlineProperties defaults = new DeadlineProperties(null, null, null, null, null);
    assertThat(defaults.reminderDaysBefore()).isEqualTo(3);
    assertThat(defaults.progressCallCycle()).isEqualTo("R/P30D");

    assertThatThrownBy(() -> new DeadlineProperties(3, 5, "P30D", null, null))
        .hasMessageContaining("progress-call-cycle");
    assertThatThrownBy(() -> new DeadlineProperties(-1, 5, null, null, null))
        .hasMessageContaining("不能为负数");
  }
}
