package org.rectify.bulletin;

/**
 * 通报类型: a stage bulletin while rectification goes on, or the final one when every finding is closed
 * out.
 */
public enum BulletinKind {
  STAGE("阶段性通报"),
  FINAL("整改完成通报");

  private final String label;

  BulletinKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
