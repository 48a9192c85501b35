package org.rectify.workflow;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * The variables of the lifecycle processes: ids as text, routing flags, the dates timers read, and
 * the display labels that task names show. Everything else lives in the domain tables.
 */
public final class LifecycleVariables {

  static final ProcessVariable<String> FINDING_ID = ProcessVariable.text("findingId");
  static final ProcessVariable<String> INSPECTION_ID = ProcessVariable.text("inspectionId");
  static final ProcessVariable<String> MEASURE_ID = ProcessVariable.text("measureId");
  static final ProcessVariable<String> UNIT_GROUP = ProcessVariable.text("unitGroup");
  static final ProcessVariable<String> LEAD_OFFICIAL = ProcessVariable.text("leadOfficial");
  public static final ProcessVariable<String> FINDING_LABEL = ProcessVariable.text("findingLabel");
  public static final ProcessVariable<String> MEASURE_LABEL = ProcessVariable.text("measureLabel");

  /** The responsible unit's name: display only, for the Tasklist filters' 责任单位 column. */
  public static final ProcessVariable<String> UNIT_NAME = ProcessVariable.text("unitName");

  static final ProcessVariable<Boolean> PLAN_APPROVED = ProcessVariable.flag("planApproved");
  static final ProcessVariable<Boolean> LEADER_CONFIRMED = ProcessVariable.flag("leaderConfirmed");
  static final ProcessVariable<Boolean> CLOSE_OUT_CERTIFIED =
      ProcessVariable.flag("closeOutCertified");
  static final ProcessVariable<Boolean> LONG_TERM = ProcessVariable.flag("longTerm");
  static final ProcessVariable<Boolean> EXTENSION_APPROVED =
      ProcessVariable.flag("extensionApproved");
  static final ProcessVariable<Boolean> RELAPSED = ProcessVariable.flag("relapsed");

  public static final ProcessVariable<java.util.Date> DEADLINE = ProcessVariable.date("deadline");
  static final ProcessVariable<java.util.Date> REMINDER_DATE = ProcessVariable.date("reminderDate");
  static final ProcessVariable<java.util.Date> ESCALATION_DATE =
      ProcessVariable.date("escalationDate");
  static final ProcessVariable<String> PROGRESS_CALL_CYCLE =
      ProcessVariable.text("progressCallCycle");
  static final ProcessVariable<java.util.Date> FOLLOW_UP_DATE =
      ProcessVariable.date("followUpDate");

  static final ProcessVariable<String> REOPENED_FINDING_ID =
      ProcessVariable.text("reopenedFindingId");
  static final ProcessVariable<String> REOPENED_INSPECTION_ID =
      ProcessVariable.text("reopenedInspectionId");

  /**
   * The approved measure ids the multi-instance call activity iterates. Transient: it is read in
   * the same transaction that completes the plan review, so no list is ever serialized into the
   * engine.
   */
  static final String MEASURE_IDS = "measureIds";

  static ObjectValue measureIds(java.util.List<String> ids) {
    return Variables.objectValue(new java.util.ArrayList<>(ids), true).create();
  }

  private LifecycleVariables() {}
}
