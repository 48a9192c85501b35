package org.rectify.notification;

import java.time.Instant;
import java.util.List;

/**
 * 投递: what a channel sends in one go — one message, or a person's daily digest of several.
 *
 * @param recipient a username (person channels) or a unit's group id (group robots)
 * @param digest whether this is the daily digest (then {@code items} may hold many)
 * @param items the messages, oldest first
 */
public record Delivery(String recipient, boolean digest, List<Item> items) {

  /**
   * One message.
   *
   * @param outboxId the outbox row this item delivers (a channel may use it to stay idempotent)
   * @param notificationId the occasion's notification
   * @param kind 通知类别, e.g. 逾期通知
   * @param subject the finding/measure label, e.g. 【一-1-2】…; may be empty
   * @param message the text
   * @param link absolute deep link that opens the task in Tasklist (after login)
   * @param createdAt when the occasion happened
   */
  public record Item(
      java.util.UUID outboxId,
      java.util.UUID notificationId,
      String kind,
      String subject,
      String message,
      String link,
      Instant createdAt) {}

  /** The title of the delivery: the message's kind, or 每日汇总 with the count for a digest. */
  public String title() {
    if (digest) {
      return "整改工作每日提醒汇总（" + items.size() + " 条）";
    }
    return items.get(0).kind();
  }
}
