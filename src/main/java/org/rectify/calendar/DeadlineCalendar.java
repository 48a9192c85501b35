package org.rectify.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 时限日历: computes when reminders, overdue marking, escalation, progress calls and 回头看 fall due, and
 * which day it is. Every day it names is a day of the configured zone ({@code
 * rectify.deadlines.zone}, China time by default), never of the machine's zone. {@link
 * WorkingDayCalendar} counts working days of the Chinese calendar (法定节假日, 调休).
 */
public interface DeadlineCalendar {

  /** A working day: not a 法定节假日, or a weekend day made a working day by 调休. */
  boolean isWorkingDay(LocalDate day);

  /** The moment a deadline day has run out: the measure is overdue after it. */
  Instant dueAt(LocalDate deadline);

  /** When to remind the unit that the deadline approaches. */
  Instant reminderAt(LocalDate deadline);

  /** When an unfinished measure escalates to the supervisors (督办). */
  Instant escalationAt(LocalDate deadline);

  /** The ISO 8601 repeating interval of the periodic progress call (调度), e.g. {@code R/P30D}. */
  String progressCallCycle();

  /** When the 回头看 of a finding closed out at {@code closedOn} falls due. */
  Instant followUpAt(LocalDate closedOn);

  /** The calendar day (in the calendar's zone) of an instant, e.g. the day a timer fired. */
  LocalDate dayOf(Instant instant);

  /** Today in the calendar's zone, read from the product's one clock. */
  LocalDate today();

  /** The moment {@code day} begins (00:00) in the calendar's zone. */
  Instant startOf(LocalDate day);
}
