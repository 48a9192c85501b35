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
 * 发件箱记录: one notification to deliver to one person (or unit) over one channel. Written with the
 * occasion; claimed, delivered and marked by {@link OutboxDispatcher} through {@link OutboxStore}.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String idempotencyKey;

  @Column(nullable = false)
  private UUID notificationId;

  @Column(nullable = false)
  private String channel;

  @Column(nullable = false)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboxStatus status;

  @Column(nullable = false)
  private boolean digest;

  @Column(nullable = false)
  private int attempts;

  @Column(nullable = false)
  private Instant nextAttemptAt;

  private String leaseOwner;

  private Instant leaseUntil;

  private String lastError;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant sentAt;

  protected OutboxMessage() {}

  OutboxMessage(
      Notification notification,
      String channel,
      String recipient,
      boolean digest,
      Instant due,
      Instant now) {
    this.id = UUID.randomUUID();
    this.idempotencyKey = notification.getIdempotencyKey() + ":" + channel + ":" + recipient;
    this.notificationId = notification.getId();
    this.channel = channel;
    this.recipient = recipient;
    this.status = OutboxStatus.PENDING;
    this.digest = digest;
    this.attempts = 0;
    this.nextAttemptAt = due;
    this.createdAt = now;
  }

  public UUID getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public UUID getNotificationId() {
    return notificationId;
  }

  public String getChannel() {
    return channel;
  }

  public String getRecipient() {
    return recipient;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public boolean isDigest() {
    return digest;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLeaseOwner() {
    return leaseOwner;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
