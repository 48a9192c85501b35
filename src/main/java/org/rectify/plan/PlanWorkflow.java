package org.rectify.plan;

import java.util.List;
import java.util.UUID;

/**
 * The plan steps of the finding's process (制定整改措施, 审核整改措施) as the plan feature sees them. Each
 * {@code check…} throws when the step is not open (409) or the user may not do it (403), so that
 * nothing is written for a step that cannot be completed.
 */
public interface PlanWorkflow {

  void checkDrafting(UUID findingId, String username);

  void measuresDrafted(UUID findingId, String username);

  void checkPlanReview(UUID findingId, String username);

  /** The office approved: the approved measures are carried out in parallel. */
  void planApproved(UUID findingId, List<UUID> measureIds, String username);

  /** The office returned the plan (the reason is already recorded): back to drafting. */
  void planReturned(UUID findingId, String username);
}
