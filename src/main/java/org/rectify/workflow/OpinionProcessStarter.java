package org.rectify.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.opinion.OpinionReceived;
import org.rectify.step.ProcessModel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts {@code PublicOpinionTriage} ({@code bpmn/public-opinion-triage.bpmn}) for every stored
 * opinion, synchronously inside the transaction that stores it: the engine shares the app's
 * transaction, so the opinion row and its office task commit together or not at all, and no
 * catch-up at start-up is needed (unlike {@link InspectionProcessStarter}, which starts after
 * commit).
 */
@Component
class OpinionProcessStarter {

  private final RuntimeService runtime;

  OpinionProcessStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void start(OpinionReceived event) {
    String businessKey = event.opinionId().toString();
    runtime.startProcessInstanceByKey(
        ProcessModel.PUBLIC_OPINION_TRIAGE.key(),
        businessKey,
        Map.of(OpinionProcess.OPINION_ID.name(), businessKey));
  }
}
