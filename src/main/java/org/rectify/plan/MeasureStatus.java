package org.rectify.plan;

/** 措施状态. */
public enum MeasureStatus {
  DRAFT("待审核"),
  IN_PROGRESS("正在落实"),
  COMPLETED("已完成落实"),
  COMPLETED_ONGOING("已完成并长期坚持");

  private final String label;

  MeasureStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isCompleted() {
    return this == COMPLETED || this == COMPLETED_ONGOING;
  }
}
