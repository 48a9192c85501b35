package org.rectify.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.rectify.calendar.HolidayTable;
import org.rectify.feedback.Feedback;
import org.rectify.feedback.FindingSource;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;
import org.rectify.organization.Unit;
import org.rectify.plan.Measure;
import org.rectify.plan.Term;

/**
 * 亮灯规则 across 春节 2026 (2-15 … 2-23 off, Saturdays 2-14 and 2-28 are 调休 working days) with yellow
 * three working days before the deadline.
 */
class TrafficLightRulesTest {

  private static final Predicate<LocalDate> MONDAY_TO_FRIDAY =
      day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;

  private final TrafficLightRules rules = new TrafficLightRules(shipped()::isWorkingDay, 3, true);
  private final TrafficLightRules weekdaysOnly = new TrafficLightRules(MONDAY_TO_FRIDAY, 3, true);

  @Test
  void countsTheSpringFestivalHolidaysOutOfTheYellowWindow() {
    LocalDate thursdayBefore = LocalDate.of(2026, 2, 12);
    // Working days after 2-12: 2-13 (Fri), 2-14 (调休 Sat), 2-24 (Tue) — the holidays do not count.
    assertThat(rules.yellowUntil(thursdayBefore)).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(rules.light(false, LocalDate.of(2026, 2, 24), false, thursdayBefore))
        .isEqualTo(TrafficLight.YELLOW);
    assertThat(rules.light(false, LocalDate.of(2026, 2, 25), false, thursdayBefore))
        .isEqualTo(TrafficLight.GREEN);
    // Without the holiday table the same deadline would still be green.
    assertThat(weekdaysOnly.light(false, LocalDate.of(2026, 2, 24), false, thursdayBefore))
        .isEqualTo(TrafficLight.GREEN);
  }

  @Test
  void countsTheAdjustedSaturdayAfterTheFestivalAsAWorkingDay() {
    LocalDate thursday = LocalDate.of(2026, 2, 26);
    // 2-27 (Fri), 2-28 (调休 Sat), 3-02 (Mon).
    assertThat(rules.yellowUntil(thursday)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(rules.light(false, LocalDate.of(2026, 3, 3), false, thursday))
        .isEqualTo(TrafficLight.GREEN);
    assertThat(weekdaysOnly.light(false, LocalDate.of(2026, 3, 3), false, thursday))
        .isEqualTo(TrafficLight.YELLOW);
  }

  @Test
  void turnsRedTheDayAfterTheDeadlineAndCountsOnlyWorkingDaysOverdue() {
    LocalDate deadline = LocalDate.of(2026, 2, 13);

    assertThat(rules.light(false, deadline, false, deadline)).isEqualTo(TrafficLight.YELLOW);
    assertThat(rules.light(false, deadline, false, LocalDate.of(2026, 2, 14)))
        .isEqualTo(TrafficLight.RED);
    // 2-14 (调休) is the only working day until the holidays end.
    assertThat(rules.workingDaysOverdue(deadline, LocalDate.of(2026, 2, 23))).isEqualTo(1);
    assertThat(rules.workingDaysOverdue(deadline, LocalDate.of(2026, 2, 24))).isEqualTo(2);
    assertThat(rules.workingDaysOverdue(deadline, deadline)).isZero();
  }

  @Test
  void anApprovedExtensionMovesTheLightWithTheDeadline() {
    LocalDate today = LocalDate.of(2026, 2, 24);
    Measure measure = measure(LocalDate.of(2026, 2, 13));
    assertThat(lightOf(measure, today)).isEqualTo(TrafficLight.RED);

    measure.extendDeadline(LocalDate.of(2026, 2, 26));
    assertThat(lightOf(measure, today)).isEqualTo(TrafficLight.YELLOW);

    measure.extendDeadline(LocalDate.of(2026, 3, 31));
    assertThat(lightOf(measure, today)).isEqualTo(TrafficLight.GREEN);
  }

  @Test
  void anUnansweredProgressCallIsYellowUntilAProgressNoteAnswersIt() {
    LocalDate today = LocalDate.of(2026, 3, 2);
    Measure measure = measure(LocalDate.of(2026, 6, 30));
    measure.progressReported(LocalDate.of(2026, 2, 27));
    measure.progressCalled(LocalDate.of(2026, 3, 1));
    assertThat(lightOf(measure, today)).isEqualTo(TrafficLight.YELLOW);
    assertThat(
            new TrafficLightRules(shipped()::isWorkingDay, 3, false)
                .light(false, measure.getDeadline(), measure.isProgressCallUnanswered(), today))
        .isEqualTo(TrafficLight.GREEN);

    measure.progressReported(today);

    assertThat(lightOf(measure, today)).isEqualTo(TrafficLight.GREEN);
  }

  @Test
  void aFinishedMeasureIsGreyEvenPastItsDeadline() {
    Measure measure = measure(LocalDate.of(2026, 2, 13));
    measure.complete(LocalDate.of(2026, 2, 25));

    assertThat(lightOf(measure, LocalDate.of(2026, 3, 2))).isEqualTo(TrafficLight.GREY);
  }

  @Test
  void rollsUpToTheWorstLight() {
    assertThat(TrafficLight.GREY.worse(TrafficLight.GREEN)).isEqualTo(TrafficLight.GREEN);
    assertThat(TrafficLight.RED.worse(TrafficLight.YELLOW)).isEqualTo(TrafficLight.RED);
    assertThat(TrafficLight.GREEN.worse(TrafficLight.YELLOW)).isEqualTo(TrafficLight.YELLOW);
  }

  private TrafficLight lightOf(Measure measure, LocalDate today) {
    return rules.light(
        measure.getStatus().isFinished(),
        measure.getDeadline(),
        measure.isProgressCallUnanswered(),
        today);
  }

  private static Measure measure(LocalDate deadline) {
    Inspection inspection =
        new Inspection(
            InspectionLevel.MUNICIPAL,
            InspectionType.REGULAR,
            "区委",
            "区委第一巡察组",
            "某局党组",
            LocalDate.of(2025, 8, 22),
            "office");
    Measure measure =
        new Measure(
            new Feedback(inspection, null)
                .addAspect("方面一", null)
                .addFinding("问题一", FindingSource.FEEDBACK),
            1,
            "建立第一议题学习制度",
            Set.of(new Unit("dept", "第一科", null)),
            "张三",
            deadline,
            Term.TIME_BOUND);
    measure.approve();
    return measure;
  }

  private static HolidayTable shipped() {
    try (InputStream in =
        TrafficLightRulesTest.class.getResourceAsStream("/calendar/cn-holidays.tsv")) {
      return HolidayTable.read(in, "cn-holidays.tsv");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
