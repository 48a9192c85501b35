package org.rectify.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.step.UserTaskStep;
import org.rectify.web.NotAssignedException;
import org.rectify.web.StepNotOpenException;
import org.springframework.stereotype.Component;

/**
 * Finds the open user task of a step (by process, business key and task id) and completes it as the
 * calling official: 409 when the step is not open, 403 when the official is neither its assignee
 * nor one of its candidates. By the time it is asked, the caller's role (SecurityConfig) and unit
 * (the feature's service) have been checked, so that a 409 only ever reaches someone who may act on
 * the step — nobody else learns whether the step is open or done.
 */
@Component
class UserTaskSteps {

  private final TaskService tasks;
  private final IdentityService identity;

  UserTaskSteps(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The open task of the first of {@code steps} that is open, checked for {@code username}. */
  Task open(UUID businessKey, String username, UserTaskStep... steps) {
    return open(steps[0].taskName(), businessKey, username, steps);
  }

  /**
   * The open task of the first of {@code steps} that is open, checked for {@code username}, for an
   * action taken within these tasks: messages name the action.
   */
  Task open(String actionName, UUID businessKey, String username, UserTaskStep... steps) {
    for (UserTaskStep step : steps) {
      List<Task> open =
          tasks
              .createTaskQuery()
              .processDefinitionKey(step.processKey())
              .processInstanceBusinessKey(businessKey.toString())
              .taskDefinitionKey(step.taskKey())
              .active()
              .orderByTaskCreateTime()
              .asc()
              .list();
      if (!open.isEmpty()) {
        Task task = open.get(0);
        requireMayWork(task, actionName, username);
        return task;
      }
    }
    throw new StepNotOpenException("「" + actionName + "」当前没有待办，不能办理");
  }

  /** The id of the open task of one step, if there is one, whoever may work it. */
  Optional<String> openTaskId(UUID businessKey, UserTaskStep step) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(step.processKey())
        .processInstanceBusinessKey(businessKey.toString())
        .taskDefinitionKey(step.taskKey())
        .active()
        .orderByTaskCreateTime()
        .asc()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .map(Task::getId);
  }

  /**
   * Completes the task as {@code username}, claiming it first so that history shows who did it.
   * When another official completed it a moment earlier, the caller learns so (409) and, because
   * the exception rolls the transaction back, nothing of the second attempt is written.
   */
  void complete(Task task, String username, Map<String, Object> variables) {
    String previous =
        identity.getCurrentAuthentication() == null
            ? null
            : identity.getCurrentAuthentication().getUserId();
    try {
      if (task.getAssignee() == null) {
        tasks.setAssignee(task.getId(), username);
      }
      identity.setAuthenticatedUserId(username);
      tasks.complete(task.getId(), variables);
    } catch (NotFoundException | NullValueException e) {
      throw alreadyDone(task.getName());
    } catch (ProcessEngineException e) {
      // A completion committed meanwhile can also surface as an optimistic lock or as a listener
      // failing on the moved-on execution: when the task is gone, that is the same race. When it is
      // still open, the engine's own work (a timer, a job) collided with this step: the exception
      // rolls back, and RetryOnEngineConflict runs the step again.
      if (completedMeanwhile(task.getId())) {
        throw alreadyDone(task.getName());
      }
      throw e;
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthenticatedUserId(previous);
      }
    }
  }

  private boolean completedMeanwhile(String taskId) {
    try {
      return tasks.createTaskQuery().taskId(taskId).count() == 0;
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private static StepNotOpenException alreadyDone(String taskName) {
    String step = taskName == null ? "该环节" : "「" + taskName + "」";
    return new StepNotOpenException(step + "刚刚已由他人办理完毕，请刷新后查看");
  }

  boolean isMember(String username, String groupId) {
    return identity.createGroupQuery().groupMember(username).groupId(groupId).count() > 0;
  }

  private void requireMayWork(Task task, String stepName, String username) {
    if (task.getAssignee() != null) {
      if (task.getAssignee().equals(username)) {
        return;
      }
      throw new NotAssignedException("「" + stepName + "」由 " + task.getAssignee() + " 办理，您无权办理");
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(username).list().stream()
            .map(Group::getId)
            .toList();
    List<IdentityLink> links;
    try {
      links = tasks.getIdentityLinksForTask(task.getId());
    } catch (NotFoundException | NullValueException completedMeanwhile) {
      throw alreadyDone(task.getName());
    }
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (username.equals(link.getUserId())
          || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        return;
      }
    }
    throw new NotAssignedException("您不是「" + stepName + "」的办理人或候选人，无权办理");
  }
}
