package org.rectify.review;

import org.rectify.step.UserTaskStep;

/** 退回环节: the step at which something was returned, named as its user task. */
public enum ReviewStep {
  PLAN_REVIEW(UserTaskStep.REVIEW_MEASURES),
  LEADER_CONFIRMATION(UserTaskStep.CONFIRM_CLOSE_OUT),
  CLOSE_OUT_CERTIFICATION(UserTaskStep.CERTIFY_CLOSE_OUT),
  BULLETIN_APPROVAL(UserTaskStep.APPROVE_BULLETIN);

  private final UserTaskStep userTask;

  ReviewStep(UserTaskStep userTask) {
    this.userTask = userTask;
  }

  /** The user task that returned it. */
  public UserTaskStep userTask() {
    return userTask;
  }

  /** The Chinese name of the step, as in the model. */
  public String label() {
    return userTask.taskName();
  }
}
