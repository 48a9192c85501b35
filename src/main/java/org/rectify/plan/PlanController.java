package org.rectify.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 制定整改措施 and 审核整改措施 of a finding; each call completes the open step of the caller. */
@RestController
@RequestMapping("/api/findings/{findingId}")
@Tag(name = "整改方案")
class PlanController {

  private final PlanService plan;

  PlanController(PlanService plan) {
    this.plan = plan;
  }

  record MeasuresBody(List<MeasureDraft> measures) {}

  record ReviewBody(Boolean approved, String reason) {}

  @PostMapping("/measures")
  @Operation(summary = "制定整改措施（替换草稿并提交审核）")
  Map<String, Object> draft(
      @PathVariable UUID findingId, @RequestBody MeasuresBody body, Principal caller) {
    List<Measure> drafted = plan.draftMeasures(findingId, body.measures(), caller.getName());
    return Map.of(
        "findingId", findingId, "measureIds", drafted.stream().map(Measure::getId).toList());
  }

  @PostMapping("/plan-review")
  @Operation(summary = "审核整改措施：通过，或写明理由退回")
  Map<String, Object> review(
      @PathVariable UUID findingId, @RequestBody ReviewBody body, Principal caller) {
    if (body.approved() == null) {
      throw org.rectify.web.InvalidInputException.of("approved", "必须选择通过（true）或退回（false）");
    }
    plan.reviewPlan(findingId, body.approved(), body.reason(), caller.getName());
    return Map.of("findingId", findingId, "approved", body.approved());
  }
}
