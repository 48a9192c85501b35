package org.rectify.rectification;

/** Whether a 制度 was newly made or revised. */
public enum InstitutionAction {
  NEW("新建"),
  REVISED("修订完善");

  private final String label;

  InstitutionAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
