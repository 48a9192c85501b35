package org.rectify.rectification;

/** 延期申请状态. */
public enum ExtensionStatus {
  PENDING("待审批"),
  APPROVED("已批准"),
  REJECTED("未批准"),
  /** The measure was completed before the office decided. */
  WITHDRAWN("已撤回");

  private final String label;

  ExtensionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
