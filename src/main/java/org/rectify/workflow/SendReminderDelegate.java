package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.rectification.RectificationService;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_SendReminder</code> (发送到期提醒) in <code>bpmn/measure-execution.bpmn</code>, after
 * <code>BoundaryEvent_ReminderDue</code>.
 */
@Component
class SendReminderDelegate implements JavaDelegate {

  private final RectificationService rectification;

  SendReminderDelegate(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectification.remindOfDeadline(LifecycleVariables.MEASURE_ID.getId(execution));
  }
}
