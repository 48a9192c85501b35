package org.rectify.workflow;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.step.ProcessModel;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_StartRectification</code> (启动问题整改流程) in <code>bpmn/follow-up-check.bpmn</code>:
 * starts <code>FindingRectification</code> for the reopened finding.
 */
@Component
class StartRectificationDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String findingId = LifecycleVariables.REOPENED_FINDING_ID.get(execution);
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .startProcessInstanceByKey(
            ProcessModel.FINDING_RECTIFICATION.key(),
            findingId,
            Map.of(
                LifecycleVariables.FINDING_ID.name(),
                findingId,
                LifecycleVariables.INSPECTION_ID.name(),
                LifecycleVariables.REOPENED_INSPECTION_ID.get(execution)));
  }
}
