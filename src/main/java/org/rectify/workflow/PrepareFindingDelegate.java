package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.plan.FindingRouting;
import org.rectify.plan.PlanService;
import org.rectify.workflow.engine.UnitInstanceAccess;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_PrepareFinding</code> (准备问题整改) in <code>bpmn/finding-rectification.bpmn</code>:
 * routes the finding's tasks to its unit and lead official, and lets the unit read this process
 * instance (its tasks' columns, diagram and history in Tasklist).
 */
@Component
class PrepareFindingDelegate implements JavaDelegate {

  private final PlanService plan;
  private final UnitInstanceAccess access;

  PrepareFindingDelegate(PlanService plan, UnitInstanceAccess access) {
    this.plan = plan;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FindingRouting routing = plan.routing(LifecycleVariables.FINDING_ID.getId(execution));
    LifecycleVariables.UNIT_GROUP.set(execution, routing.unitGroup());
    LifecycleVariables.LEAD_OFFICIAL.set(execution, routing.leadOfficial());
    LifecycleVariables.FINDING_LABEL.set(execution, routing.findingLabel());
    LifecycleVariables.UNIT_NAME.set(execution, routing.unitName());
    access.grantRead(execution.getProcessInstanceId(), routing.unitGroup());
  }
}
