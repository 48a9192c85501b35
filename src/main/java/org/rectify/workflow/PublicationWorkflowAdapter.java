package org.rectify.workflow;

import java.util.Map;
import java.util.UUID;
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
  public String openDraftStep(UUID bulletinId, String username) {
    return steps.openId(bulletinId, UserTaskStep.DRAFT_BULLETIN, username);
  }

  @Override
  public void completeDraft(String step, String username) {
    steps.complete(step, username, Map.of());
  }

  @Override
  public String openApprovalStep(UUID bulletinId, String username) {
    return steps.openId(bulletinId, UserTaskStep.APPROVE_BULLETIN, username);
  }

  @Override
  public void completeApproval(String step, String username, boolean approved) {
    steps.complete(step, username, Map.of(BulletinProcess.BULLETIN_APPROVED.name(), approved));
  }
}
