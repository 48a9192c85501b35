package org.rectify.opinion;

import java.util.UUID;

/** The 处理意见建议 step of an opinion's triage process (implemented in workflow). */
public interface OpinionWorkflow {

  /**
   * Checks that the opinion's 处理意见建议 step is open and that the user may work it.
   *
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  void checkTriage(UUID opinionId, String username);

  /** Completes the step: the opinion's outcome is recorded. */
  void opinionTriaged(UUID opinionId, String username);
}
