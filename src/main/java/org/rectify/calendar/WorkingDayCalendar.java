package org.rectify.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * 工作日时限日历: reminders and escalation count working days of the Chinese calendar — Monday to Friday,
 * without 法定节假日, with 调休 weekend working days ({@link HolidayTable}) — and a 回头看 that falls on a
 * day off moves to the next working day. A deadline day itself runs out at midnight at its end in
 * the configured zone, whatever day it is. With {@code rectify.deadlines.working-days=false} every
 * day counts (plain calendar days).
 */
@Service
@EnableConfigurationProperties(DeadlineProperties.class)
public class WorkingDayCalendar implements DeadlineCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final DeadlineProperties properties;
  private final Clock clock;
  private final Predicate<LocalDate> workingDay;

  @Autowired
  public WorkingDayCalendar(DeadlineProperties properties, ResourceLoader resources, Clock clock) {
    this(
        properties,
        properties.workingDays() ? load(resources.getResource(properties.holidays())) : null,
        clock);
  }

  /** With {@code holidays == null} every day counts. */
  WorkingDayCalendar(DeadlineProperties properties, HolidayTable holidays, Clock clock) {
    if (!clock.getZone().equals(properties.zone())) {
      throw new IllegalArgumentException(
          "时钟的时区 " + clock.getZone() + " 与 rectify.deadlines.zone " + properties.zone() + " 不一致");
    }
    this.properties = properties;
    this.clock = clock;
    this.workingDay = holidays == null ? day -> true : holidays::isWorkingDay;
    if (holidays != null) {
      int nextYear = today().getYear() + 1;
      if (!holidays.years().contains(nextYear)) {
        log.warn(
            "节假日安排 {} 只有 {} 年的数据：{} 年起只按周一至周五计算工作日，请补充国务院办公厅的节假日通知",
            properties.holidays(),
            holidays.years(),
            nextYear);
      }
    }
  }

  private static HolidayTable load(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return HolidayTable.read(in, resource.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取节假日安排 " + resource.getDescription(), e);
    }
  }

  @Override
  public Instant dueAt(LocalDate deadline) {
    return startOf(deadline.plusDays(1));
  }

  /** The start of the working day that lies {@code reminderDaysBefore} working days before. */
  @Override
  public Instant reminderAt(LocalDate deadline) {
    LocalDate day = deadline;
    for (int left = properties.reminderDaysBefore(); left > 0; ) {
      day = day.minusDays(1);
      if (workingDay.test(day)) {
        left--;
      }
    }
    return startOf(day);
  }

  /** Once {@code escalationDaysAfter} working days after the deadline day have run out. */
  @Override
  public Instant escalationAt(LocalDate deadline) {
    LocalDate day = deadline;
    for (int left = properties.escalationDaysAfter(); left > 0; ) {
      day = day.plusDays(1);
      if (workingDay.test(day)) {
        left--;
      }
    }
    return startOf(day.plusDays(1));
  }

  @Override
  public String progressCallCycle() {
    return properties.progressCallCycle();
  }

  @Override
  public Instant followUpAt(LocalDate closedOn) {
    LocalDate day = closedOn.plus(properties.followUpAfter());
    while (!workingDay.test(day)) {
      day = day.plusDays(1);
    }
    return startOf(day);
  }

  /**
   * A working day of the Chinese calendar (or every day with {@code
   * rectify.deadlines.working-days=false}).
   */
  @Override
  public boolean isWorkingDay(LocalDate day) {
    return workingDay.test(day);
  }

  @Override
  public LocalDate dayOf(Instant instant) {
    return instant.atZone(properties.zone()).toLocalDate();
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(properties.zone()).toInstant();
  }
}
