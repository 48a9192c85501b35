package org.rectify.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.Feedback;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingSource;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;
import org.rectify.organization.Unit;

class MeasureTest {

  private final Unit unit = new Unit("dept", "第一科", null);
  private final Finding finding = aFinding();

  @Test
  void startsAsADraftAndIsCarriedOutOnceApproved() {
    Measure measure = measure(Term.TIME_BOUND);
    assertThat(measure.getStatus()).isEqualTo(MeasureStatus.DRAFT);

    measure.approve();

    assertThat(measure.getStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
  }

  @Test
  void completesLongTermMeasuresAsCompletedAndOngoing() {
    Measure longTerm = measure(Term.LONG_TERM);
    Measure timeBound = measure(Term.TIME_BOUND);

    longTerm.complete(LocalDate.of(2025, 10, 1));
    timeBound.complete(LocalDate.of(2025, 10, 1));

    assertThat(longTerm.getStatus()).isEqualTo(MeasureStatus.COMPLETED_ONGOING);
    assertThat(timeBound.getStatus()).isEqualTo(MeasureStatus.COMPLETED);
    assertThat(timeBound.getCompletedOn()).isEqualTo(LocalDate.of(2025, 10, 1));
  }

  @Test
  void liftsTheOverdueFlagWhenTheDeadlineIsExtended() {
    Measure measure = measure(Term.TIME_BOUND);
    measure.markOverdue();
    assertThat(measure.isOverdue()).isTrue();

    measure.extendDeadline(LocalDate.of(2026, 1, 31));

    assertThat(measure.isOverdue()).isFalse();
    assertThat(measure.getDeadline()).isEqualTo(LocalDate.of(2026, 1, 31));
  }

  @Test
  void refusesAnExtensionThatDoesNotMoveTheDeadlineLater() {
    Measure measure = measure(Term.TIME_BOUND);

    assertThatThrownBy(() -> measure.extendDeadline(LocalDate.of(2025, 11, 30)))
        .hasMessageContaining("必须晚于原时限");
  }

  @Test
  void neverMarksACompletedMeasureOverdue() {
    Measure measure = measure(Term.TIME_BOUND);
    measure.complete(LocalDate.of(2025, 11, 1));

    measure.markOverdue();

    assertThat(measure.isOverdue()).isFalse();
  }

  @Test
  void needsAResponsibleUnit() {
    assertThatThrownBy(
            () ->
                new Measure(
                    finding, 1, "措施", Set.of(), "张三", LocalDate.of(2025, 11, 30), Term.TIME_BOUND))
        .hasMessageContaining("责任单位");
  }

  private Measure measure(Term term) {
    return new Measure(finding, 1, "制定学习计划", Set.of(unit), "张三", LocalDate.of(2025, 11, 30), term);
  }

  private static Finding aFinding() {
    Inspection inspection =
        new Inspection(
            InspectionLevel.MUNICIPAL,
            InspectionType.REGULAR,
            "区委",
            "区委第一巡察组",
            "某局党组",
            LocalDate.of(2025, 8, 22),
            "office");
    return new Feedback(inspection, null)
        .addAspect("方面一", null)
        .addFinding("问题一", FindingSource.FEEDBACK);
  }
}
