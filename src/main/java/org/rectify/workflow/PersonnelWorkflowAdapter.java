package org.rectify.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.personnel.PersonnelWorkflow;
import org.springframework.stereotype.Component;

/**
 * {@link PersonnelWorkflow} on every process: the user tasks assigned to an official, and the
 * {@code leadOfficial} variable of <code>bpmn/finding-rectification.bpmn</code> and <code>
 * bpmn/measure-execution.bpmn</code> that routes 责任领导确认 and the overdue notices.
 */
@Component
class PersonnelWorkflowAdapter implements PersonnelWorkflow {

  private final TaskService tasks;
  private final RuntimeService runtime;

  PersonnelWorkflowAdapter(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  @Override
  public List<AssignedTask> tasksAssignedTo(String username) {
    List<AssignedTask> found = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().taskAssignee(username).list()) {
      Set<String> groups = new LinkedHashSet<>();
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      UUID findingId = null;
      UUID measureId = null;
      if (task.getProcessInstanceId() != null) {
        findingId = uuid(runtime.getVariable(task.getProcessInstanceId(), "findingId"));
        measureId = uuid(runtime.getVariable(task.getProcessInstanceId(), "measureId"));
      }
      found.add(new AssignedTask(task.getId(), task.getName(), groups, findingId, measureId));
    }
    return found;
  }

  @Override
  public void reassign(Map<String, String> successorByTaskId) {
    successorByTaskId.forEach(tasks::setAssignee);
  }

  @Override
  public void leadOfficialChanged(
      String from, String successor, Set<UUID> findingIds, Set<UUID> measureIds) {
    Set<String> instances = new LinkedHashSet<>();
    for (UUID findingId : findingIds) {
      instances.addAll(ledInstances(LifecycleVariables.FINDING_ID.name(), findingId, from));
    }
    for (UUID measureId : measureIds) {
      instances.addAll(ledInstances(LifecycleVariables.MEASURE_ID.name(), measureId, from));
    }
    for (String instance : instances) {
      runtime.setVariable(instance, LifecycleVariables.LEAD_OFFICIAL.name(), successor);
    }
  }

  private List<String> ledInstances(String variable, UUID id, String leadOfficial) {
    return runtime
        .createProcessInstanceQuery()
        .variableValueEquals(variable, id.toString())
        .variableValueEquals(LifecycleVariables.LEAD_OFFICIAL.name(), leadOfficial)
        .list()
        .stream()
        .map(ProcessInstance::getId)
        .toList();
  }

  private static UUID uuid(Object value) {
    if (value instanceof String text) {
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }
}
