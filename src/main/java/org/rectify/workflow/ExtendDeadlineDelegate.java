package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.rectification.MeasureSchedule;
import org.rectify.rectification.RectificationService;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_ExtendDeadline</code> (延长整改时限) in <code>bpmn/measure-execution.bpmn</code>:
 * moves the deadline and updates the timer date variables.
 */
@Component
class ExtendDeadlineDelegate implements JavaDelegate {

  private final RectificationService rectification;

  ExtendDeadlineDelegate(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeasureSchedule schedule =
        rectification.applyApprovedExtension(LifecycleVariables.MEASURE_ID.getId(execution));
    TimerDates.apply(execution, schedule);
  }
}
