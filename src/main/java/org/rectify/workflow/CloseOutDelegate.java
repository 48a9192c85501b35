package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.verification.VerificationService;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_CloseOut</code> (销号) in <code>bpmn/finding-rectification.bpmn</code>: records
 * the close-out; {@code longTerm} routes to the 回头看.
 */
@Component
class CloseOutDelegate implements JavaDelegate {

  private final VerificationService verification;

  CloseOutDelegate(VerificationService verification) {
    this.verification = verification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LifecycleVariables.LONG_TERM.set(
        execution, verification.closeOut(LifecycleVariables.FINDING_ID.getId(execution)));
  }
}
