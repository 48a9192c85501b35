package org.rectify.workflow;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Moves a measure's pending timers after its deadline changed: a changed variable does not move an
 * existing timer job, so each job of the reminder, deadline and escalation boundary events gets the
 * new due date ({@link ManagementService#setJobDuedate}), and the 落实整改措施 task its new due and
 * follow-up dates. The progress-call cycle does not depend on the deadline and keeps running.
 */
@org.springframework.stereotype.Component
class MeasureTimers {

  void reschedule(DelegateExecution execution) {
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String processInstanceId = execution.getProcessInstanceId();
    Map<String, Date> dueDates =
        Map.of(
            Lifecycle.TIMER_REMINDER, LifecycleVariables.REMINDER_DATE.get(execution),
            Lifecycle.TIMER_DEADLINE, LifecycleVariables.DEADLINE.get(execution),
            Lifecycle.TIMER_ESCALATION, LifecycleVariables.ESCALATION_DATE.get(execution));
    dueDates.forEach(
        (activityId, dueDate) -> {
          for (Job job :
              management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().list()) {
            management.setJobDuedate(job.getId(), dueDate);
          }
        });
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(Lifecycle.TASK_CARRY_OUT_MEASURE)
            .list()) {
      task.setDueDate(LifecycleVariables.DEADLINE.get(execution));
      task.setFollowUpDate(LifecycleVariables.REMINDER_DATE.get(execution));
      tasks.saveTask(task);
    }
  }
}
