package org.rectify.workflow;

import java.util.Map;
import java.util.UUID;
import org.rectify.assignment.AssignmentWorkflow;
import org.springframework.stereotype.Component;

/** 分解交办 as the user task {@code Task_AssignFindings} of {@code inspection-rectification.bpmn}. */
@Component
class AssignmentWorkflowAdapter implements AssignmentWorkflow {

  private final UserTaskSteps steps;

  AssignmentWorkflowAdapter(UserTaskSteps steps) {
    this.steps = steps;
  }

  @Override
  public String openStep(UUID inspectionId, String username) {
    return steps.openId(
        InspectionProcess.KEY,
        inspectionId,
        InspectionProcess.TASK_ASSIGN_FINDINGS,
        "分解交办",
        username);
  }

  @Override
  public void complete(String step, String username) {
    steps.complete(step, username, Map.of());
  }
}
