package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.opinion.OpinionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code complete} task listener on {@code Task_TriageOpinion} ({@code
 * public-opinion-triage.bpmn}): completing the task without the outcome on the opinion (Tasklist,
 * {@code /engine-rest}) is refused, as in {@link CompletionGuards}.
 */
@Configuration
class OpinionTriageGuard {

  @Bean
  TaskListener opinionTriagedGuard(OpinionService opinions) {
    return task -> opinions.checkTriaged(OpinionProcess.OPINION_ID.getId(task));
  }
}
