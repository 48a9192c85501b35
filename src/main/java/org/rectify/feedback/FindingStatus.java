package org.rectify.feedback;

/** 整改状态 of a finding as the ledger and the bulletins report it. */
public enum FindingStatus {
  NOT_STARTED("未启动", false),
  IN_PROGRESS("正在整改", false),
  BASICALLY_COMPLETED("基本完成", false),
  COMPLETED("已完成整改", true),
  COMPLETED_ONGOING("已完成并长期坚持", true),
  /** Closed by a higher notice without being fixed (已作销号处理). */
  CLOSED_BY_DIRECTIVE("已作销号处理", true);

  private final String label;
  private final boolean finished;

  FindingStatus(String label, boolean finished) {
    this.label = label;
    this.finished = finished;
  }

  public String label() {
    return label;
  }

  /** True when no further rectification is expected. */
  public boolean isFinished() {
    return finished;
  }
}
