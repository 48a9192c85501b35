package org.rectify.workflow;

/**
 * Variables of {@code bpmn/public-opinion-triage.bpmn}; its key and user task are in the step
 * catalogue ({@code step/}).
 */
final class OpinionProcess {

  static final ProcessVariable<String> OPINION_ID = ProcessVariable.text("opinionId");

  private OpinionProcess() {}
}
