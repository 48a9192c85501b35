package org.rectify.workflow.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A user task may not be completed yet: its domain record is missing ({@code
 * workflow.CompletionGuards}). {@link EngineRestRefusals} answers it on {@code /engine-rest} with
 * 400 and this Chinese message.
 */
public class CompletionRefusedException extends ProcessEngineException {

  public CompletionRefusedException(String message) {
    super(message);
  }
}
