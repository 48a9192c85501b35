package org.rectify.assignment;

import java.util.UUID;

/** The 分解交办 step of the inspection's rectification process (implemented in workflow). */
public interface AssignmentWorkflow {

  /**
   * The open 分解交办 step of the inspection, if the user may work it.
   *
   * @return the step's handle, to pass to {@link #complete}
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  String openStep(UUID inspectionId, String username);

  /** Completes the step: the process goes on to rectify every leaf finding. */
  void complete(String step, String username);
}
