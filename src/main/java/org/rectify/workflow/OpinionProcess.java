package org.rectify.workflow;

/** Names in {@code bpmn/public-opinion-triage.bpmn} that code refers to. */
final class OpinionProcess {

  static final String PUBLIC_OPINION_TRIAGE = "PublicOpinionTriage";
  static final String TASK_TRIAGE = "Task_TriageOpinion";

  static final ProcessVariable<String> OPINION_ID = ProcessVariable.text("opinionId");

  private OpinionProcess() {}
}
