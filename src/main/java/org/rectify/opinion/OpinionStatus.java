package org.rectify.opinion;

/** 意见建议处理状态: received, then one of the three triage outcomes. */
public enum OpinionStatus {
  RECEIVED("待处理"),
  ADOPTED("采纳"),
  REFERRED("转交单位"),
  DECLINED("不予采纳");

  private final String label;

  OpinionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Every outcome but 采纳 must be explained to the record (to whom it went, or why not). */
  boolean needsNote() {
    return this == REFERRED || this == DECLINED;
  }
}
