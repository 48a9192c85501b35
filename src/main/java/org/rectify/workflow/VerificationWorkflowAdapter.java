package org.rectify.workflow;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.rectify.organization.OfficialRole;
import org.rectify.step.ProcessModel;
import org.rectify.step.UserTaskStep;
import org.rectify.verification.VerificationWorkflow;
import org.rectify.web.NotAssignedException;
import org.rectify.web.StepNotOpenException;
import org.springframework.stereotype.Component;

/**
 * {@link VerificationWorkflow} on <code>bpmn/finding-rectification.bpmn</code> (close-out steps,
 * directive closure) and <code>bpmn/follow-up-check.bpmn</code> (回头看).
 */
@Component
class VerificationWorkflowAdapter implements VerificationWorkflow {

  private final UserTaskSteps steps;
  private final RuntimeService runtime;

  VerificationWorkflowAdapter(UserTaskSteps steps, RuntimeService runtime) {
    this.steps = steps;
    this.runtime = runtime;
  }

  @Override
  public void checkApplication(UUID findingId, String username) {
    application(findingId, username);
  }

  @Override
  public void closeOutApplied(UUID findingId, String username) {
    steps.complete(application(findingId, username), username, Map.of());
  }

  @Override
  public void checkConfirmation(UUID findingId, String username) {
    confirmation(findingId, username);
  }

  @Override
  public void confirmationGiven(UUID findingId, boolean confirmed, String username) {
    steps.complete(
        confirmation(findingId, username),
        username,
        Map.of(LifecycleVariables.LEADER_CONFIRMED.name(), confirmed));
  }

  @Override
  public void checkCertification(UUID findingId, String username) {
    certification(findingId, username);
  }

  @Override
  public void certificationGiven(UUID findingId, boolean certified, String username) {
    steps.complete(
        certification(findingId, username),
        username,
        Map.of(LifecycleVariables.CLOSE_OUT_CERTIFIED.name(), certified));
  }

  @Override
  public void checkDirectiveClosure(UUID findingId, String username) {
    if (!steps.isMember(username, OfficialRole.OFFICE.groupId())) {
      throw new NotAssignedException("只有整改办可以按上级通知销号");
    }
    long running =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(ProcessModel.FINDING_RECTIFICATION.key())
            .processInstanceBusinessKey(findingId.toString())
            .active()
            .count();
    if (running == 0) {
      throw new StepNotOpenException("该问题没有正在进行的整改流程，不能按上级通知销号");
    }
  }

  @Override
  public void closedByDirective(UUID findingId) {
    runtime
        .createMessageCorrelation(Lifecycle.MESSAGE_CLOSE_BY_DIRECTIVE)
        .processInstanceBusinessKey(findingId.toString())
        .correlateWithResult();
  }

  @Override
  public void checkFollowUp(UUID findingId, String username) {
    followUp(findingId, username);
  }

  @Override
  public void followUpRecorded(UUID findingId, boolean relapsed, String username) {
    steps.complete(
        followUp(findingId, username),
        username,
        Map.of(LifecycleVariables.RELAPSED.name(), relapsed));
  }

  private Task application(UUID findingId, String username) {
    return steps.open(
        findingId, username, UserTaskStep.APPLY_FOR_CLOSE_OUT, UserTaskStep.CONTINUE_RECTIFICATION);
  }

  private Task confirmation(UUID findingId, String username) {
    return steps.open(findingId, username, UserTaskStep.CONFIRM_CLOSE_OUT);
  }

  private Task certification(UUID findingId, String username) {
    return steps.open(findingId, username, UserTaskStep.CERTIFY_CLOSE_OUT);
  }

  private Task followUp(UUID findingId, String username) {
    return steps.open(findingId, username, UserTaskStep.FOLLOW_UP_CHECK);
  }
}
