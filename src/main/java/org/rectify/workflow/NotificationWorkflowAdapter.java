package org.rectify.workflow;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.rectify.notification.NotificationSubject;
import org.rectify.notification.NotificationWorkflow;
import org.springframework.stereotype.Component;

/** Finds the open task a notification's deep link opens, among the tasks the user may work. */
@Component
class NotificationWorkflowAdapter implements NotificationWorkflow {

  private final TaskService tasks;

  NotificationWorkflowAdapter(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public Optional<String> openTaskFor(String username, NotificationSubject subject) {
    if (subject.taskId() != null) {
      Optional<String> named =
          first(username, () -> tasks.createTaskQuery().taskId(subject.taskId()));
      if (named.isPresent()) {
        return named;
      }
    }
    for (var variable :
        List.of(
            new Subject(LifecycleVariables.MEASURE_ID.name(), subject.measureId()),
            new Subject(LifecycleVariables.FINDING_ID.name(), subject.findingId()),
            new Subject(BulletinProcess.BULLETIN_ID.name(), subject.bulletinId()))) {
      if (variable.id() == null) {
        continue;
      }
      Optional<String> found =
          first(
              username,
              () ->
                  tasks
                      .createTaskQuery()
                      .processVariableValueEquals(variable.name(), variable.id().toString()));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private record Subject(String name, UUID id) {}

  private static Optional<String> first(
      String username, java.util.function.Supplier<TaskQuery> query) {
    List<Task> assigned =
        query.get().taskAssignee(username).active().orderByTaskCreateTime().desc().listPage(0, 1);
    if (!assigned.isEmpty()) {
      return Optional.of(assigned.get(0).getId());
    }
    List<Task> offered =
        query
            .get()
            .taskCandidateUser(username)
            .active()
            .orderByTaskCreateTime()
            .desc()
            .listPage(0, 1);
    return offered.isEmpty() ? Optional.empty() : Optional.of(offered.get(0).getId());
  }
}
