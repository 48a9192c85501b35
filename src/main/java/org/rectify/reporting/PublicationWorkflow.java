package org.rectify.reporting;

import java.util.UUID;

/** The steps of a bulletin's publication process (implemented in workflow). */
public interface PublicationWorkflow {

  /**
   * Checks that the bulletin's 起草通报 step is open and that the user may work it.
   *
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  void checkDrafting(UUID bulletinId, String username);

  /** Completes 起草通报: on to 审定通报. */
  void draftSubmitted(UUID bulletinId, String username);

  /**
   * Checks that the bulletin's 审定通报 step is open and that the user may work it.
   *
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  void checkApproval(UUID bulletinId, String username);

  /** Completes 审定通报. Approved: on to publication; returned: back to drafting. */
  void approvalGiven(UUID bulletinId, boolean approved, String username);
}
