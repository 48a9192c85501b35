package org.rectify.workflow;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationSubject;
import org.rectify.notification.Notifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 新的待办: a user task assigned to someone by someone else (the model's assignee, an office member
 * assigning it in Tasklist) notifies the assignee, in the engine's transaction (Camunda's Spring
 * eventing bridge, {@code camunda.bpm.eventing.task}). Claiming a task oneself notifies nobody.
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
    notifier.notifyOnce(
        NotificationKind.TASK_ASSIGNED,
        List.of(task.getAssignee()),
        NotificationSubject.task(
            task.getId(),
            id(task, LifecycleVariables.MEASURE_ID.name()),
            id(task, LifecycleVariables.FINDING_ID.name())),
        task.getId() + ":" + task.getAssignee(),
        "您有一项新的待办：" + task.getName());
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
