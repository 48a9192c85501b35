package org.rectify.workflow;

/** Process keys, user task ids and message names of the finding/measure lifecycle (bpmn/*.bpmn). */
final class Lifecycle {

  static final String FINDING_RECTIFICATION = "FindingRectification";
  static final String MEASURE_EXECUTION = "MeasureExecution";
  static final String FOLLOW_UP_CHECK = "FollowUpCheck";

  static final String MESSAGE_CLOSE_BY_DIRECTIVE = "CloseFindingByDirective";
  static final String MESSAGE_REQUEST_EXTENSION = "RequestExtension";

  // finding-rectification.bpmn
  static final String TASK_DRAFT_MEASURES = "Task_DraftMeasures";
  static final String TASK_REVIEW_MEASURES = "Task_ReviewMeasures";
  static final String TASK_APPLY_FOR_CLOSE_OUT = "Task_ApplyForCloseOut";
  static final String TASK_CONFIRM_CLOSE_OUT = "Task_ConfirmCloseOut";
  static final String TASK_CERTIFY_CLOSE_OUT = "Task_CertifyCloseOut";
  static final String TASK_CONTINUE_RECTIFICATION = "Task_ContinueRectification";

  // measure-execution.bpmn
  static final String TASK_CARRY_OUT_MEASURE = "Task_CarryOutMeasure";
  static final String TASK_ISSUE_SUPERVISION_NOTICE = "Task_IssueSupervisionNotice";
  static final String TASK_REVIEW_EXTENSION = "Task_ReviewExtension";
  static final String TIMER_REMINDER = "BoundaryEvent_ReminderDue";
  static final String TIMER_DEADLINE = "BoundaryEvent_DeadlineReached";
  static final String TIMER_ESCALATION = "BoundaryEvent_EscalationDue";

  // follow-up-check.bpmn
  static final String TASK_FOLLOW_UP_CHECK = "Task_FollowUpCheck";

  private Lifecycle() {}
}
