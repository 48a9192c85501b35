package org.rectify.workflow;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.rectify.opinion.OpinionWorkflow;
import org.rectify.step.UserTaskStep;
import org.springframework.stereotype.Component;

/** 处理意见建议, the user task of {@code public-opinion-triage.bpmn}. */
@Component
class OpinionWorkflowAdapter implements OpinionWorkflow {

  private final UserTaskSteps steps;

  OpinionWorkflowAdapter(UserTaskSteps steps) {
    this.steps = steps;
  }

  @Override
  public void checkTriage(UUID opinionId, String username) {
    triage(opinionId, username);
  }

  @Override
  public void opinionTriaged(UUID opinionId, String username) {
    steps.complete(triage(opinionId, username), username, Map.of());
  }

  private Task triage(UUID opinionId, String username) {
    return steps.open(opinionId, username, UserTaskStep.TRIAGE_OPINION);
  }
}
