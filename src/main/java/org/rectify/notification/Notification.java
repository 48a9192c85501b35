package org.rectify.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * 站内通知: one message to one user or group. The idempotency key names the occasion (kind, subject,
 * due day, recipient); the database keeps it unique, so an occasion notifies once.
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationKind kind;

  /** A username or a group id (unit-x, supervisors). */
  @Column(nullable = false)
  private String recipient;

  private UUID measureId;

  private UUID findingId;

  private UUID bulletinId;

  private String taskId;

  @Column(nullable = false)
  private String message;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant readAt;

  protected Notification() {}

  Notification(
      String idempotencyKey,
      NotificationKind kind,
      String recipient,
      NotificationSubject subject,
      String message,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.idempotencyKey = idempotencyKey;
    this.kind = kind;
    this.recipient = recipient;
    this.measureId = subject.measureId();
    this.findingId = subject.findingId();
    this.bulletinId = subject.bulletinId();
    this.taskId = subject.taskId();
    this.message = message;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getRecipient() {
    return recipient;
  }

  public UUID getMeasureId() {
    return measureId;
  }

  public UUID getFindingId() {
    return findingId;
  }

  public UUID getBulletinId() {
    return bulletinId;
  }

  public String getTaskId() {
    return taskId;
  }

  public NotificationSubject subject() {
    return new NotificationSubject(measureId, findingId, bulletinId, taskId);
  }

  public String getMessage() {
    return message;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
