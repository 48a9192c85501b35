package org.rectify.notification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知服务: writes in-app notifications once per occasion. A timer job executed twice (a retry, a
 * second node) finds the key already there and writes nothing; two jobs racing hit the unique key,
 * one rolls back and its retry then finds the key.
 */
@Service
public class Notifier {

  private final NotificationRepository notifications;

  public Notifier(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /**
   * Notifies every recipient about a measure, once per {@code kind}, measure, {@code day} and
   * recipient. Returns how many notifications were written now.
   */
  @Transactional
  public int notifyOnce(
      NotificationKind kind,
      Collection<String> recipients,
      UUID measureId,
      UUID findingId,
      LocalDate day,
      String message) {
    int written = 0;
    for (String recipient : recipients) {
      String key = kind.name() + ":" + measureId + ":" + day + ":" + recipient;
      if (!notifications.existsByIdempotencyKey(key)) {
        notifications.save(new Notification(key, kind, recipient, measureId, findingId, message));
        written++;
      }
    }
    return written;
  }
}
