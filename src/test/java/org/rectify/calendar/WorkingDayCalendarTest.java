package org.rectify.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** 00:30 on 7 December in China, still 6 December in UTC: the two calendars disagree. */
  private static final Clock CHINA_AFTER_MIDNIGHT =
      Clock.fixed(Instant.parse("2026-12-06T16:30:00Z"), SHANGHAI);

  private final WorkingDayCalendar calendar =
      new WorkingDayCalendar(properties(true), shipped(), CHINA_AFTER_MIDNIGHT);
  private final WorkingDayCalendar plain =
      new WorkingDayCalendar(properties(false), (HolidayTable) null, CHINA_AFTER_MIDNIGHT);

  @Test
  void todayIsTheDayInChinaWhateverTheMachinesZone() {
    assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(calendar.dayOf(CHINA_AFTER_MIDNIGHT.instant())).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void aDayBeginsAtMidnightChinaTime() {
    assertThat(calendar.startOf(LocalDate.of(2026, 12, 7)))
        .isEqualTo(Instant.parse("2026-12-06T16:00:00Z"));
  }

  @Test
  void refusesAClockInAnotherZoneThanTheDeadlines() {
    assertThatThrownBy(
            () ->
                new WorkingDayCalendar(
                    properties(true), shipped(), Clock.fixed(Instant.EPOCH, ZoneId.of("UTC"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rectify.deadlines.zone");
  }

  private static DeadlineProperties properties(boolean workingDays) {
    return new DeadlineProperties(
        3,
        5,
        "R/P7D",
        Period.ofMonths(6),
        SHANGHAI,
        workingDays,
        "classpath:calendar/cn-holidays.tsv");
  }

  private static HolidayTable shipped() {
    try (InputStream in =
        WorkingDayCalendarTest.class.getResourceAsStream("/calendar/cn-holidays.tsv")) {
      return HolidayTable.read(in, "cn-holidays.tsv");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aDeadlineDayRunsOutAtMidnightAtItsEndInTheConfiguredZone() {
    assertThat(calendar.dueAt(LocalDate.of(2026, 3, 31)))
        .isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
  }

  @Test
  void remindsThreeWorkingDaysBeforeSkippingTheNationalDayHolidays() {
    // 国庆节 2026-10-01…07 off: the three working days before 10-08 are 9-28, 9-29, 9-30.
    assertThat(calendar.reminderAt(LocalDate.of(2026, 10, 8)))
        .isEqualTo(Instant.parse("2026-09-27T16:00:00Z"));
    // Plain days: 10-05.
    assertThat(plain.reminderAt(LocalDate.of(2026, 10, 8)))
        .isEqualTo(Instant.parse("2026-10-04T16:00:00Z"));
  }

  @Test
  void escalatesAfterFiveWorkingDaysCountingTheAdjustedSaturday() {
    // After 9-30: 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13 → escalates as 10-14 begins.
    assertThat(calendar.escalationAt(LocalDate.of(2026, 9, 30)))
        .isEqualTo(Instant.parse("2026-10-13T16:00:00Z"));
    assertThat(plain.escalationAt(LocalDate.of(2026, 9, 30)))
        .isEqualTo(Instant.parse("2026-10-05T16:00:00Z"));
  }

  @Test
  void skipsOrdinaryWeekendsOutsideHolidays() {
    // Monday 2026-03-30: the three working days before are Wed 3-25, Thu 3-26, Fri 3-27.
    assertThat(calendar.reminderAt(LocalDate.of(2026, 3, 30)))
        .isEqualTo(Instant.parse("2026-03-24T16:00:00Z"));
  }

  @Test
  void movesAFollowUpCheckThatFallsOnAHolidayToTheNextWorkingDay() {
    assertThat(calendar.followUpAt(LocalDate.of(2026, 4, 1)))
        .isEqualTo(Instant.parse("2026-10-07T16:00:00Z"));
    assertThat(plain.followUpAt(LocalDate.of(2026, 4, 1)))
        .isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
    assertThat(calendar.progressCallCycle()).isEqualTo("R/P7D");
  }

  @Test
  void theShippedTableCoversTheYearsOfItsNotices() {
    assertThat(shipped().years()).contains(2024, 2025, 2026);
    assertThat(shipped().isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(shipped().isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(shipped().isWorkingDay(LocalDate.of(2027, 1, 9))).as("a Saturday").isFalse();
  }

  @Test
  void aBadTableLineIsNamedWithItsNumber() {
    String table =
        "date\tkind\tfestival\tsource\n2026-10-01\tholiday\t国庆节\tx\n2026-02-30\tholiday\t\tx\n";
    assertThatThrownBy(() -> read(table))
        .hasMessageContaining("第 3 行")
        .hasMessageContaining("2026-02-30");
    assertThatThrownBy(() -> read("date\tkind\n2026-10-01\tday-off\n"))
        .hasMessageContaining("第 2 行")
        .hasMessageContaining("holiday 或 workday");
  }

  private static HolidayTable read(String table) throws IOException {
    return HolidayTable.read(
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "t.tsv");
  }

  @Test
  void defaultsEveryPeriodAndRejectsANonRepeatingProgressCycle() {
    DeadlineProperties defaults = new DeadlineProperties(null, null, null, null, null, null, null);
    assertThat(defaults.reminderDaysBefore()).isEqualTo(3);
    assertThat(defaults.progressCallCycle()).isEqualTo("R/P30D");
    assertThat(defaults.workingDays()).isTrue();

    assertThatThrownBy(() -> new DeadlineProperties(3, 5, "P30D", null, null, null, null))
        .hasMessageContaining("progress-call-cycle");
    assertThatThrownBy(() -> new DeadlineProperties(-1, 5, null, null, null, null, null))
        .hasMessageContaining("不能为负数");
  }
}
