package org.rectify.supervision;

import java.util.UUID;

/** The 督办 step of the measure's process as the supervision feature sees it. */
public interface SupervisionWorkflow {

  /**
   * Throws when no 督办 is open for the measure (409) or the user is not a supervisor of it (403).
   */
  void checkSupervision(UUID measureId, String username);

  void noticeIssued(UUID measureId, String username);
}
