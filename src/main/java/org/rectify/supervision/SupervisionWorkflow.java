package org.rectify.supervision;

import java.util.Optional;
import java.util.UUID;

/** The 督办 step of the measure's process as the supervision feature sees it. */
public interface SupervisionWorkflow {

  /**
   * Throws when no 督办 is open for the measure (409) or the user is not a supervisor of it (403).
   */
  void checkSupervision(UUID measureId, String username);

  void noticeIssued(UUID measureId, String username);

  /**
   * The open task of the measure's process (落实整改措施, 审批延期申请 or 督办), the oldest first — one indexed
   * engine query for one measure, made when someone follows the desk's link to it.
   */
  Optional<String> openTaskOf(UUID measureId);
}
