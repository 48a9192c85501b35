package org.rectify.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知服务: the one entry point for every occasion. It writes a notification once per occasion and
 * recipient and, in the same transaction, the outbox rows that deliver it (one per person and
 * channel, see {@link Outbox}). A timer job executed twice (a retry, a second node) finds the key
 * already there and writes nothing; two jobs racing hit the unique key, one rolls back (with its
 * outbox rows) and its retry then finds the key.
 */
@Service
public class Notifier {

  private final NotificationRepository notifications;
  private final Outbox outbox;
  private final Clock clock;

  public Notifier(NotificationRepository notifications, Outbox outbox, Clock clock) {
    this.notifications = notifications;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Notifies every recipient (a username or a group id) about a measure, once per {@code kind},
   * measure, {@code day} and recipient. Returns how many notifications were written now.
   */
  @Transactional
  public int notifyOnce(
      NotificationKind kind,
      Collection<String> recipients,
      UUID measureId,
      UUID findingId,
      LocalDate day,
      String message) {
    return notifyOnce(
        kind,
        recipients,
        NotificationSubject.measure(measureId, findingId),
        measureId + ":" + day,
        message);
  }

  /**
   * Notifies every recipient once per {@code kind}, {@code occasion} (a key that names this one
   * occasion, e.g. the id of the return or of the task) and recipient.
   */
  @Transactional
  public int notifyOnce(
      NotificationKind kind,
      Collection<String> recipients,
      NotificationSubject subject,
      String occasion,
      String message) {
    int written = 0;
    for (String recipient : recipients) {
      String key = kind.name() + ":" + occasion + ":" + recipient;
      if (!notifications.existsByIdempotencyKey(key)) {
        Notification notification =
            notifications.save(
                new Notification(key, kind, recipient, subject, message, clock.instant()));
        outbox.enqueue(notification);
        written++;
      }
    }
    return written;
  }
}
