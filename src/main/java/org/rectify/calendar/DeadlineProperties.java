package org.rectify.calendar;

import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 时限配置 ({@code rectify.deadlines.*}): every period of the rectification clock is configuration,
 * because local 巡察 rules set their own.
 *
 * @param reminderDaysBefore days before the deadline the unit is reminded
 * @param escalationDaysAfter days after the deadline an unfinished measure goes to the supervisors
 * @param progressCallCycle ISO 8601 repeating interval of the progress call (调度), e.g. {@code
 *     R/P30D}
 * @param followUpAfter how long after close-out the 回头看 falls due, e.g. {@code P6M}
 * @param zone the zone in which deadline days start and end
 * @param workingDays count reminder and escalation days as working days of the Chinese calendar
 *     (default), or as plain calendar days
 * @param holidays the 节假日安排 table (Spring resource location), see {@link HolidayTable}
 */
@ConfigurationProperties("rectify.deadlines")
public record DeadlineProperties(
    Integer reminderDaysBefore,
    Integer escalationDaysAfter,
    String progressCallCycle,
    Period followUpAfter,
    ZoneId zone,
    Boolean workingDays,
    String holidays) {

  public DeadlineProperties {
    reminderDaysBefore = reminderDaysBefore == null ? 3 : reminderDaysBefore;
    escalationDaysAfter = escalationDaysAfter == null ? 5 : escalationDaysAfter;
    progressCallCycle =
        progressCallCycle == null || progressCallCycle.isBlank() ? "R/P30D" : progressCallCycle;
    followUpAfter = followUpAfter == null ? Period.ofMonths(6) : followUpAfter;
    zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    workingDays = workingDays == null || workingDays;
    holidays =
        holidays == null || holidays.isBlank() ? "classpath:calendar/cn-holidays.tsv" : holidays;
    if (reminderDaysBefore < 0 || escalationDaysAfter < 0) {
      throw new IllegalArgumentException("rectify.deadlines 的提醒和督办天数不能为负数");
    }
    if (!progressCallCycle.startsWith("R")) {
      throw new IllegalArgumentException(
          "rectify.deadlines.progress-call-cycle 必须是 ISO 8601 重复周期，例如 R/P30D：" + progressCallCycle);
    }
  }
}
