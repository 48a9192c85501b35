package org.rectify.workflow;

import java.util.Map;
import java.util.Optional;
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
  public void checkAssignment(UUID inspectionId, String username) {
    steps.open(inspectionId, username, UserTaskStep.ASSIGN_FINDINGS);
  }

  @Override
  public void findingsAssigned(UUID inspectionId, String username) {
    steps.complete(
        steps.open(inspectionId, username, UserTaskStep.ASSIGN_FINDINGS), username, Map.of());
  }

  @Override
  public Optional<String> openTaskOf(UUID inspectionId) {
    return steps.openTaskId(inspectionId, UserTaskStep.ASSIGN_FINDINGS);
  }
}
