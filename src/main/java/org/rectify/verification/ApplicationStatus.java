package org.rectify.verification;

/** 销号申请状态. */
public enum ApplicationStatus {
  APPLIED("待责任领导确认"),
  CONFIRMED("待审核认定"),
  CERTIFIED("已审核认定"),
  RETURNED("已退回");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
