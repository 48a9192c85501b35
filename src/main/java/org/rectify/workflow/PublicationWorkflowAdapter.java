package org.rectify.workflow;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.rectify.reporting.PublicationWorkflow;
import org.rectify.step.UserTaskStep;
import org.springframework.stereotype.Component;

/** 起草通报 and 审定通报, the user tasks of {@code bulletin-publication.bpmn}. */
@Component
class PublicationWorkflowAdapter implements PublicationWorkflow {

  private final UserTaskSteps steps;

  PublicationWorkflowAdapter(UserTaskSteps steps) {
    this.steps = steps;
  }

  @Override
  public void checkDrafting(UUID bulletinId, String username) {
    drafting(bulletinId, username);
  }

  @Override
  public void draftSubmitted(UUID bulletinId, String username) {
    steps.complete(drafting(bulletinId, username), username, Map.of());
  }

  @Override
  public void checkApproval(UUID bulletinId, String username) {
    approval(bulletinId, username);
  }

  @Override
  public void approvalGiven(UUID bulletinId, boolean approved, String username) {
    steps.complete(
        approval(bulletinId, username),
        username,
        Map.of(BulletinProcess.BULLETIN_APPROVED.name(), approved));
  }

  private Task drafting(UUID bulletinId, String username) {
    return steps.open(bulletinId, username, UserTaskStep.DRAFT_BULLETIN);
  }

  private Task approval(UUID bulletinId, String username) {
    return steps.open(bulletinId, username, UserTaskStep.APPROVE_BULLETIN);
  }
}
