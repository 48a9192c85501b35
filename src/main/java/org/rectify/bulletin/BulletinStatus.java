package org.rectify.bulletin;

/** Where a bulletin stands between drafting and publication. */
public enum BulletinStatus {
  DRAFTING("起草中"),
  AWAITING_APPROVAL("待审定"),
  APPROVED("已审定"),
  PUBLISHED("已发布");

  private final String label;

  BulletinStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
