package org.rectify.reporting;

import java.util.UUID;

/** The steps of a bulletin's publication process (implemented in workflow). */
public interface PublicationWorkflow {

  /**
   * The open 起草通报 step of the bulletin, if the user may work it.
   *
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  String openDraftStep(UUID bulletinId, String username);

  void completeDraft(String step, String username);

  /**
   * The open 审定通报 step of the bulletin, if the user may work it.
   *
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  String openApprovalStep(UUID bulletinId, String username);

  /** Approved: on to publication; returned: back to drafting. */
  void completeApproval(String step, String username, boolean approved);
}
