package org.rectify.workflow;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.step.ProcessModel;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_StartFollowUpCheck</code> (启动回头看) in <code>bpmn/finding-rectification.bpmn
 * </code>: starts <code>FollowUpCheck</code> for the finding.
 */
@Component
class StartFollowUpCheckDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String findingId = LifecycleVariables.FINDING_ID.get(execution);
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .startProcessInstanceByKey(
            ProcessModel.FOLLOW_UP_CHECK.key(),
            findingId,
            Map.of(LifecycleVariables.FINDING_ID.name(), findingId));
  }
}
