package org.rectify.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rectify.rectification.MeasureSchedule;

/** Writes a measure's routing and timer dates into the process variables its timers read. */
final class TimerDates {

  private TimerDates() {}

  static void apply(VariableScope scope, MeasureSchedule schedule) {
    LifecycleVariables.UNIT_GROUP.set(scope, schedule.unitGroups());
    LifecycleVariables.LEAD_OFFICIAL.set(scope, schedule.leadOfficial());
    LifecycleVariables.MEASURE_LABEL.set(scope, schedule.measureLabel());
    LifecycleVariables.DEADLINE.set(scope, Date.from(schedule.dueAt()));
    LifecycleVariables.REMINDER_DATE.set(scope, Date.from(schedule.reminderAt()));
    LifecycleVariables.ESCALATION_DATE.set(scope, Date.from(schedule.escalationAt()));
    LifecycleVariables.PROGRESS_CALL_CYCLE.set(scope, schedule.progressCallCycle());
  }
}
