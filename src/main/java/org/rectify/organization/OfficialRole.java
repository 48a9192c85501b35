package org.rectify.organization;

/** 角色: what an official does in rectification; each role is a Camunda group of the same id. */
public enum OfficialRole {
  OFFICE("整改办", "office"),
  LEADER("责任领导", "leaders"),
  UNIT("责任单位", null),
  SUPERVISOR("督查督办", "supervisors"),
  ADMIN("系统管理员", "camunda-admin");

  private final String label;
  private final String groupId;

  OfficialRole(String label, String groupId) {
    this.label = label;
    this.groupId = groupId;
  }

  public String label() {
    return label;
  }

  /** The Camunda group of the role; unit officials belong to their unit's group instead. */
  public String groupId() {
    return groupId;
  }
}
