package org.rectify.workflow;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.variable.Variables;
import org.rectify.plan.PlanWorkflow;
import org.rectify.step.UserTaskStep;
import org.springframework.stereotype.Component;

/** {@link PlanWorkflow} on <code>bpmn/finding-rectification.bpmn</code>. */
@Component
class PlanWorkflowAdapter implements PlanWorkflow {

  private final UserTaskSteps steps;

  PlanWorkflowAdapter(UserTaskSteps steps) {
    this.steps = steps;
  }

  @Override
  public void checkDrafting(UUID findingId, String username) {
    drafting(findingId, username);
  }

  @Override
  public void measuresDrafted(UUID findingId, String username) {
    steps.complete(drafting(findingId, username), username, Map.of());
  }

  @Override
  public void checkPlanReview(UUID findingId, String username) {
    review(findingId, username);
  }

  @Override
  public void planApproved(UUID findingId, List<UUID> measureIds, String username) {
    steps.complete(
        review(findingId, username),
        username,
        Variables.createVariables()
            .putValue(LifecycleVariables.PLAN_APPROVED.name(), true)
            .putValueTyped(
                LifecycleVariables.MEASURE_IDS,
                LifecycleVariables.measureIds(measureIds.stream().map(UUID::toString).toList())));
  }

  @Override
  public void planReturned(UUID findingId, String username) {
    steps.complete(
        review(findingId, username),
        username,
        Map.of(LifecycleVariables.PLAN_APPROVED.name(), false));
  }

  private org.camunda.bpm.engine.task.Task drafting(UUID findingId, String username) {
    return steps.open(findingId, username, UserTaskStep.DRAFT_MEASURES);
  }

  private org.camunda.bpm.engine.task.Task review(UUID findingId, String username) {
    return steps.open(findingId, username, UserTaskStep.REVIEW_MEASURES);
  }
}
