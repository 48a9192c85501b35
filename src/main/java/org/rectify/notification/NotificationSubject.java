package org.rectify.notification;

import java.util.UUID;

/**
 * 通知事由: what a notification is about — a measure (and its finding), a finding, a bulletin, or one
 * task — so that its deep link can open the right Tasklist task. Any part may be null.
 */
public record NotificationSubject(UUID measureId, UUID findingId, UUID bulletinId, String taskId) {

  public static NotificationSubject measure(UUID measureId, UUID findingId) {
    return new NotificationSubject(measureId, findingId, null, null);
  }

  public static NotificationSubject finding(UUID findingId) {
    return new NotificationSubject(null, findingId, null, null);
  }

  public static NotificationSubject bulletin(UUID bulletinId) {
    return new NotificationSubject(null, null, bulletinId, null);
  }

  public static NotificationSubject task(String taskId, UUID measureId, UUID findingId) {
    return new NotificationSubject(measureId, findingId, null, taskId);
  }
}
