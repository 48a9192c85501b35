package org.rectify.verification;

import java.util.UUID;

/**
 * The close-out steps of the finding's process (申请销号 / 继续整改, 责任领导确认, 审核认定), the directive closure
 * and the 回头看 as the verification feature sees them. Each {@code check…} throws when the step is
 * not open (409) or the user may not do it (403).
 */
public interface VerificationWorkflow {

  void checkApplication(UUID findingId, String username);

  void closeOutApplied(UUID findingId, String username);

  void checkConfirmation(UUID findingId, String username);

  void confirmationGiven(UUID findingId, boolean confirmed, String username);

  void checkCertification(UUID findingId, String username);

  void certificationGiven(UUID findingId, boolean certified, String username);

  /** Only the office closes by directive, and only a finding whose process is running. */
  void checkDirectiveClosure(UUID findingId, String username);

  /** Ends the finding's process, cancelling its open measure work. */
  void closedByDirective(UUID findingId);

  void checkFollowUp(UUID findingId, String username);

  void followUpRecorded(UUID findingId, boolean relapsed, String username);
}
