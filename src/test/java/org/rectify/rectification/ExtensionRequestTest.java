package org.rectify.rectification;

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
import org.rectify.plan.Measure;
import org.rectify.plan.Term;

class ExtensionRequestTest {

  private final Measure measure = aMeasure();

  @Test
  void asksForADeadlineLaterThanTheCurrentOne() {
    assertThatThrownBy(
            () -> new ExtensionRequest(measure, LocalDate.of(2026, 3, 31), "需要更多时间", "unit"))
        .hasMessageContaining("必须晚于原时限 2026-03-31");
  }

  @Test
  void isDecidedOnceAndARejectionNeedsAReason() {
    ExtensionRequest request =
        new ExtensionRequest(measure, LocalDate.of(2026, 5, 31), "涉及多部门协调", "unit");

    assertThatThrownBy(() -> request.reject("office", "")).hasMessageContaining("说明理由");
    request.reject("office", "时限内可以完成");

    assertThat(request.getStatus()).isEqualTo(ExtensionStatus.REJECTED);
    assertThat(request.getDecisionReason()).isEqualTo("时限内可以完成");
    assertThatThrownBy(() -> request.approve("office", null)).hasMessageContaining("未批准");
  }

  @Test
  void labelsMeasuresWithFindingCodeOrdinalAndFirstWords() {
    assertThat(RectificationService.label(measure)).isEqualTo("【1.1-1】制定学习计划");
  }

  @Test
  void fingerprintsEvidenceWithSha256() {
    assertThat(RectificationService.sha256("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  private static Measure aMeasure() {
    Feedback feedback =
        new Feedback(
            new Inspection(
                InspectionLevel.MUNICIPAL,
                InspectionType.REGULAR,
                "区委",
                "区委第一巡察组",
                "某局党组",
                LocalDate.of(2025, 8, 22),
                "office"),
            null);
    Finding finding = feedback.addAspect("方面一", null).addFinding("学习不够深入", FindingSource.FEEDBACK);
    return new Measure(
        finding,
        1,
        "制定学习计划。每月一次",
        Set.of(new Unit("dept", "第一科", null)),
        "张三",
        LocalDate.of(2026, 3, 31),
        Term.TIME_BOUND);
  }
}
