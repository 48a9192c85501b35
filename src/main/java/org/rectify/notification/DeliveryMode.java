package org.rectify.notification;

/** 接收方式: each message at once, or one daily digest for the channels that push (e-mail …). */
public enum DeliveryMode {
  SINGLE("逐条发送"),
  DAILY_DIGEST("每日汇总");

  private final String label;

  DeliveryMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
