package org.rectify.notification;

/** 通知类别: the occasion a notification is sent on. */
public enum NotificationKind {
  DEADLINE_REMINDER("到期提醒"),
  OVERDUE("逾期通知"),
  ESCALATION("督办通知"),
  PROGRESS_CALL("进展调度"),
  HANDOVER("工作交接"),
  URGE("催办"),
  PLAN_RETURNED("整改措施被退回"),
  CLOSE_OUT_RETURNED("销号申请被退回"),
  EXTENSION_DECIDED("延期申请已审批"),
  BULLETIN_RETURNED("通报被退回"),
  TASK_ASSIGNED("新的待办");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
