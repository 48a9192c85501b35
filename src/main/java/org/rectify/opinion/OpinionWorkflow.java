package org.rectify.opinion;

import java.util.UUID;

/** The 处理意见建议 step of an opinion's triage process (implemented in workflow). */
public interface OpinionWorkflow {

  /**
   * The open 处理意见建议 step of the opinion, if the user may work it.
   *
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  String openTriageStep(UUID opinionId, String username);

  void completeTriage(String step, String username);
}
