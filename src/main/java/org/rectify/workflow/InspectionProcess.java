package org.rectify.workflow;

import java.util.Date;

/**
 * Names in {@code bpmn/inspection-rectification.bpmn} that code refers to; its key and user tasks
 * are in the step catalogue ({@code step/}).
 */
final class InspectionProcess {

  static final String MESSAGE_START_STAGE_BULLETIN = "StartStageBulletin";

  static final ProcessVariable<String> INSPECTION_ID = ProcessVariable.text("inspectionId");

  /** Read by the report timer and the report task's due date. */
  static final ProcessVariable<Date> REPORT_DUE_DATE = ProcessVariable.date("reportDueDate");

  /** The multi-instance element variable: one leaf finding per FindingRectification. */
  static final ProcessVariable<String> FINDING_ID = ProcessVariable.text("findingId");

  static final ProcessVariable<String> FINAL_BULLETIN_ID = ProcessVariable.text("finalBulletinId");

  /**
   * The stage bulletin a message or the report task asks to publish; read at once by the call
   * activity.
   */
  static final ProcessVariable<String> STAGE_BULLETIN_ID = ProcessVariable.text("stageBulletinId");

  static final ProcessVariable<Boolean> STAGE_BULLETIN_REQUESTED =
      ProcessVariable.flag("stageBulletinRequested");

  private InspectionProcess() {}
}
