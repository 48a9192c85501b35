package org.rectify.workflow;

import java.util.Map;
import java.util.UUID;
import org.rectify.assignment.AssignmentWorkflow;
import org.rectify.step.UserTaskStep;
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
    return steps.openId(inspectionId, UserTaskStep.ASSIGN_FINDINGS, username);
  }

  @Override
  public void complete(String step, String username) {
    steps.complete(step, username, Map.of());
  }
}
