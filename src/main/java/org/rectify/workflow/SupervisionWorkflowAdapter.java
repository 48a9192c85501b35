package org.rectify.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectify.step.ProcessModel;
import org.rectify.step.UserTaskStep;
import org.rectify.supervision.SupervisionWorkflow;
import org.springframework.stereotype.Component;

/**
 * {@link SupervisionWorkflow} on <code>Task_IssueSupervisionNotice</code> in <code>
 * bpmn/measure-execution.bpmn</code>.
 */
@Component
class SupervisionWorkflowAdapter implements SupervisionWorkflow {

  private final UserTaskSteps steps;
  private final TaskService tasks;

  SupervisionWorkflowAdapter(UserTaskSteps steps, TaskService tasks) {
    this.steps = steps;
    this.tasks = tasks;
  }

  @Override
  public Optional<String> openTaskOf(UUID measureId) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(ProcessModel.MEASURE_EXECUTION.key())
        .processInstanceBusinessKey(measureId.toString())
        .active()
        .orderByTaskCreateTime()
        .asc()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .map(Task::getId);
  }

  @Override
  public void checkSupervision(UUID measureId, String username) {
    supervision(measureId, username);
  }

  @Override
  public void noticeIssued(UUID measureId, String username) {
    steps.complete(supervision(measureId, username), username, Map.of());
  }

  private Task supervision(UUID measureId, String username) {
    return steps.open(measureId, username, UserTaskStep.ISSUE_SUPERVISION_NOTICE);
  }
}
