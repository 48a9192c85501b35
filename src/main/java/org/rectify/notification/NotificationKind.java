package org.rectify.notification;

/** 通知类别. */
public enum NotificationKind {
  DEADLINE_REMINDER("到期提醒"),
  OVERDUE("逾期通知"),
  ESCALATION("督办通知"),
  PROGRESS_CALL("进展调度"),
  HANDOVER("工作交接"),
  URGE("催办");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
