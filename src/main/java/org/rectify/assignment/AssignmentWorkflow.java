package org.rectify.assignment;

import java.util.Optional;
import java.util.UUID;

/** The 分解交办 step of the inspection's rectification process (implemented in workflow). */
public interface AssignmentWorkflow {

  /**
   * Checks that the inspection's 分解交办 step is open and that the user may work it.
   *
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  void checkAssignment(UUID inspectionId, String username);

  /** Completes the step: the process goes on to rectify every leaf finding. */
  void findingsAssigned(UUID inspectionId, String username);

  /** The id of the open 分解交办 task of the inspection, for a link to it. */
  Optional<String> openTaskOf(UUID inspectionId);
}
