package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.rectification.RectificationService;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_MarkOverdue</code> (标记逾期并通知) in <code>bpmn/measure-execution.bpmn</code>, after
 * <code>BoundaryEvent_DeadlineReached</code>.
 */
@Component
class MarkOverdueDelegate implements JavaDelegate {

  private final RectificationService rectification;

  MarkOverdueDelegate(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectification.markOverdue(LifecycleVariables.MEASURE_ID.getId(execution));
  }
}
