package org.rectify.rectification;

import java.util.UUID;

/**
 * The measure's process (落实整改措施, 审批延期申请) as the rectification feature sees it. Each {@code check…}
 * throws when the step is not open (409) or the user may not do it (403).
 */
public interface RectificationWorkflow {

  /** Progress notes and evidence: while the measure is carried out or its finding is 继续整改. */
  void checkReporting(UUID measureId, UUID findingId, String username);

  void checkCarryingOut(UUID measureId, String username);

  void measureCompleted(UUID measureId, String username);

  /** Starts the office's 审批延期申请 in the measure's process. */
  void extensionRequested(UUID measureId);

  void checkExtensionReview(UUID measureId, String username);

  void extensionDecided(UUID measureId, boolean approved, String username);
}
