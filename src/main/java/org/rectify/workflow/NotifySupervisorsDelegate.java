package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.supervision.SupervisionService;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_NotifySupervisors</code> (通知督查督办) in <code>bpmn/measure-execution.bpmn</code>,
 * after <code>BoundaryEvent_EscalationDue</code>.
 */
@Component
class NotifySupervisorsDelegate implements JavaDelegate {

  private final SupervisionService supervision;

  NotifySupervisorsDelegate(SupervisionService supervision) {
    this.supervision = supervision;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supervision.escalate(LifecycleVariables.MEASURE_ID.getId(execution));
  }
}
