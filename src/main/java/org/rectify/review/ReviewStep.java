package org.rectify.review;

/** 退回环节: the step at which something was returned. */
public enum ReviewStep {
  PLAN_REVIEW("审核整改措施"),
  LEADER_CONFIRMATION("责任领导确认"),
  CLOSE_OUT_CERTIFICATION("审核认定"),
  BULLETIN_APPROVAL("审定通报");

  private final String label;

  ReviewStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
