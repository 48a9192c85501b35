package org.rectify.workflow;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A user task may not be completed yet: its domain record is missing ({@link CompletionGuards}).
 * {@link EngineRestRefusals} answers it on {@code /engine-rest} with 400 and this Chinese message.
 */
class CompletionRefusedException extends ProcessEngineException {

  CompletionRefusedException(String message) {
    super(message);
  }
}
