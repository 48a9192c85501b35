package org.rectify.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.web.StepNotOpenException;
import org.rectify.web.NotAssignedException;
import org.springframework.stereotype.Component;

/**
 * Finds the open user task behind an API step and decides whether the caller may work it: the
 * same rule Tasklist applies — the assignee, or, while nobody has claimed it, a member of a
 * candidate group (or a candidate user).
 */
@Component
class WorkSteps {

  private final TaskService tasks;
  private final IdentityService identity;

  WorkSteps(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The id of the open task, or 409/403 problems naming the step. */
  String open(String processKey, String businessKey, String taskKey, String stepName, String username) {
    List<Task> open =
        tasks.createTaskQuery()
            .processDefinitionKey(processKey)
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskKey)
            .active()
            .list();
    if (open.isEmpty()) {
      throw new StepNotOpenException("“" + stepName + "”环节当前未开启，不能办理");
    }
    Task task = open.get(0);
    if (task.getAssignee() != null) {
      if (!task.getAssignee().equals(username)) {
        throw new NotAssignedException("“" + stepName + "”已由 " + task.getAssignee() + " 认领办理");
      }
      return task.getId();
    }
    List<IdentityLink> candidates =
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .toList();
    Set<String> groups =
        identity.createGroupQuery().groupMember(username).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    boolean candidate =
        candidates.stream()
            .anyMatch(
                link ->
                    username.equals(link.getUserId())
                        || (link.getGroupId() != null && groups.contains(link.getGroupId())));
    if (!candidate) {
      throw new NotAssignedException("您无权办理“" + stepName + "”");
    }
    return task.getId();
  }

  /** Completes the task in the user's name, so that history shows who did it. */
  void complete(String taskId, String username, Map<String, Object> variables) {
    tasks.setAssignee(taskId, username);
    tasks.complete(taskId, variables);
  }
}
