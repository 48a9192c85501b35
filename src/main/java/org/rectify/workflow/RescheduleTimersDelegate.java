package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_RescheduleTimers</code> (重排提醒与督办时间) in <code>bpmn/measure-execution.bpmn</code>
 * : moves the pending timer jobs and the task's due dates to the new deadline.
 */
@Component
class RescheduleTimersDelegate implements JavaDelegate {

  private final MeasureTimers timers;

  RescheduleTimersDelegate(MeasureTimers timers) {
    this.timers = timers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    timers.reschedule(execution);
  }
}
