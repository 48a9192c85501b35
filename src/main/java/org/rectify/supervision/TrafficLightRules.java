package org.rectify.supervision;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * 亮灯规则 on working days of the Chinese calendar: a measure with work left is <b>red</b> once its
 * deadline day has run out, <b>yellow</b> while its deadline lies within {@code yellowWorkingDays}
 * working days (counted after today, the deadline day included) or while the latest 调度 progress
 * call is unanswered, and <b>green</b> otherwise; a finished measure is <b>grey</b>. An approved
 * extension moves the deadline, so the light follows it.
 *
 * <p>The same rules run as SQL in {@code SupervisionDesk}: the query gets {@code today} and {@link
 * #yellowUntil} and compares them with the stored deadline, so a light is never stale.
 */
public final class TrafficLightRules {

  private final Predicate<LocalDate> workingDay;
  private final int yellowWorkingDays;
  private final boolean unansweredCallIsYellow;

  public TrafficLightRules(
      Predicate<LocalDate> workingDay, int yellowWorkingDays, boolean unansweredCallIsYellow) {
    if (yellowWorkingDays < 0) {
      throw new IllegalArgumentException("rectify.supervision.yellow-working-days 不能为负数");
    }
    this.workingDay = workingDay;
    this.yellowWorkingDays = yellowWorkingDays;
    this.unansweredCallIsYellow = unansweredCallIsYellow;
  }

  /**
   * The light of a measure.
   *
   * @param finished no work is left on it (carried out, or ended by 已作销号处理)
   * @param deadline its current deadline (after any approved extension)
   * @param callUnanswered the latest 调度 progress call has no progress note yet
   */
  public TrafficLight light(
      boolean finished, LocalDate deadline, boolean callUnanswered, LocalDate today) {
    if (finished) {
      return TrafficLight.GREY;
    }
    if (deadline.isBefore(today)) {
      return TrafficLight.RED;
    }
    if (!deadline.isAfter(yellowUntil(today)) || (unansweredCallIsYellow && callUnanswered)) {
      return TrafficLight.YELLOW;
    }
    return TrafficLight.GREEN;
  }

  /**
   * The last deadline that is yellow today: the day before the working day that comes {@code
   * yellowWorkingDays + 1} working days after today (so days off after the last yellow working day
   * are yellow too).
   */
  public LocalDate yellowUntil(LocalDate today) {
    LocalDate day = today;
    for (int left = yellowWorkingDays + 1; left > 0; ) {
      day = day.plusDays(1);
      if (workingDay.test(day)) {
        left--;
      }
    }
    return day.minusDays(1);
  }

  /**
   * Working days a measure is overdue: the working days after its deadline day up to today
   * (included); 0 while the deadline has not run out or only days off have passed.
   */
  public int workingDaysOverdue(LocalDate deadline, LocalDate today) {
    int days = 0;
    for (LocalDate day = deadline.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      if (workingDay.test(day)) {
        days++;
      }
    }
    return days;
  }

  /** Working days left until the deadline, today excluded and the deadline day included. */
  public int workingDaysLeft(LocalDate deadline, LocalDate today) {
    int days = 0;
    for (LocalDate day = today.plusDays(1); !day.isAfter(deadline); day = day.plusDays(1)) {
      if (workingDay.test(day)) {
        days++;
      }
    }
    return days;
  }

  public boolean unansweredCallIsYellow() {
    return unansweredCallIsYellow;
  }
}
