package org.rectify.workflow;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
            Lifecycle.FOLLOW_UP_CHECK,
            findingId,
            Map.of(LifecycleVariables.FINDING_ID.name(), findingId));
  }
}
