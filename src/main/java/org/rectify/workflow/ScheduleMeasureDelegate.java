package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.rectification.MeasureSchedule;
import org.rectify.rectification.RectificationService;
import org.rectify.workflow.engine.UnitInstanceAccess;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_ScheduleMeasure</code> (排定时限) in <code>bpmn/measure-execution.bpmn</code>:
 * routing and the timer dates of the measure's deadline; the responsible units may read this
 * process instance.
 */
@Component
class ScheduleMeasureDelegate implements JavaDelegate {

  private final RectificationService rectification;
  private final UnitInstanceAccess access;

  ScheduleMeasureDelegate(RectificationService rectification, UnitInstanceAccess access) {
    this.rectification = rectification;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeasureSchedule schedule =
        rectification.schedule(LifecycleVariables.MEASURE_ID.getId(execution));
    TimerDates.apply(execution, schedule);
    for (String unitGroup : schedule.unitGroups().split(",")) {
      access.grantRead(execution.getProcessInstanceId(), unitGroup.strip());
    }
  }
}
