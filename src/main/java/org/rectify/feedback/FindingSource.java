package org.rectify.feedback;

/** 问题来源. */
public enum FindingSource {
  FEEDBACK("巡视巡察反馈"),
  HANDED_OVER_ON_SITE("移交立行立改"),
  SELF_INSPECTION("自查发现"),
  EARLIER_ROUND("以往未完成整改"),
  FOLLOW_UP_RELAPSE("回头看发现反弹");

  private final String label;

  FindingSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
