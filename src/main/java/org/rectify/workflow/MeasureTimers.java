package org.rectify.workflow;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.rectify.step.UserTaskStep;

/**
 * Moves a measure's pending timers after its deadline changed: a changed variable does not move an
 * existing timer job, so each job of the reminder, deadline and escalation boundary events gets the
 * new due date ({@link ManagementService#setJobDuedate}), and the 落实整改措施 task its new due and
 * follow-up dates. The progress-call cycle does not depend on the deadline and keeps running.
 *
 * <p>A boundary timer that already fired has no job left to move. {@link #rearmFiredTimers} then
 * restarts 落实整改措施 (same assignee), which arms all its timers afresh from the new dates.
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
              management
                  .createJobQuery()
                  .processInstanceId(processInstanceId)
                  .activityId(activityId)
                  .timers()
                  .list()) {
            management.setJobDuedate(job.getId(), dueDate);
          }
        });
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(UserTaskStep.CARRY_OUT_MEASURE.taskKey())
            .list()) {
      task.setDueDate(LifecycleVariables.DEADLINE.get(execution));
      task.setFollowUpDate(LifecycleVariables.REMINDER_DATE.get(execution));
      tasks.saveTask(task);
    }
  }

  /**
   * After an approved extension: when the reminder, deadline or escalation timer of the measure's
   * open 落实整改措施 already fired, restarts the task so that they fire again for the new deadline. Runs
   * outside the process's own delegates (process instance modification of the running instance).
   */
  void rearmFiredTimers(ProcessEngineServices services, String processInstanceId) {
    RuntimeService runtime = services.getRuntimeService();
    ManagementService management = services.getManagementService();
    TaskService tasks = services.getTaskService();
    ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
    if (tree == null) {
      return;
    }
    ActivityInstance[] open = tree.getActivityInstances(UserTaskStep.CARRY_OUT_MEASURE.taskKey());
    if (open.length == 0) {
      return;
    }
    boolean allPending =
        List.of(Lifecycle.TIMER_REMINDER, Lifecycle.TIMER_DEADLINE, Lifecycle.TIMER_ESCALATION)
            .stream()
            .allMatch(
                activityId ->
                    management
                            .createJobQuery()
                            .processInstanceId(processInstanceId)
                            .activityId(activityId)
                            .timers()
                            .count()
                        > 0);
    if (allPending) {
      return;
    }
    Task previous =
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(UserTaskStep.CARRY_OUT_MEASURE.taskKey())
            .singleResult();
    String assignee = previous == null ? null : previous.getAssignee();
    runtime
        .createProcessInstanceModification(processInstanceId)
        .startBeforeActivity(UserTaskStep.CARRY_OUT_MEASURE.taskKey())
        .cancelActivityInstance(open[0].getId())
        .execute(true, true);
    if (assignee != null) {
      Task restarted =
          tasks
              .createTaskQuery()
              .processInstanceId(processInstanceId)
              .taskDefinitionKey(UserTaskStep.CARRY_OUT_MEASURE.taskKey())
              .singleResult();
      tasks.setAssignee(restarted.getId(), assignee);
    }
  }
}
