package org.rectify.handover;

/** 办理状态 of a handed-over item. */
public enum HandoverStatus {
  RECEIVED("已接收", false),
  IN_HANDLING("正在办理", false),
  CONCLUDED("已办结", true);

  private final String label;
  private final boolean concluded;

  HandoverStatus(String label, boolean concluded) {
    this.label = label;
    this.concluded = concluded;
  }

  public String label() {
    return label;
  }

  public boolean isConcluded() {
    return concluded;
  }
}
