package org.rectify.notification;

/** 发送状态 of an outbox row. */
public enum OutboxStatus {
  PENDING("待发送"),
  SENT("已发送"),
  FAILED("发送失败");

  private final String label;

  OutboxStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
