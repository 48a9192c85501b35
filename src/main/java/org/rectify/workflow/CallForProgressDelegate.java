package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.rectification.RectificationService;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_CallForProgress</code> (调度整改进展) in <code>bpmn/measure-execution.bpmn</code>,
 * after each <code>BoundaryEvent_ProgressCallDue</code>.
 */
@Component
class CallForProgressDelegate implements JavaDelegate {

  private final RectificationService rectification;

  CallForProgressDelegate(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectification.callForProgress(LifecycleVariables.MEASURE_ID.getId(execution));
  }
}
