package org.rectify.workflow;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.rectify.rectification.RectificationWorkflow;
import org.rectify.step.UserTaskStep;
import org.rectify.web.StepNotOpenException;
import org.springframework.stereotype.Component;

/** {@link RectificationWorkflow} on <code>bpmn/measure-execution.bpmn</code>. */
@Component
class RectificationWorkflowAdapter implements RectificationWorkflow {

  private static final String REPORTING = "报送整改进展";

  private final UserTaskSteps steps;
  private final RuntimeService runtime;
  private final ProcessEngineServices engine;
  private final MeasureTimers timers;

  RectificationWorkflowAdapter(
      UserTaskSteps steps, org.camunda.bpm.engine.ProcessEngine engine, MeasureTimers timers) {
    this.steps = steps;
    this.runtime = engine.getRuntimeService();
    this.engine = engine;
    this.timers = timers;
  }

  @Override
  public void checkReporting(UUID measureId, UUID findingId, String username) {
    try {
      carryingOut(measureId, username);
    } catch (StepNotOpenException notCarriedOut) {
      // After 审核认定 returned the finding, the unit reports on its measures under 继续整改.
      steps.open(REPORTING, findingId, username, UserTaskStep.CONTINUE_RECTIFICATION);
    }
  }

  @Override
  public void checkCarryingOut(UUID measureId, String username) {
    carryingOut(measureId, username);
  }

  @Override
  public void measureCompleted(UUID measureId, String username) {
    steps.complete(carryingOut(measureId, username), username, Map.of());
  }

  @Override
  public void extensionRequested(UUID measureId) {
    try {
      runtime
          .createMessageCorrelation(Lifecycle.MESSAGE_REQUEST_EXTENSION)
          .processInstanceBusinessKey(measureId.toString())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new StepNotOpenException("该整改措施不在落实中，不能申请延期");
    }
  }

  @Override
  public void checkExtensionReview(UUID measureId, String username) {
    extensionReview(measureId, username);
  }

  @Override
  public void extensionDecided(UUID measureId, boolean approved, String username) {
    Task review = extensionReview(measureId, username);
    steps.complete(
        review, username, Map.of(LifecycleVariables.EXTENSION_APPROVED.name(), approved));
    if (approved) {
      timers.rearmFiredTimers(engine, review.getProcessInstanceId());
    }
  }

  private Task carryingOut(UUID measureId, String username) {
    return steps.open(measureId, username, UserTaskStep.CARRY_OUT_MEASURE);
  }

  private Task extensionReview(UUID measureId, String username) {
    return steps.open(measureId, username, UserTaskStep.REVIEW_EXTENSION);
  }
}
