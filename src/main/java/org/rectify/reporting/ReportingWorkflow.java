package org.rectify.reporting;

import java.util.UUID;

/**
 * The inspection-level steps around reporting (implemented in workflow): the report task the
 * deadline opens and stage bulletins started at any time.
 */
public interface ReportingWorkflow {

  /**
   * Starts the publication of a stage bulletin whose record exists already.
   *
   * @throws org.rectify.web.StepNotOpenException when the inspection's process is not running
   */
  void startStageBulletin(UUID inspectionId, UUID bulletinId);

  /**
   * Checks that the 编制整改报告/阶段性通报 step is open and that the user may work it.
   *
   * @throws org.rectify.web.StepNotOpenException when no such step is open
   * @throws org.rectify.web.NotAssignedException when the user may not work it
   */
  void checkReport(UUID inspectionId, String username);

  /**
   * Completes the report step; with a bulletin id the process goes on to publish that stage
   * bulletin.
   */
  void reportFiled(UUID inspectionId, UUID stageBulletinIdOrNull, String username);
}
