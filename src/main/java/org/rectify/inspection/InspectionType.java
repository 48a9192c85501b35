package org.rectify.inspection;

/** 巡视/巡察类型. */
public enum InspectionType {
  REGULAR("常规"),
  SPECIAL("专项"),
  FOLLOW_UP("回头看");

  private final String label;

  InspectionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
