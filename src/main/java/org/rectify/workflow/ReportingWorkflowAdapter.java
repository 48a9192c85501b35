package org.rectify.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rectify.reporting.ReportingWorkflow;
import org.rectify.step.ProcessModel;
import org.rectify.step.UserTaskStep;
import org.rectify.web.StepNotOpenException;
import org.springframework.stereotype.Component;

/**
 * The report task ({@code Task_CompileReport}) and the {@code StartStageBulletin} message of {@code
 * inspection-rectification.bpmn}.
 */
@Component
class ReportingWorkflowAdapter implements ReportingWorkflow {

  private final RuntimeService runtime;
  private final UserTaskSteps steps;

  ReportingWorkflowAdapter(RuntimeService runtime, UserTaskSteps steps) {
    this.runtime = runtime;
    this.steps = steps;
  }

  @Override
  public void startStageBulletin(UUID inspectionId, UUID bulletinId) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(ProcessModel.INSPECTION_RECTIFICATION.key())
            .processInstanceBusinessKey(inspectionId.toString())
            .active()
            .singleResult();
    if (instance == null) {
      throw new StepNotOpenException("该巡视巡察的整改流程未在进行，不能发起阶段性通报");
    }
    runtime
        .createMessageCorrelation(InspectionProcess.MESSAGE_START_STAGE_BULLETIN)
        .processInstanceId(instance.getId())
        .setVariable(InspectionProcess.STAGE_BULLETIN_ID.name(), bulletinId.toString())
        .correlate();
  }

  @Override
  public void checkReport(UUID inspectionId, String username) {
    steps.open(inspectionId, username, UserTaskStep.COMPILE_REPORT);
  }

  @Override
  public void reportFiled(UUID inspectionId, UUID stageBulletinIdOrNull, String username) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(InspectionProcess.STAGE_BULLETIN_REQUESTED.name(), stageBulletinIdOrNull != null);
    if (stageBulletinIdOrNull != null) {
      variables.put(InspectionProcess.STAGE_BULLETIN_ID.name(), stageBulletinIdOrNull.toString());
    }
    steps.complete(
        steps.open(inspectionId, username, UserTaskStep.COMPILE_REPORT), username, variables);
  }
}
