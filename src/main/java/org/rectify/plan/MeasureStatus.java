package org.rectify.plan;

/** 措施状态. */
public enum MeasureStatus {
  DRAFT("待审核"),
  IN_PROGRESS("正在落实"),
  COMPLETED("已完成落实"),
  COMPLETED_ONGOING("已完成并长期坚持"),
  /** Its finding was closed by a higher notice (已作销号处理): no longer worked, but not carried out. */
  CLOSED_BY_DIRECTIVE("已作销号处理");

  private final String label;

  MeasureStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Carried out (已完成落实, with or without 长期坚持). */
  public boolean isCompleted() {
    return this == COMPLETED || this == COMPLETED_ONGOING;
  }

  /** No work is left on it: carried out, or ended with its finding's 已作销号处理. */
  public boolean isFinished() {
    return isCompleted() || this == CLOSED_BY_DIRECTIVE;
  }
}
