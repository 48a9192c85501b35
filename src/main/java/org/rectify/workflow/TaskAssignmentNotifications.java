package org.rectify.workflow;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationSubject;
import org.rectify.notification.Notifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 新的待办: a user task assigned to someone by someone else (the model's assignee, an office member
 * assigning it in Tasklist) notifies the assignee, in the engine's transaction (Camunda's Spring
 * eventing bridge, {@code camunda.bpm.eventing.task}). Claiming a task oneself notifies nobody, nor
 * does a task claimed and completed in one transaction (a step taken through the API).
 */
@Component
class TaskAssignmentNotifications {

  private final Notifier notifier;

  TaskAssignmentNotifications(Notifier notifier) {
    this.notifier = notifier;
  }

  @EventListener
  public void onTaskEvent(DelegateTask task) {
    if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())
        || task.getAssignee() == null) {
      return;
    }
    Authentication acting =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (acting != null && task.getAssignee().equals(acting.getUserId())) {
      return;
    }
    String taskId = task.getId();
    String assignee = task.getAssignee();
    NotificationSubject subject =
        NotificationSubject.task(
            taskId,
            id(task, LifecycleVariables.MEASURE_ID.name()),
            id(task, LifecycleVariables.FINDING_ID.name()));
    String message = "您有一项新的待办：" + task.getName();
    Runnable notify =
        () ->
            notifier.notifyOnce(
                NotificationKind.TASK_ASSIGNED,
                List.of(assignee),
                subject,
                taskId + ":" + assignee,
                message);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      notify.run();
      return;
    }
    // A step taken through the API claims its task and completes it in one transaction: no new
    // to-do for anyone. Decided when the transaction commits, with the task still open or not.
    TaskService tasks = task.getProcessEngineServices().getTaskService();
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void beforeCommit(boolean readOnly) {
            // Asked without the acting user's authorizations: the question is the task's state.
            Authentication current = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            boolean stillWaiting;
            try {
              stillWaiting =
                  tasks.createTaskQuery().taskId(taskId).taskAssignee(assignee).count() > 0;
            } finally {
              if (current != null) {
                identity.setAuthentication(current);
              }
            }
            if (stillWaiting) {
              notify.run();
            }
          }
        });
  }

  private static UUID id(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    try {
      return value == null ? null : UUID.fromString(value.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
