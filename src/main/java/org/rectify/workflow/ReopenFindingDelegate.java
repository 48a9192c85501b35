package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.verification.ReopenedFinding;
import org.rectify.verification.VerificationService;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_ReopenFinding</code> (重新立项整改) in <code>bpmn/follow-up-check.bpmn</code>: a new
 * finding takes up the relapsed one.
 */
@Component
class ReopenFindingDelegate implements JavaDelegate {

  private final VerificationService verification;

  ReopenFindingDelegate(VerificationService verification) {
    this.verification = verification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReopenedFinding reopened = verification.reopen(LifecycleVariables.FINDING_ID.getId(execution));
    LifecycleVariables.REOPENED_FINDING_ID.set(execution, reopened.findingId().toString());
    LifecycleVariables.REOPENED_INSPECTION_ID.set(execution, reopened.inspectionId().toString());
  }
}
