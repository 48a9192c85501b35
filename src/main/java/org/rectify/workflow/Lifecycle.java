package org.rectify.workflow;

/**
 * Message names and timer ids of the finding/measure lifecycle models ({@code bpmn/*.bpmn}) that
 * code refers to; process keys and user tasks are in the step catalogue ({@code step/}).
 */
final class Lifecycle {

  static final String MESSAGE_CLOSE_BY_DIRECTIVE = "CloseFindingByDirective";
  static final String MESSAGE_REQUEST_EXTENSION = "RequestExtension";

  // measure-execution.bpmn
  static final String TIMER_REMINDER = "BoundaryEvent_ReminderDue";
  static final String TIMER_DEADLINE = "BoundaryEvent_DeadlineReached";
  static final String TIMER_ESCALATION = "BoundaryEvent_EscalationDue";

  private Lifecycle() {}
}
