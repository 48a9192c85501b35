package org.rectify.verification;

/** How a finding was closed out (销号). */
public enum CloseOutMode {
  /** 部门自审 → 责任领导确认 → 整改办审核认定. */
  SIGN_OFF("审核销号"),
  /** 已作销号处理: closed by a higher notice without being rectified. */
  DIRECTIVE("上级通知销号");

  private final String label;

  CloseOutMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
