package org.rectify.workflow;

import java.util.Map;
import java.util.UUID;
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
  public String openTriageStep(UUID opinionId, String username) {
    return steps.openId(opinionId, UserTaskStep.TRIAGE_OPINION, username);
  }

  @Override
  public void completeTriage(String step, String username) {
    steps.complete(step, username, Map.of());
  }
}
